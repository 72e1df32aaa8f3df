package nl.dialoog.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import nl.dialoog.stage.janus.JanusAdmin;
import nl.dialoog.stage.janus.JanusEndpoint;
import nl.dialoog.stage.janus.VideoRooms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stages close by themselves after their event, against a real Janus: the housekeeping job destroys the VideoRoom
 * and the backstage and revokes every token {@code dialoog.stage.close-after} (here 3 h) after the event's end, or
 * after the stage was opened where a host opened it again after the end; it leaves running and future events' stages
 * open, and running it again changes nothing.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
class StageClosingTests {

    @RegisterExtension
    static final JanusServer JANUS = new JanusServer();

    @DynamicPropertySource
    static void janus(DynamicPropertyRegistry properties) {
        JANUS.settings(properties);
        properties.add("dialoog.stage.close-after", () -> "PT3H");
        // the test runs the job itself
        properties.add("dialoog.stage.housekeeping", () -> "PT1H");
    }

    @Autowired
    Stage stage;

    @Autowired
    StageHousekeeping housekeeping;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    final JanusEndpoint endpoint = new JanusEndpoint(JANUS.api(), JANUS.admin(), JANUS.apiSecret(),
            JANUS.adminSecret(), JANUS.adminKey());
    final VideoRooms rooms = new VideoRooms(endpoint, JsonMapper.builder().build());
    final JanusAdmin admin = new JanusAdmin(endpoint, JsonMapper.builder().build());

    @Test
    void theStageOfAnEventThatEndedLongEnoughAgoIsClosedOnceAndOthersStayOpen() {
        // ended 4 h ago (started 6 h ago): past the 3 h grace
        EventId ended = StageEvents.startingIn(catalog, accounts, Duration.ofHours(-6));
        // ended 1 h ago: within the grace; and one tomorrow
        EventId justEnded = StageEvents.startingIn(catalog, accounts, Duration.ofHours(-3));
        EventId tomorrow = StageEvents.create(catalog, accounts);
        long room = stage.openStage(ended);
        StagePass panelist = stage.admit(ended, StagePerson.participant(1), StageRole.PANELIST);
        StagePass backstage = stage.admitBackstage(ended, StagePerson.participant(1), StageRole.PANELIST);
        StagePass attendee = stage.admit(ended, StagePerson.participant(2), StageRole.ATTENDEE);
        stage.openStage(justEnded);
        stage.openStage(tomorrow);
        // as if the host had opened them while the events ran
        openedAgo(ended, Duration.ofHours(5));
        openedAgo(justEnded, Duration.ofHours(2));
        assertThat(rooms.describe(backstage.room())).isPresent();

        assertThat(housekeeping.closeEnded()).isOne();

        assertThat(stage.view(ended).open()).isFalse();
        assertThat(rooms.describe(room)).as("the VideoRoom").isEmpty();
        assertThat(rooms.describe(backstage.room())).as("the backstage").isEmpty();
        assertThat(admin.tokens()).doesNotContain(panelist.token(), backstage.token(), attendee.token());
        assertThat(stage.view(justEnded).open()).isTrue();
        assertThat(stage.view(tomorrow).open()).isTrue();

        assertThat(housekeeping.closeEnded()).as("closing is done once").isZero();
        stage.closeStage(ended);
        assertThat(stage.view(ended).open()).isFalse();
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private void openedAgo(EventId event, Duration ago) {
        jdbc.sql("UPDATE stage SET opened_at = :at WHERE event_id = :event")
                .param("at", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minus(ago))
                .param("event", event.value()).update();
    }

    @Test
    void aStageOpenedAgainAfterTheEndStaysOpenForTheGraceFromItsOpening() {
        EventId ended = StageEvents.startingIn(catalog, accounts, Duration.ofHours(-8));
        stage.openStage(ended);

        housekeeping.closeEnded();

        assertThat(stage.view(ended).open()).as("a host opened it just now").isTrue();
    }
}
