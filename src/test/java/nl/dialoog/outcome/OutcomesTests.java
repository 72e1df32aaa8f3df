package nl.dialoog.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.dialoog.account.AccountView;
import nl.dialoog.room.RoomFixture;
import nl.dialoog.shared.DomainError;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A report built from a real session: its numbers, who may read it, and exports that recompute to the same. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomesTests {

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Autowired
    Outcomes outcomes;

    @Autowired
    JsonMapper json;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    SmallSession session;
    AccountView organiser;

    @BeforeAll
    void recordASession() {
        session = new SmallSession(fixture, port);
        organiser = fixture.organiser();
        assertThat(outcomes.startBuild(session.event.id(), organiser)).isTrue();
        awaitBuilt();
    }

    @Test
    void aBuiltReportCountsWhatWasSaidAndVoted() {
        Report report = outcomes.state(session.event.id(), organiser).report();

        assertThat(report.attendance().attended()).isEqualTo(10);
        assertThat(report.attendance().staff()).isEqualTo(1);
        assertThat(report.questions().asked()).isEqualTo(1);
        assertThat(report.questions().top()).containsExactly("q" + session.question);
        assertThat(report.polls()).singleElement().satisfies(poll -> {
            assertThat(poll.ballots()).isEqualTo(10);
            assertThat(poll.options()).extracting(Report.PollOption::votes).containsExactly(5, 5);
        });
        assertThat(report.opinions().voters()).isEqualTo(10);
        assertThat(report.votes()).hasSize(40);
        assertThat(report.transcript()).extracting(Report.Contribution::kind)
                .containsOnly("message", "question", "statement").hasSize(2 + 1 + 4);
        assertThat(report.transcript()).filteredOn(c -> c.kind().equals("message"))
                .extracting(Report.Contribution::author).allMatch(author -> author.matches("P\\d+"));
    }

    @Test
    void theStatementVotesGiveTwoCampsAndTheirCommonGround() {
        Report.Opinions opinions = outcomes.state(session.event.id(), organiser).report().opinions();

        assertThat(opinions.groups()).hasSize(2);
        assertThat(opinions.groups()).extracting(Report.Group::size).containsExactlyInAnyOrder(5, 5);
        assertThat(opinions.consensusAgree()).extracting(Report.StatementFinding::statement)
                .contains("s" + session.statements.get(3));
    }

    @Test
    void aReportIsReadByItsOrganisersUntilTheyPublishIt() {
        assertThat(outcomes.published(session.event.slug())).isEmpty();

        String token = outcomes.publish(session.event.id(), ReportVisibility.LINK, organiser).orElseThrow();
        assertThat(outcomes.byLink(token)).isPresent();
        assertThat(outcomes.published(session.event.slug())).isEmpty();

        String newer = outcomes.publish(session.event.id(), ReportVisibility.LINK, organiser).orElseThrow();
        assertThat(outcomes.byLink(token)).isEmpty();
        assertThat(outcomes.byLink(newer)).isPresent();

        outcomes.publish(session.event.id(), ReportVisibility.PUBLIC, organiser);
        assertThat(outcomes.published(session.event.slug())).isPresent();
        assertThat(outcomes.byLink(newer)).isEmpty();

        outcomes.publish(session.event.id(), ReportVisibility.ORGANISERS, organiser);
        assertThat(outcomes.published(session.event.slug())).isEmpty();
    }

    @Test
    void theOrganisersWordsAndChosenPartsShapeWhatReadersGet() {
        outcomes.edit(session.event.id(), new ReportEdits(Map.of("en", "**Southern voices** were heard.",
                "xx", "ignored"), Map.of(), Set.of(ReportPart.SUMMARY, ReportPart.POLLS)), organiser);
        Outcomes.Readable readable = outcomes.forOrganisers(session.event.id(), organiser);

        assertThat(readable.state().summary()).containsOnlyKeys("en");
        String markdown = outcomes.markdown(readable, Locale.ENGLISH);
        assertThat(markdown).contains("**Southern voices** were heard.").contains("Who should decide?")
                .doesNotContain("Hello from Nairobi");
        JsonNode document = json.readTree(outcomes.json(readable));
        assertThat(document.path("report").path("transcript")).isEmpty();
        assertThat(outcomes.csv(readable, "contributions").map(String::new).orElseThrow()).hasLineCount(1);

        outcomes.edit(session.event.id(), new ReportEdits(Map.of(), Map.of(), ReportPart.all()), organiser);
    }

    @Test
    void publishedResultsAreMailedToEveryoneWithAPlaceInTheirLanguage() {
        outcomes.publish(session.event.id(), ReportVisibility.PUBLIC, true, organiser);

        // the registration module's broadcast job queues them in the background, a batch at a time
        List<String> bodies = List.of();
        Instant until = Instant.now().plus(Duration.ofSeconds(40));
        while (bodies.size() < 10 && Instant.now().isBefore(until)) {
            sleep();
            bodies = jdbc.sql("""
                            SELECT body_text FROM mail_outbox WHERE event_id = :event
                              AND reference LIKE 'broadcast:%'""")
                    .param("event", session.event.id().value()).query(String.class).list();
        }
        assertThat(bodies).hasSize(10)
                .allSatisfy(body -> assertThat(body).contains("/events/" + session.event.slug() + "/results"));
        assertThatThrownBy(() -> outcomes.publish(session.event.id(), ReportVisibility.ORGANISERS, true, organiser))
                .isInstanceOf(DomainError.class);
        outcomes.publish(session.event.id(), ReportVisibility.ORGANISERS, organiser);
    }

    @Test
    void tooLongASummaryIsRefusedAndChangesNothing() {
        String before = String.valueOf(outcomes.state(session.event.id(), organiser).summary());

        assertThatThrownBy(() -> outcomes.edit(session.event.id(), new ReportEdits(
                Map.of("en", "x".repeat(Outcomes.MAX_TEXT + 1)), Map.of(), ReportPart.all()), organiser))
                .isInstanceOf(DomainError.class);
        assertThat(String.valueOf(outcomes.state(session.event.id(), organiser).summary())).isEqualTo(before);
    }

    @Test
    void theJsonExportRecomputesToTheReportsNumbers() {
        Outcomes.Readable readable = outcomes.forOrganisers(session.event.id(), organiser);
        Report report = readable.state().report();
        JsonNode document = json.readTree(outcomes.json(readable)).path("report");

        for (Report.StatementTally tally : report.opinions().tallies()) {
            int agree = 0;
            int disagree = 0;
            int pass = 0;
            for (JsonNode vote : document.path("votes")) {
                if (vote.path("statement").asString().equals(tally.statement())) {
                    switch (vote.path("vote").asInt()) {
                        case 1 -> agree++;
                        case -1 -> disagree++;
                        default -> pass++;
                    }
                }
            }
            assertThat(List.of(agree, disagree, pass)).as(tally.statement())
                    .containsExactly(tally.agree(), tally.disagree(), tally.pass());
        }
        JsonNode poll = document.path("polls").get(0);
        int ballots = 0;
        for (JsonNode option : poll.path("options")) {
            ballots += option.path("votes").asInt();
        }
        assertThat(ballots).isEqualTo(poll.path("ballots").asInt());
        long questions = 0;
        for (JsonNode contribution : document.path("transcript")) {
            if (contribution.path("kind").asString().equals("question")) {
                questions++;
            }
        }
        assertThat(questions).isEqualTo(document.path("questions").path("asked").asLong());
    }

    @Test
    void thePdfHoldsTheReportsTextAndPages() throws Exception {
        Outcomes.Readable readable = outcomes.forOrganisers(session.event.id(), organiser);

        byte[] pdf = outcomes.pdf(readable, Locale.ENGLISH);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            assertThat(text).contains("Results: Changing roles").contains("Who should decide?")
                    .contains("Reform works best within existing partnerships");
        }
    }

    private void awaitBuilt() {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            ReportState state = outcomes.state(session.event.id(), organiser);
            if (state.build() == ReportState.BuildState.READY) {
                return;
            }
            assertThat(state.build()).as(String.valueOf(state.error())).isNotEqualTo(ReportState.BuildState.FAILED);
            sleep();
        }
        throw new AssertionError("the report was not built in 30 s");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
