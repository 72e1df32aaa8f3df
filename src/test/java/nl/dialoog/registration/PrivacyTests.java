package nl.dialoog.registration;

import static nl.dialoog.registration.TestEvents.capacity;
import static nl.dialoog.registration.TestEvents.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.mail.MailQueue;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.registration.desk.RegistrationDesk;
import nl.dialoog.registration.desk.RegistrationFilter;
import nl.dialoog.registration.desk.Roster;
import nl.dialoog.registration.privacy.ParticipantData;
import nl.dialoog.registration.privacy.RegistrationPrivacy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class PrivacyTests {

    @Autowired
    Registrations registrations;

    @Autowired
    RegistrationAdmin admin;

    @Autowired
    RegistrationDesk desk;

    @Autowired
    RegistrationPrivacy privacy;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    MailQueue mails;

    @Autowired
    JdbcClient jdbc;

    AccountView organiser;

    Tools tools;

    @BeforeEach
    void event() {
        organiser = accounts.firstAdmin().orElseThrow();
        tools = Tools.withQuestions(TestEvents.published(catalog, accounts, admin, capacity(1)), admin,
                registrations, organiser);
    }

    @Test
    void downloadsTheRegistrationAnswersConsentMailsAndAuditEntries() {
        String address = email();
        RegistrationOutcome outcome = registrations.register(tools.event(),
                tools.person("Wanjiru Kamau", address, "fr", "KE", "ngo", "Kenya Evaluation Network"));

        ParticipantData data = privacy.data(outcome.manageToken());

        assertThat(data.registration().name()).isEqualTo("Wanjiru Kamau");
        assertThat(data.registration().email()).isEqualTo(address);
        assertThat(data.registration().status()).isEqualTo("CONFIRMED");
        assertThat(data.registration().timeZone()).isEqualTo("Africa/Nairobi");
        assertThat(data.answers()).extracting(ParticipantData.Answer::question)
                .containsExactly("Pays", "Type of organisation", "Organisation, \"name\"");
        assertThat(data.answers().getFirst().answer()).isEqualTo("Kenya");
        assertThat(data.answers().getFirst().values()).containsExactly("KE");
        assertThat(data.consent().version()).isEqualTo(tools.privacyVersion());
        assertThat(data.consent().text()).isNotBlank();
        assertThat(data.consent().givenAt()).endsWith("Z");
        assertThat(data.mails()).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo(address);
            assertThat(mail.subject()).startsWith("Vous êtes inscrit");
        });
        assertThat(data.audit()).extracting(ParticipantData.Entry::action).contains("registration.created");
    }

    @Test
    void erasingAConfirmedRegistrationGivesThePlaceToTheNextInLine() {
        RegistrationOutcome first = registrations.register(tools.event(),
                tools.person("Ama Mensah", email(), "en", "GH", "ngo", "x"));
        RegistrationOutcome second = registrations.register(tools.event(),
                tools.person("Kofi Boateng", email(), "en", "GH", "ngo", "y"));
        assertThat(second.kind()).isEqualTo(RegistrationOutcome.Kind.WAITLISTED);

        privacy.erase(first.manageToken());

        assertThat(registrations.find(second.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(mails.about("registration:" + second.id().value())).anySatisfy(
                mail -> assertThat(mail.subject()).contains("A place for you"));
        assertThat(registrations.find(first.id())).isEmpty();
        assertThatThrownBy(() -> registrations.byManageToken(first.manageToken()))
                .isInstanceOf(RegistrationNotFound.class);
    }

    @Test
    void erasingLeavesNoPersonalDataInTheRegistrationTablesAndKeepsAnonymousCounts() {
        String address = email();
        String code = admin.createInvite(tools.event().id(), address, "Ama Invited", organiser);
        RegistrationOutcome outcome = registrations.register(tools.event(),
                tools.person("Ama Invited", address, "en", "GH", "ngo", "Secret Org"));
        jdbc.sql("UPDATE registration_invite SET used_by = :id WHERE code = :code")
                .param("id", outcome.id().value()).param("code", code).update();

        privacy.erase(outcome.manageToken());

        long id = outcome.id().value();
        assertThat(count("SELECT COUNT(*) FROM registration WHERE id = " + id + " OR LOWER(email) = LOWER('"
                + address + "') OR name = 'Ama Invited' OR answers LIKE '%Secret Org%'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM registration_token WHERE registration_id = " + id)).isZero();
        assertThat(mails.about("registration:" + id)).as("the outbox forgot the person").allSatisfy(mail -> {
            assertThat(mail.to()).isEmpty();
            assertThat(mail.text()).doesNotContain("Ama");
        });
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE LOWER(recipient) = LOWER('" + address + "')"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM registration_invite WHERE LOWER(email) = LOWER('" + address
                + "') OR name = 'Ama Invited'")).isZero();
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE subject = 'registration:" + id + "'")
                .query(String.class).list()).noneMatch(detail -> detail != null
                && (detail.contains(address) || detail.contains("Ama")));
        Roster roster = desk.roster(tools.event().id(), RegistrationFilter.NONE, organiser);
        assertThat(roster.removed().get(RegistrationStatus.CANCELLED)).satisfies(counts -> {
            assertThat(counts.get("total")).containsEntry("", 1);
            assertThat(counts.get("country")).containsEntry("GH", 1);
            assertThat(counts.get("organisationType")).containsEntry("ngo", 1);
            assertThat(counts.get("language")).containsEntry("en", 1);
        });
        assertThat(desk.trail(tools.event().id(), organiser)).extracting(e -> e.action())
                .contains("registration.erased");
    }

    @Test
    void aManageLinkErasesOnlyItsOwnRegistration() {
        RegistrationOutcome mine = registrations.register(tools.event(),
                tools.person("Ama Mensah", email(), "en", "GH", "ngo", "x"));
        RegistrationOutcome theirs = registrations.register(tools.event(),
                tools.person("Kofi Boateng", email(), "en", "GH", "ngo", "y"));

        privacy.erase(mine.manageToken());

        assertThat(registrations.find(theirs.id())).isPresent();
        assertThat(privacy.data(theirs.manageToken()).registration().name()).isEqualTo("Kofi Boateng");
        assertThatThrownBy(() -> privacy.erase(mine.manageToken())).isInstanceOf(RegistrationNotFound.class);
        assertThatThrownBy(() -> privacy.data("A".repeat(43))).isInstanceOf(RegistrationNotFound.class);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

}
