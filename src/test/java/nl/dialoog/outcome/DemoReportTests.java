package nl.dialoog.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.dialoog.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A newcomer who starts Dialoog finds the 2017 webinar's whole report published at once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dialoog.event.demo=on")
class DemoReportTests {

    static final String SLUG = "changing-roles-of-csos-and-partners-2017";

    @LocalServerPort
    int port;

    @Autowired
    Outcomes outcomes;

    @Test
    void theDemoSessionsReportIsPublishedWithGroupsThemesAndParticipation() {
        Report report = awaitPublished().state().report();

        assertThat(report.meta().demo()).isTrue();
        assertThat(report.attendance().attended()).isGreaterThan(90);
        assertThat(report.opinions().groups()).hasSizeBetween(2, 5);
        assertThat(report.opinions().consensusAgree()).isNotEmpty();
        assertThat(report.themes()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(report.themes()).allSatisfy(theme -> assertThat(theme.contributions()).containsAll(theme.quotes()));
        assertThat(report.transcript()).extracting(Report.Contribution::language).contains("en", "nl", "fr", "es");
        Report.Table regions = report.participation().tables().stream()
                .filter(table -> table.dimension().equals("region")).findFirst().orElseThrow();
        assertThat(regions.rows()).extracting(Report.Row::key).contains("Africa");
        assertThat(regions.rows()).allSatisfy(row -> assertThat(row.attended() == null || row.attended() == 0
                || row.attended() >= report.meta().smallCell()).isTrue());
    }

    @Test
    void thePublicResultsPageAndItsExportsOpenWithoutSigningIn() {
        awaitPublished();
        Http http = new Http(port);

        HttpResponse<String> page = http.page("/events/" + SLUG + "/results", "nl");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<svg").contains("id=\"r-transcript\"");
        for (String path : new String[] {".pdf", ".md", ".json", "/contributions.csv", "/votes.csv"}) {
            assertThat(http.bytes(http.request("/events/" + SLUG + "/results" + path)).statusCode()).as(path)
                    .isEqualTo(200);
        }
        assertThat(http.page("/events/" + SLUG + "/results/nothing.csv", "en").statusCode()).isEqualTo(404);
        assertThat(http.page("/results/not-a-link", "en").statusCode()).isEqualTo(404);
        assertThat(http.page("/events/" + SLUG, "en").body()).contains("href=\"/events/" + SLUG + "/results\"")
                .contains("Results of this dialogue");
    }

    private Outcomes.Readable awaitPublished() {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            Optional<Outcomes.Readable> published = outcomes.published(SLUG);
            if (published.isPresent()) {
                return published.get();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("the demo report was not published within 60 s");
    }
}
