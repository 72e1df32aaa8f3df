package nl.dialoog.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.mail.MailContent;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.registration.internal.RegistrationMails;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * Every registration mail wears the shared mail layout: its subject is the plain translated text (no markup leaks
 * from the layout's {@code title} parameter into it), its links are the layout's buttons.
 */
@SpringBootTest
class RegistrationMailLayoutTests {

    private static final String BUTTON = "background-color:#0b5cad";

    @Autowired
    RegistrationMails mails;

    @Autowired
    MessageSource messages;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    RegistrationAdmin admin;

    @ParameterizedTest
    @CsvSource({"confirmation, confirmation", "waitlisted, waitlisted", "promoted, promoted",
            "awaiting-approval, awaitingApproval", "approved, approved", "rejected, rejected", "verify, verify",
            "cancelled, cancelled", "links, links", "reminder, reminder"})
    void rendersTheMailInTheSharedLayoutWithAPlainSubjectAndItsLinksAsButtons(String kind, String key) {
        EventView event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(5));

        MailContent mail = mails.preview(kind, "Ama Mensah", "en", ZoneId.of("Africa/Accra"), event, Map.of());

        String subject = messages.getMessage("registration.mail." + key + ".subject", new Object[] {"Changing roles"},
                Locale.ENGLISH);
        assertThat(mail.subject()).isEqualTo(subject).contains("Changing roles").doesNotContain("<", ">");
        assertThat(mail.html())
                .contains("<title>" + HtmlUtils.htmlEscape(subject) + "</title>", "max-width:600px",
                        messages.getMessage("registration.mail.greeting", new Object[] {"Ama Mensah"}, Locale.ENGLISH),
                        "/join/…", "/registrations/…", "/events/" + event.slug())
                .doesNotContain("th:text", "th:replace", "th:if");
        assertThat(mail.html().split(BUTTON, -1)).hasSize(4); // join, manage and the event page, each once
    }
}
