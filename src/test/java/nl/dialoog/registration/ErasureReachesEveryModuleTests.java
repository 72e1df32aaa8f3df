package nl.dialoog.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dialoog.account.AccountView;
import nl.dialoog.event.EventView;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.mail.MailQueue;
import nl.dialoog.outcome.Outcomes;
import nl.dialoog.outcome.ReportState;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.registration.privacy.RegistrationPrivacy;
import nl.dialoog.registration.privacy.RetentionPurge;
import nl.dialoog.room.RoomClient;
import nl.dialoog.room.RoomDoor;
import nl.dialoog.room.RoomFixture;
import nl.dialoog.room.Rooms;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;

/**
 * Erasing a registration, or purging it after the retention period, reaches every module that kept something about
 * the person: a person who chatted (and was replied to), asked, voted, attended and was appointed moderator (so the
 * report names them) is looked for afterwards in every text column of every table and in every export — the
 * attendance CSV and the report's Markdown, JSON, CSV and PDF.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ErasureReachesEveryModuleTests {

    private static final Pattern JOIN = Pattern.compile("/join/([A-Za-z0-9_-]{20,})");

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Autowired
    Rooms rooms;

    @Autowired
    Registrations registrations;

    @Autowired
    RegistrationAdmin admin;

    @Autowired
    RegistrationPrivacy privacy;

    @Autowired
    RetentionPurge purge;

    @Autowired
    MailQueue mails;

    @Autowired
    Outcomes outcomes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @Test
    void anErasedRegistrationLeavesNoNameAddressOrOrganisationInAnyTableOrExport() throws IOException {
        Person person = session("Wanjiru Erasmus");

        privacy.erase(person.outcome().manageToken());

        assertForgotten(person);
    }

    @Test
    void aPurgedRegistrationLeavesNoNameAddressOrOrganisationInAnyTableOrExport() throws IOException {
        Person person = session("Kwame Purgeson");

        assertThat(purge.purgeIfDue(person.event().id().value(), person.event().end().plus(Duration.ofDays(400))))
                .isPositive();

        assertForgotten(person);
    }

    private record Person(EventView event, String name, String email, String organisation,
                          RegistrationOutcome outcome, long participantId) {
    }

    /** The person takes part in every way, the report is built, and it names them (so the test can fail). */
    private Person session(String name) throws IOException {
        EventView event = fixture.openEvent();
        AccountView organiser = fixture.organiser();
        long country = admin.addQuestion(event.id(), QuestionKind.COUNTRY, false,
                new LocalizedText(Map.of("en", "Country")), List.of(), organiser);
        long organisationQuestion = admin.addQuestion(event.id(), QuestionKind.ORGANISATION_NAME, false,
                new LocalizedText(Map.of("en", "Organisation")), List.of(), organiser);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String organisation = "Xylophone Evaluation Network " + tag;
        String email = "erase-" + tag + "@dialoog.test";
        RegistrationOutcome outcome = registrations.register(event, new NewRegistration(name, email, "en",
                "Africa/Nairobi", Map.of(country, List.of("KE"), organisationQuestion, List.of(organisation)), true,
                registrations.options(event.id()).privacyVersion(), null));
        Matcher join = JOIN.matcher(mails.about("registration:" + outcome.id().value()).getFirst().text());
        assertThat(join.find()).isTrue();
        RoomDoor door = rooms.enterByJoinToken(join.group(1));
        RoomDoor other = fixture.attendee(event, "Someone Else");

        try (RoomClient host = connect(fixture.host(event))) {
            long statement = ok(host, "statement.submit", "\"text\":\"Funding should go south\"").path("id").asLong();
            ok(host, "moderation.role", "\"participantId\":" + door.participantId() + ",\"role\":\"MODERATOR\"");
            try (RoomClient me = connect(door); RoomClient them = connect(other)) {
                assertThat(me.frames().getFirst().path("data").path("you").path("role").asString())
                        .isEqualTo("MODERATOR");
                long message = ok(me, "chat.post", "\"text\":\"Greetings from the network\"").path("id").asLong();
                ok(them, "chat.post", "\"text\":\"Welcome\",\"replyTo\":" + message);
                ok(me, "qa.ask", "\"text\":\"Who decides the budget?\",\"anonymous\":false");
                ok(me, "statement.vote", "\"id\":" + statement + ",\"vote\":\"agree\"");
                ok(host, "moderation.people", "");
            }
        }
        assertThat(outcomes.startBuild(event.id(), organiser)).isTrue();
        await(() -> outcomes.state(event.id(), organiser).build() == ReportState.BuildState.READY, "report built");
        Person person = new Person(event, name, email, organisation, outcome, door.participantId());
        assertThat(exports(person)).as("before the erasure the exports name the person").contains(name);
        assertThat(hits(person)).as("before the erasure the tables hold the person").isNotEmpty();
        return person;
    }

    private void assertForgotten(Person person) throws IOException {
        AccountView organiser = fixture.organiser();
        await(() -> !jdbc.sql("SELECT display_name FROM room_participant WHERE id = :id")
                .param("id", person.participantId()).query(String.class).single().equals(person.name()),
                "the room forgot the person");
        await(() -> {
            ReportState state = outcomes.state(person.event().id(), organiser);
            return state.build() == ReportState.BuildState.READY
                    && !outcomes.markdown(outcomes.forOrganisers(person.event().id(), organiser), Locale.ENGLISH)
                    .contains(person.name());
        }, "the report built again without the person");

        assertThat(hits(person)).isEmpty();
        assertThat(exports(person)).doesNotContain(person.name()).doesNotContain(person.email())
                .doesNotContain(person.organisation()).doesNotContain(",KE,");
        assertThat(jdbc.sql("SELECT organisation || country FROM room_participant WHERE id = :id")
                .param("id", person.participantId()).query(String.class).single()).isEmpty();
    }

    /** Every text column of every table that holds the name, the address or the organisation. */
    private List<String> hits(Person person) {
        List<Map<String, Object>> columns = jdbc.sql("""
                        SELECT table_name, column_name FROM information_schema.columns
                        WHERE LOWER(table_schema) = 'public'
                          AND LOWER(data_type) IN ('character varying', 'varchar', 'text', 'character',
                                                   'character large object', 'clob')""")
                .query().listOfRows();
        assertThat(columns).hasSizeGreaterThan(50);
        List<String> hits = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = String.valueOf(column.get("table_name"));
            String name = String.valueOf(column.get("column_name"));
            for (String needle : List.of(person.name(), person.email(), person.organisation())) {
                Long count = jdbc.sql("SELECT COUNT(*) FROM \"" + table + "\" WHERE \"" + name + "\" LIKE :needle")
                        .param("needle", "%" + needle + "%").query(Long.class).single();
                if (count > 0) {
                    hits.add(table + "." + name + " holds " + needle);
                }
            }
        }
        return hits;
    }

    /** The attendance CSV and every export of the report, as text. */
    private String exports(Person person) throws IOException {
        AccountView organiser = fixture.organiser();
        StringBuilder all = new StringBuilder();
        all.append(mvc.get().uri("/organiser/events/" + person.event().id().value() + "/attendance.csv")
                .with(user(organiser.email()).roles("ADMIN")).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        Outcomes.Readable readable = outcomes.forOrganisers(person.event().id(), organiser);
        all.append(outcomes.markdown(readable, Locale.ENGLISH));
        all.append(new String(outcomes.json(readable), StandardCharsets.UTF_8));
        for (String table : Outcomes.csvTables()) {
            outcomes.csv(readable, table).ifPresent(csv -> all.append(new String(csv, StandardCharsets.UTF_8)));
        }
        try (PDDocument document = Loader.loadPDF(outcomes.pdf(readable, Locale.ENGLISH))) {
            all.append(new PDFTextStripper().getText(document));
        }
        return all.toString();
    }

    private RoomClient connect(RoomDoor door) {
        RoomClient client = RoomClient.connect(port, door.pass(), 0);
        client.awaitKind("snapshot");
        return client;
    }

    private static JsonNode ok(RoomClient client, String type, String fields) {
        JsonNode answer = client.answer(client.send(type, fields));
        assertThat(RoomClient.kind(answer)).as(type + ": " + answer).isEqualTo("ack");
        return answer.path("data").path("result");
    }

    private static void await(BooleanSupplier done, String what) {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (!done.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(until);
            try {
                Thread.sleep(200);
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
                throw new AssertionError(stop);
            }
        }
    }
}
