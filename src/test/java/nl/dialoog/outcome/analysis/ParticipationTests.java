package nl.dialoog.outcome.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import nl.dialoog.outcome.analysis.Participation.Contribution;
import nl.dialoog.outcome.analysis.Participation.Registrant;
import org.junit.jupiter.api.Test;
import nl.dialoog.shared.SuppressionCell;
import nl.dialoog.shared.SuppressionReason;

class ParticipationTests {

    private final Participation participation = Participation.standard();

    private final List<Registrant> registrants = new ArrayList<>();

    private final List<Contribution> contributions = new ArrayList<>();

    private long nextId = 1;

    @Test
    void computesVoiceShareAsShareOfContributionsOverShareOfAttendees() {
        // Kenya: 5 of 6 attend and send 20 messages; the Netherlands: 10 of 10 attend, 5 send 10 messages;
        // Brazil: 5 of 6 attend and send 10 questions. 20 attendees, 40 contributions.
        people("KE", "NGO", 6, 5, 5, "message", 4);
        people("NL", "Government", 10, 10, 5, "message", 2);
        people("BR", "NGO", 6, 5, 5, "question", 2);

        ParticipationReport report = participation.analyse(registrants, contributions);

        ParticipationTable regions = report.table("region");
        assertThat(row(regions, "Africa").attendeeShare()).isCloseTo(0.25, within(1e-9));
        assertThat(row(regions, "Africa").contributionShare()).isCloseTo(0.5, within(1e-9));
        assertThat(row(regions, "Africa").voiceShare()).isCloseTo(2.0, within(1e-9));
        assertThat(row(regions, "Europe").voiceShare()).isCloseTo(0.5, within(1e-9));
        assertThat(row(regions, "Americas").voiceShare()).isCloseTo(1.0, within(1e-9));
        assertThat(row(report.table("south"), "south").voiceShare()).isCloseTo(1.5, within(1e-9));
        assertThat(row(report.table("organisationType"), "NGO").contributions())
                .containsEntry("message", SuppressionCell.shown(20)).containsEntry("question", SuppressionCell.shown(10));
    }

    @Test
    void countsRegisteredAgainstAttendedAndTheMinutesOfTheAttendees() {
        registrants.add(new Registrant(1, "CONFIRMED", "KE", "NGO", true, 30));
        registrants.add(new Registrant(2, "CONFIRMED", "KE", "NGO", true, 90));
        registrants.add(new Registrant(3, "CONFIRMED", "NL", "NGO", false, 0));
        registrants.add(new Registrant(4, "WAITLISTED", "NL", "NGO", true, 45));
        registrants.add(new Registrant(5, "CANCELLED", "NL", "NGO", false, 0));

        ParticipationReport report = participation.analyse(registrants, contributions);

        assertThat(report.registered()).isEqualTo(4);
        assertThat(report.attended()).isEqualTo(3);
        assertThat(report.minutesTotal()).isEqualTo(165);
        assertThat(report.minutesMedian()).isEqualTo(45);
    }

    @Test
    void hidesASmallCountryItsContributionsAndTheComplementThatProtectsItFromTheTotal() {
        people("NL", "Government", 10, 10, 5, "message", 2);
        people("BR", "NGO", 6, 5, 5, "question", 2);
        people("KE", "NGO", 6, 5, 5, "message", 4);
        people("FJ", "NGO", 2, 2, 1, "message", 3);

        ParticipationTable countries = participation.analyse(registrants, contributions).table("country");

        ParticipationRow fiji = row(countries, "FJ");
        assertThat(fiji.registered().reason()).isEqualTo(SuppressionReason.SMALL_CELL);
        assertThat(fiji.contributions().get("message").value()).isNull();
        assertThat(fiji.voiceShare()).isNull();
        assertThat(row(countries, "BR").registered().reason()).isEqualTo(SuppressionReason.COMPLEMENT);
        assertThat(row(countries, "NL").registered()).isEqualTo(SuppressionCell.shown(10));
        assertThat(countries.registered()).isEqualTo(24);
        assertThat(countries.contributionsTotal()).isEqualTo(43);
    }

    @Test
    void hidesContributionCountsMadeByFewerThanFivePeopleEvenWhenTheRowIsLarge() {
        people("NL", "Government", 10, 10, 2, "message", 20);
        people("KE", "NGO", 10, 10, 2, "message", 5);

        ParticipationRow netherlands = row(participation.analyse(registrants, contributions).table("country"), "NL");

        assertThat(netherlands.attended()).isEqualTo(SuppressionCell.shown(10));
        assertThat(netherlands.contributions().get("message").suppressed()).isTrue();
        assertThat(netherlands.contributionShare()).isNull();
    }

    /** {@code registered} people of a country, {@code attended} of them present, {@code speakers} of those each
     * contributing {@code each} times. */
    private void people(String country, String type, int registered, int attended, int speakers, String kind,
                        int each) {
        for (int i = 0; i < registered; i++) {
            long id = nextId++;
            registrants.add(new Registrant(id, "CONFIRMED", country, type, i < attended, i < attended ? 60 : 0));
            for (int c = 0; i < speakers && c < each; c++) {
                contributions.add(new Contribution(id, kind));
            }
        }
    }

    private static ParticipationRow row(ParticipationTable table, String key) {
        return table.rows().stream().filter(row -> row.key().equals(key)).findFirst().orElseThrow();
    }
}
