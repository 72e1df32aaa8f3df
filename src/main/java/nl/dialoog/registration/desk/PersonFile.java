package nl.dialoog.registration.desk;

import java.util.List;
import nl.dialoog.mail.MailView;
import nl.dialoog.registration.Question;
import nl.dialoog.registration.RegistrationView;
import nl.dialoog.shared.Audit;

/** One registration as its organiser's page shows it: the person, the questions, their mails and audit entries. */
public record PersonFile(RegistrationView registration, List<Question> questions, List<MailView> mails,
                         List<Audit.Entry> trail) {
}
