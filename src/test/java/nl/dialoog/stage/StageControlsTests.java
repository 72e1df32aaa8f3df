package nl.dialoog.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import nl.dialoog.stage.janus.JanusEndpoint;
import nl.dialoog.stage.janus.VideoRooms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The moderator's controls at the stage's API against a real Janus: going live, muting and removing a panelist,
 * the backstage the audience is never let into, and publishing rights given and taken back. What Janus did is read
 * from Janus (the VideoRoom's participant list, the publisher's own events, raw requests with the token).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
class StageControlsTests {

    @RegisterExtension
    static final JanusServer JANUS = new JanusServer();

    @DynamicPropertySource
    static void janus(DynamicPropertyRegistry properties) {
        JANUS.settings(properties);
    }

    @Autowired
    Stage stage;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    VideoRooms janusRooms;

    @BeforeEach
    void janusSeenDirectly() {
        janusRooms = new VideoRooms(new JanusEndpoint(JANUS.api(), JANUS.admin(), JANUS.apiSecret(),
                JANUS.adminSecret(), JANUS.adminKey()), JsonMapper.builder().build());
    }

    @Test
    void goingLiveHoldsUntilTheModeratorEndsIt() {
        EventId event = openEvent();
        assertThat(stage.live(event)).isFalse();

        stage.goLive(event);

        assertThat(stage.live(event)).isTrue();
        stage.endLive(event);
        assertThat(stage.live(event)).isFalse();
        stage.goLive(event);
        stage.closeStage(event);
        assertThat(stage.live(event)).as("a closed stage is not live").isFalse();
    }

    @Test
    void aStageThatIsNotOpenCannotGoLive() {
        EventId event = newEvent();

        assertThatThrownBy(() -> stage.goLive(event))
                .isInstanceOfSatisfying(StageRefused.class, r -> assertThat(r.messageKey()).isEqualTo("stage.notOpen"));
        assertThat(stage.live(event)).isFalse();
    }

    @Test
    void mutingAPanelistMakesJanusMuteTheirMicrophoneOnly() throws Exception {
        EventId event = openEvent();
        StagePerson panelist = StagePerson.participant(11);
        StagePass pass = stage.admit(event, panelist, StageRole.PANELIST);
        FakePublisher publisher = new FakePublisher(JANUS.api(), pass.token());
        assertThat(publisher.publish(pass.room(), pass.feed()).path("videoroom").asString()).isEqualTo("joined");

        stage.mute(event, panelist);

        JsonNode moderation = publisher.awaitEvent(data -> data.has("moderation"));
        assertThat(moderation.path("moderation").asString()).isEqualTo("muted");
        assertThat(moderation.path("id").asLong()).isEqualTo(pass.feed());
        assertThat(moderation.path("mid").asString()).as("the microphone's stream, not the camera's").isEqualTo("0");
        assertThat(janusRooms.participantIds(pass.room())).containsExactly(pass.feed());
    }

    @Test
    void unmutingAMutedPanelistMakesJanusLetTheirMicrophoneBeHeardAgain() throws Exception {
        EventId event = openEvent();
        StagePerson panelist = StagePerson.participant(31);
        StagePass pass = stage.admit(event, panelist, StageRole.PANELIST);
        FakePublisher publisher = new FakePublisher(JANUS.api(), pass.token());
        publisher.publish(pass.room(), pass.feed());
        stage.mute(event, panelist);
        assertThat(publisher.awaitEvent(data -> data.has("moderation")).path("moderation").asString())
                .isEqualTo("muted");

        stage.unmute(event, panelist);

        JsonNode moderation = publisher.awaitEvent(data -> data.has("moderation"));
        assertThat(moderation.path("moderation").asString()).isEqualTo("unmuted");
        assertThat(moderation.path("mid").asString()).as("the microphone's stream again").isEqualTo("0");
    }

    @Test
    void unmutingSomeoneWhoIsNotPublishingIsRefused() {
        EventId event = openEvent();
        stage.admit(event, StagePerson.participant(32), StageRole.PANELIST);

        assertThatThrownBy(() -> stage.unmute(event, StagePerson.participant(32)))
                .isInstanceOfSatisfying(StageRefused.class,
                        r -> assertThat(r.messageKey()).isEqualTo("stage.controls.notPublishing"));
    }

    @Test
    void mutingSomeoneWhoIsNotPublishingIsRefused() {
        EventId event = openEvent();
        stage.admit(event, StagePerson.participant(12), StageRole.PANELIST);

        assertThatThrownBy(() -> stage.mute(event, StagePerson.participant(12)))
                .isInstanceOfSatisfying(StageRefused.class,
                        r -> assertThat(r.messageKey()).isEqualTo("stage.controls.notPublishing"));
    }

    @Test
    void aRemovedPanelistIsKickedAndTheirTokenIsRefused() throws Exception {
        EventId event = openEvent();
        StagePerson panelist = StagePerson.participant(13);
        StagePass pass = stage.admit(event, panelist, StageRole.PANELIST);
        new FakePublisher(JANUS.api(), pass.token()).publish(pass.room(), pass.feed());
        assertThat(janusRooms.participantIds(pass.room())).containsExactly(pass.feed());

        stage.revoke(event, panelist);

        assertThat(janusRooms.participantIds(pass.room())).isEmpty();
        JsonNode refused = new RawJanus(JANUS.api()).createSession(pass.token());
        assertThat(refused.path("error").path("code").asInt()).as(refused.toString()).isEqualTo(403);
        assertThat(new FakePublisher(JANUS.api(), pass.token()).publish(pass.room(), pass.feed()).path("code").asInt())
                .isEqualTo(403);
        assertThat(janusRooms.participantIds(pass.room())).isEmpty();
    }

    @Test
    void theBackstageLetsPanelistsInAndNeverAnAttendeesToken() throws Exception {
        EventId event = openEvent();
        StagePass panelist = stage.admitBackstage(event, StagePerson.participant(14), StageRole.PANELIST);
        StagePass attendee = stage.admit(event, StagePerson.participant(15), StageRole.ATTENDEE);

        assertThat(panelist.room()).isNotEqualTo(attendee.room());
        assertThat(new FakePublisher(JANUS.api(), panelist.token()).publish(panelist.room(), panelist.feed())
                .path("videoroom").asString()).isEqualTo("joined");
        RawJanus browser = new RawJanus(JANUS.api());
        long session = browser.createSession(attendee.token()).path("data").path("id").asLong();
        long handle = browser.attach(session, attendee.token(), Stage.VIDEOROOM).path("data").path("id").asLong();
        JsonNode refused = browser.joinAsPublisher(session, handle, attendee.token(), panelist.room());
        assertThat(refused.path("error_code").asInt()).as(refused.toString()).isEqualTo(433);
        assertThatThrownBy(() -> stage.admitBackstage(event, StagePerson.participant(15), StageRole.ATTENDEE))
                .isInstanceOfSatisfying(StageRefused.class,
                        r -> assertThat(r.messageKey()).isEqualTo("stage.backstage.audience"));
        // and what is said backstage is not on the stage
        assertThat(janusRooms.participantIds(attendee.room())).isEmpty();
    }

    @Test
    void aPublisherDialoogDidNotAdmitIsSweptOffTheStage() throws Exception {
        EventId event = openEvent();
        StagePass attendee = stage.admit(event, StagePerson.participant(16), StageRole.ATTENDEE);
        StagePass panelist = stage.admit(event, StagePerson.participant(17), StageRole.PANELIST);
        new FakePublisher(JANUS.api(), panelist.token()).publish(panelist.room(), panelist.feed());
        new FakePublisher(JANUS.api(), panelist.token()).publish(panelist.room(), panelist.feed() + 1);
        new FakePublisher(JANUS.api(), attendee.token()).publish(attendee.room(), 4242);
        // a watcher joins as a publisher that sends nothing, to follow the list of feeds
        StagePass watcher = stage.admit(event, StagePerson.participant(19), StageRole.ATTENDEE);
        RawJanus browser = new RawJanus(JANUS.api());
        long session = browser.createSession(watcher.token()).path("data").path("id").asLong();
        long handle = browser.attach(session, watcher.token(), Stage.VIDEOROOM).path("data").path("id").asLong();
        long watcherId = browser.joinAsPublisher(session, handle, watcher.token(), watcher.room()).path("id").asLong();

        List<Long> kicked = stage.sweep(event);

        assertThat(kicked).containsExactly(4242L);
        assertThat(janusRooms.participantIds(panelist.room()))
                .containsExactlyInAnyOrder(panelist.feed(), panelist.feed() + 1, watcherId);
    }

    @Test
    void takingPublishingRightsBackSendsTheFeedOutAndKeepsTheWatchersToken() throws Exception {
        EventId event = openEvent();
        StagePerson guest = StagePerson.participant(18);
        StagePass watching = stage.admit(event, guest, StageRole.ATTENDEE);
        StagePass publishing = stage.admit(event, guest, StageRole.PANELIST);
        new FakePublisher(JANUS.api(), publishing.token()).publish(publishing.room(), publishing.feed());

        stage.revokePublishing(event, guest);

        assertThat(janusRooms.participantIds(publishing.room())).isEmpty();
        RawJanus browser = new RawJanus(JANUS.api());
        assertThat(browser.createSession(publishing.token()).path("error").path("code").asInt()).isEqualTo(403);
        assertThat(browser.createSession(watching.token()).path("janus").asString()).isEqualTo("success");
        assertThat(watching.feed()).isZero();
    }

    private EventId openEvent() {
        EventId event = newEvent();
        stage.openStage(event);
        return event;
    }

    private EventId newEvent() {
        return StageEvents.create(catalog, accounts);
    }
}
