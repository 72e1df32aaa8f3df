package nl.dialoog.registration;

import static nl.dialoog.registration.TestEvents.capacity;
import static nl.dialoog.registration.TestEvents.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.mail.MailQueue;
import nl.dialoog.mail.MailView;
import nl.dialoog.registration.desk.ManualRegistration;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.registration.desk.RegistrationDesk;
import nl.dialoog.registration.desk.RegistrationExport;
import nl.dialoog.registration.desk.RegistrationFilter;
import nl.dialoog.registration.desk.Roster;
import nl.dialoog.shared.Audit;
import nl.dialoog.shared.CsvWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class OrganiserToolsTests {

    @Autowired
    Registrations registrations;

    @Autowired
    RegistrationAdmin admin;

    @Autowired
    RegistrationDesk desk;

    @Autowired
    RegistrationExport export;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    MailQueue mails;

    AccountView organiser;

    Tools tools;

    @BeforeEach
    void event() {
        organiser = accounts.firstAdmin().orElseThrow();
        EventView event = TestEvents.published(catalog, accounts, admin, capacity(2));
        tools = Tools.withQuestions(event, admin, registrations, organiser);
    }

    @Test
    void filtersBySearchStatusCountryTypeAndLanguageAndCountsTheMatches() {
        registrations.register(tools.event(), tools.person("Wanjiru Kamau", email(), "en", "KE", "ngo", "Kenya Evaluation Network"));
        registrations.register(tools.event(), tools.person("Oumar Sy", email(), "fr", "SN", "government", "Ministère"));
        registrations.register(tools.event(), tools.person("Ana Ruiz", email(), "en", "KE", "academic", "Universidad"));

        Roster all = desk.roster(tools.event().id(), RegistrationFilter.NONE, organiser);
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.byStatus()).containsEntry(RegistrationStatus.CONFIRMED, 2)
                .containsEntry(RegistrationStatus.WAITLISTED, 1);
        assertThat(all.byCountry()).containsEntry("KE", 2).containsEntry("SN", 1);
        assertThat(all.byOrganisationType()).containsEntry("ngo", 1).containsEntry("government", 1)
                .containsEntry("academic", 1);
        assertThat(all.byLanguage()).containsEntry("en", 2).containsEntry("fr", 1);

        assertThat(names(new RegistrationFilter("EVALUATION network", null, null, null, null))).containsExactly("Wanjiru Kamau");
        assertThat(names(new RegistrationFilter("oumar", null, null, null, null))).containsExactly("Oumar Sy");
        assertThat(names(new RegistrationFilter(null, RegistrationStatus.WAITLISTED, null, null, null))).containsExactly("Ana Ruiz");
        assertThat(names(new RegistrationFilter(null, null, "KE", null, null))).containsExactly("Wanjiru Kamau", "Ana Ruiz");
        assertThat(names(new RegistrationFilter(null, null, null, "government", null))).containsExactly("Oumar Sy");
        assertThat(names(new RegistrationFilter(null, null, "KE", null, "en"))).hasSize(2);
        Roster kenya = desk.roster(tools.event().id(), new RegistrationFilter(null, null, "KE", null, null), organiser);
        assertThat(kenya.byStatus()).containsEntry(RegistrationStatus.CONFIRMED, 1)
                .containsEntry(RegistrationStatus.WAITLISTED, 1);
        assertThat(kenya.total()).isEqualTo(3);
    }

    @Test
    void addsAPersonByHandConfirmedWhileAPlaceIsFreeThenWaitlistedAndMailsThem() {
        registrations.register(tools.event(), tools.person("Ama Mensah", email(), "en", "GH", "ngo", "x"));
        String second = email();
        String third = email();

        assertThat(desk.addManually(tools.event().id(),
                new ManualRegistration("Kofi Annan", second, "fr", "Africa/Accra"), organiser))
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(desk.addManually(tools.event().id(),
                new ManualRegistration("Kwame Osei", third, "en", "UTC"), organiser))
                .isEqualTo(RegistrationStatus.WAITLISTED);

        List<RegistrationView> all = admin.registrations(tools.event().id(), organiser);
        RegistrationView kofi = all.stream().filter(r -> r.email().equals(second)).findFirst().orElseThrow();
        assertThat(mails.about("registration:" + kofi.id().value())).extracting(MailView::subject)
                .singleElement().satisfies(subject -> assertThat(subject).startsWith("Vous êtes inscrit"));
        RegistrationView kwame = all.stream().filter(r -> r.email().equals(third)).findFirst().orElseThrow();
        assertThat(mails.about("registration:" + kwame.id().value())).extracting(MailView::subject)
                .singleElement().satisfies(subject -> assertThat(subject).contains("waiting list"));
        assertThat(desk.trail(tools.event().id(), organiser)).extracting(Audit.Entry::action)
                .contains("registration.addedByOrganiser");
    }

    @Test
    void refusesToAddByHandAnAddressThatIsAlreadyRegisteredOrInvalid() {
        String taken = email();
        registrations.register(tools.event(), tools.person("Ama Mensah", taken, "en", "GH", "ngo", "x"));

        assertThatThrownBy(() -> desk.addManually(tools.event().id(),
                new ManualRegistration("Ama", taken.toUpperCase(), "en", "UTC"), organiser))
                .isInstanceOfSatisfying(InvalidRegistration.class,
                        e -> assertThat(e.messageKey()).isEqualTo("registration.error.alreadyRegistered"));
        assertThatThrownBy(() -> desk.addManually(tools.event().id(),
                new ManualRegistration("Ama", "nope", "en", "UTC"), organiser))
                .isInstanceOf(InvalidRegistration.class);
        assertThatThrownBy(() -> desk.addManually(tools.event().id(),
                new ManualRegistration("Ama", email(), "de", "UTC"), organiser))
                .isInstanceOf(InvalidRegistration.class);
        assertThat(admin.registrations(tools.event().id(), organiser)).hasSize(1);
    }

    @Test
    void exportsCsvWithBomQuotingOneColumnPerQuestionAndTheFormulaGuard() {
        registrations.register(tools.event(), tools.person("=HYPERLINK(\"http://evil\")", email(), "fr", "CI", "ngo",
                "Réseau, \"Sud\"\nAbidjan"));
        registrations.register(tools.event(), tools.person("Awa Diallo", email(), "en", "SN", "network", "@home"));

        byte[] file = export.csv(tools.event().id(), organiser);

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = Csv.parse(new String(file, 3, file.length - 3, StandardCharsets.UTF_8));
        assertThat(rows).hasSize(3);
        assertThat(rows.getFirst()).startsWith("Number", "Name", "E-mail address", "Status", "Language",
                "Time zone", "Registered (UTC)", "Confirmed (UTC)", "Privacy statement version")
                .endsWith("Country", "Type of organisation", "Organisation, \"name\"");
        List<String> first = rows.get(1);
        assertThat(first.get(1)).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(first.get(3)).isEqualTo("Confirmed");
        assertThat(first.get(4)).isEqualTo("fr");
        assertThat(first.get(5)).isEqualTo("Africa/Nairobi");
        assertThat(first.get(6)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*Z");
        assertThat(first.get(7)).isEqualTo(first.get(6));
        assertThat(first.get(8)).isEqualTo(String.valueOf(tools.privacyVersion()));
        assertThat(first).endsWith("Côte d’Ivoire", "Non-governmental organisation", "Réseau, \"Sud\"\nAbidjan");
        assertThat(rows.get(2).getLast()).isEqualTo("'@home");
    }

    @Test
    void guardsEveryFormulaPrefixAndQuotesOnlyWhenNeeded() {
        assertThat(CsvWriter.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvWriter.cell("+31 20")).isEqualTo("'+31 20");
        assertThat(CsvWriter.cell("-2")).isEqualTo("'-2");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.cell("plain")).isEqualTo("plain");
        assertThat(CsvWriter.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.cell("=a,\"b\"")).isEqualTo("\"'=a,\"\"b\"\"\"");
    }

    @Test
    void showsTheTrailOfTheEventsRegistrationsNewestFirst() {
        RegistrationOutcome outcome = registrations.register(tools.event(),
                tools.person("Ama Mensah", email(), "en", "GH", "ngo", "x"));
        registrations.cancel(outcome.manageToken());

        List<Audit.Entry> trail = desk.trail(tools.event().id(), organiser);

        assertThat(trail).extracting(Audit.Entry::action).containsSubsequence("registration.cancelled",
                "registration.created", "registration.question.added", "registration.options.saved");
        assertThat(trail).extracting(Audit.Entry::subject).contains("registration:" + outcome.id().value());
    }

    private List<String> names(RegistrationFilter filter) {
        return desk.roster(tools.event().id(), filter, organiser).matches().stream().map(RegistrationView::name)
                .toList();
    }
}
