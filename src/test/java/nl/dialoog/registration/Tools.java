package nl.dialoog.registration;

import java.util.List;
import java.util.Map;
import nl.dialoog.account.AccountView;
import nl.dialoog.event.EventView;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.registration.desk.RegistrationAdmin;

/** An event with country, organisation-type and organisation-name questions, and people who answer them. */
record Tools(EventView event, long country, long type, long organisation, int privacyVersion) {

    static Tools withQuestions(EventView event, RegistrationAdmin admin, Registrations registrations,
                               AccountView organiser) {
        long country = admin.addQuestion(event.id(), QuestionKind.COUNTRY, false,
                new LocalizedText(Map.of("en", "Country", "fr", "Pays")), List.of(), organiser);
        long type = admin.addQuestion(event.id(), QuestionKind.ORGANISATION_TYPE, false,
                new LocalizedText(Map.of("en", "Type of organisation")), List.of(), organiser);
        long organisation = admin.addQuestion(event.id(), QuestionKind.ORGANISATION_NAME, false,
                new LocalizedText(Map.of("en", "Organisation, \"name\"")), List.of(), organiser);
        return new Tools(event, country, type, organisation, registrations.options(event.id()).privacyVersion());
    }

    NewRegistration person(String name, String email, String language, String country, String type,
                           String organisation) {
        return new NewRegistration(name, email, language, "Africa/Nairobi",
                Map.of(this.country, List.of(country), this.type, List.of(type),
                        this.organisation, List.of(organisation)), true, privacyVersion, null);
    }
}
