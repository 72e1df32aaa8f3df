package nl.dialoog.stage;

import static org.assertj.core.api.Assertions.assertThat;

import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomClient;
import nl.dialoog.room.RoomDoor;
import nl.dialoog.room.RoomFixture;
import nl.dialoog.stage.janus.JanusEndpoint;
import nl.dialoog.stage.janus.VideoRooms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The moderator's stage controls as room commands, with a real Janus: what the room's people see (frames), what
 * Janus does (its participant list, the publisher's events, raw requests with a token), what is audited, and who
 * is refused with a translated message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StageCommandsTests {

    @RegisterExtension
    static final JanusServer JANUS = new JanusServer();

    @DynamicPropertySource
    static void janus(DynamicPropertyRegistry properties) {
        JANUS.settings(properties);
    }

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Autowired
    Stage stage;

    @Autowired
    JdbcClient jdbc;

    VideoRooms janusRooms;

    @BeforeEach
    void janusSeenDirectly() {
        janusRooms = new VideoRooms(new JanusEndpoint(JANUS.api(), JANUS.admin(), JANUS.apiSecret(),
                JANUS.adminSecret(), JANUS.adminKey()), JsonMapper.builder().build());
    }

    @Test
    void goingLiveIsShownToEveryoneAndAudited() {
        EventView event = openStage();
        try (RoomClient host = connect(fixture.host(event));
             RoomClient attendee = connect(fixture.attendee(event, "Kofi Boateng"))) {
            assertThat(attendee.awaitKind("snapshot").path("data").path("onstage").path("live").asBoolean()).isFalse();

            assertThat(RoomClient.kind(host.answer(host.send("stage.goLive", "")))).isEqualTo("ack");

            assertThat(attendee.awaitKind("stage.live").path("data").path("live").asBoolean()).isTrue();
            assertThat(stage.live(event.id())).isTrue();
            host.answer(host.send("stage.end", ""));
            attendee.await(f -> "stage.live".equals(RoomClient.kind(f)) && !f.path("data").path("live").asBoolean());
        }
        assertThat(audited(event, "room.stage.live")).isEqualTo(1);
        assertThat(audited(event, "room.stage.ended")).isEqualTo(1);
    }

    @Test
    void anAttendeeMayNotRunTheStageNorGetAPassToPublishOrForTheBackstage() {
        EventView event = openStage();
        RoomDoor panelist = fixture.attendee(event, "Ama Mensah");
        try (RoomClient attendee = connect(fixture.attendee(event, "Kofi Boateng"))) {
            for (String command : new String[] {"stage.goLive", "stage.mute", "stage.unmute", "stage.remove",
                    "stage.invite"}) {
                JsonNode refused = attendee.answer(attendee.send(command,
                        "\"participantId\":" + panelist.participantId()));
                assertThat(refused.path("data").path("code").asString()).as(command).isEqualTo("room.error.notAllowed");
            }
            JsonNode publish = attendee.answer(attendee.send("stage.publishPass", ""));
            assertThat(publish.path("data").path("code").asString()).isEqualTo("stage.controls.error.mayNotPublish");
            assertThat(publish.path("data").path("message").asString()).doesNotStartWith("stage.");
            JsonNode backstage = attendee.answer(attendee.send("stage.backstagePass", ""));
            assertThat(backstage.path("data").path("code").asString()).isEqualTo("stage.backstage.audience");
        }
        assertThat(stage.live(event.id())).isFalse();
    }

    @Test
    void aModeratorMutesAPanelistInJanus() throws Exception {
        EventView event = openStage();
        RoomDoor panelistDoor = panelist(event, "Ama Mensah");
        try (RoomClient host = connect(fixture.host(event)); RoomClient panelist = connect(panelistDoor)) {
            JsonNode pass = result(panelist, "stage.publishPass", "");
            FakePublisher publisher = new FakePublisher(JANUS.api(), pass.path("token").asString());
            publisher.publish(pass.path("room").asLong(), pass.path("feed").asLong());

            assertThat(RoomClient.kind(host.answer(host.send("stage.mute",
                    "\"participantId\":" + panelistDoor.participantId())))).isEqualTo("ack");

            assertThat(publisher.awaitEvent(data -> data.has("moderation")).path("moderation").asString())
                    .isEqualTo("muted");
            panelist.awaitKind("you.stageMuted");
        }
        assertThat(audited(event, "room.stage.muted")).isEqualTo(1);
    }

    @Test
    void whoIsMutedIsKeptForEveryModeratorsPageUntilANewPassLiftsIt() throws Exception {
        EventView event = openStage();
        RoomDoor panelistDoor = panelist(event, "Ama Mensah");
        long ama = panelistDoor.participantId();
        try (RoomClient host = connect(fixture.host(event)); RoomClient panelist = connect(panelistDoor)) {
            JsonNode pass = result(panelist, "stage.publishPass", "");
            new FakePublisher(JANUS.api(), pass.path("token").asString())
                    .publish(pass.path("room").asLong(), pass.path("feed").asLong());
            host.awaitKind("snapshot");
            host.answer(host.send("stage.mute", "\"participantId\":" + ama));
            JsonNode told = host.await(f -> "stage.muted".equals(RoomClient.kind(f)));
            assertThat(told.path("data").path("id").asLong()).isEqualTo(ama);
            assertThat(told.path("data").path("muted").asBoolean()).isTrue();

            // a moderator's page loaded again (or another moderator's) sees the mute
            try (RoomClient again = connect(fixture.host(event))) {
                assertThat(again.awaitKind("snapshot").path("data").path("onstage").path("muted").values())
                        .extracting(JsonNode::asLong).containsExactly(ama);
            }
            assertThat(panelist.awaitKind("snapshot").path("data").path("onstage").has("muted"))
                    .as("only staff learn who is muted").isFalse();

            // a new pass publishes under a new id, which Janus has not muted
            result(panelist, "stage.publishPass", "");
            JsonNode lifted = host.await(f -> "stage.muted".equals(RoomClient.kind(f))
                    && !f.path("data").path("muted").asBoolean());
            assertThat(lifted.path("data").path("id").asLong()).isEqualTo(ama);
            try (RoomClient again = connect(fixture.host(event))) {
                assertThat(again.awaitKind("snapshot").path("data").path("onstage").path("muted").values()).isEmpty();
            }
        }
    }

    @Test
    void aModeratorUnmutesAPanelistTheyMutedInJanus() throws Exception {
        EventView event = openStage();
        RoomDoor panelistDoor = panelist(event, "Ama Mensah");
        try (RoomClient host = connect(fixture.host(event)); RoomClient panelist = connect(panelistDoor)) {
            JsonNode pass = result(panelist, "stage.publishPass", "");
            FakePublisher publisher = new FakePublisher(JANUS.api(), pass.path("token").asString());
            publisher.publish(pass.path("room").asLong(), pass.path("feed").asLong());
            host.answer(host.send("stage.mute", "\"participantId\":" + panelistDoor.participantId()));
            assertThat(publisher.awaitEvent(data -> data.has("moderation")).path("moderation").asString())
                    .isEqualTo("muted");

            assertThat(RoomClient.kind(host.answer(host.send("stage.unmute",
                    "\"participantId\":" + panelistDoor.participantId())))).isEqualTo("ack");

            JsonNode unmuted = publisher.awaitEvent(data -> data.has("moderation"));
            assertThat(unmuted.path("moderation").asString()).isEqualTo("unmuted");
            assertThat(unmuted.path("id").asLong()).isEqualTo(pass.path("feed").asLong());
            panelist.awaitKind("you.stageUnmuted");
        }
        assertThat(audited(event, "room.stage.unmuted")).isEqualTo(1);
    }

    @Test
    void aPanelistMayNotUnmuteThemselvesNorAnotherPanelist() throws Exception {
        EventView event = openStage();
        RoomDoor amaDoor = panelist(event, "Ama Mensah");
        RoomDoor yawDoor = panelist(event, "Yaw Owusu");
        try (RoomClient host = connect(fixture.host(event)); RoomClient ama = connect(amaDoor);
             RoomClient yaw = connect(yawDoor)) {
            JsonNode pass = result(ama, "stage.publishPass", "");
            FakePublisher publisher = new FakePublisher(JANUS.api(), pass.path("token").asString());
            publisher.publish(pass.path("room").asLong(), pass.path("feed").asLong());
            host.answer(host.send("stage.mute", "\"participantId\":" + amaDoor.participantId()));
            publisher.awaitEvent(data -> data.has("moderation"));

            for (RoomClient who : new RoomClient[] {ama, yaw}) {
                JsonNode refused = who.answer(who.send("stage.unmute",
                        "\"participantId\":" + amaDoor.participantId()));
                assertThat(refused.path("data").path("code").asString()).isEqualTo("room.error.notAllowed");
                assertThat(refused.path("data").path("message").asString()).doesNotStartWith("room.");
            }
        }
        assertThat(audited(event, "room.stage.unmuted")).isZero();
    }

    @Test
    void aRemovedPanelistIsKickedAndTheirTokenRefusedAndGetsNoNewPass() throws Exception {
        EventView event = openStage();
        RoomDoor panelistDoor = panelist(event, "Ama Mensah");
        try (RoomClient host = connect(fixture.host(event)); RoomClient panelist = connect(panelistDoor)) {
            JsonNode pass = result(panelist, "stage.publishPass", "");
            new FakePublisher(JANUS.api(), pass.path("token").asString())
                    .publish(pass.path("room").asLong(), pass.path("feed").asLong());
            assertThat(janusRooms.participantIds(pass.path("room").asLong())).hasSize(1);

            host.answer(host.send("stage.remove", "\"participantId\":" + panelistDoor.participantId()));

            assertThat(janusRooms.participantIds(pass.path("room").asLong())).isEmpty();
            JsonNode refused = new RawJanus(JANUS.api()).createSession(pass.path("token").asString());
            assertThat(refused.path("error").path("code").asInt()).as(refused.toString()).isEqualTo(403);
            assertThat(panelist.awaitKind("you.stage").path("data").path("state").asString()).isEqualTo("OFF");
            assertThat(panelist.answer(panelist.send("stage.publishPass", "")).path("data").path("code").asString())
                    .isEqualTo("stage.controls.error.mayNotPublish");
            assertThat(panelist.answer(panelist.send("stage.backstagePass", "")).path("data").path("code").asString())
                    .isEqualTo("stage.backstage.audience");
        }
        assertThat(audited(event, "room.stage.removed")).isEqualTo(1);
    }

    @Test
    void anAttendeeWithARaisedHandIsBroughtOnStageAndSentBack() throws Exception {
        EventView event = openStage();
        RoomDoor guestDoor = fixture.attendee(event, "Kofi Boateng");
        try (RoomClient host = connect(fixture.host(event)); RoomClient guest = connect(guestDoor)) {
            guest.answer(guest.send("hand.raise", ""));
            assertThat(guest.answer(guest.send("stage.accept", "")).path("data").path("code").asString())
                    .as("no invitation yet").isEqualTo("stage.controls.error.notInvited");

            host.answer(host.send("stage.invite", "\"participantId\":" + guestDoor.participantId()));
            assertThat(guest.awaitKind("you.stage").path("data").path("state").asString()).isEqualTo("INVITED");
            guest.await(f -> "you.hand".equals(RoomClient.kind(f)) && !f.path("data").path("raised").asBoolean());
            JsonNode pass = result(guest, "stage.accept", "");
            FakePublisher publisher = new FakePublisher(JANUS.api(), pass.path("token").asString());
            assertThat(publisher.publish(pass.path("room").asLong(), pass.path("feed").asLong())
                    .path("videoroom").asString()).isEqualTo("joined");
            host.await(f -> "stage.seat".equals(RoomClient.kind(f))
                    && "ON_STAGE".equals(f.path("data").path("state").asString()));

            host.answer(host.send("stage.sendBack", "\"participantId\":" + guestDoor.participantId()));

            assertThat(janusRooms.participantIds(pass.path("room").asLong())).isEmpty();
            assertThat(new RawJanus(JANUS.api()).createSession(pass.path("token").asString())
                    .path("error").path("code").asInt()).isEqualTo(403);
            guest.await(f -> "you.stage".equals(RoomClient.kind(f))
                    && "NONE".equals(f.path("data").path("state").asString()));
            assertThat(guest.answer(guest.send("stage.publishPass", "")).path("data").path("code").asString())
                    .isEqualTo("stage.controls.error.mayNotPublish");
        }
        assertThat(audited(event, "room.stage.invited")).isEqualTo(1);
        assertThat(audited(event, "room.stage.accepted")).isEqualTo(1);
        assertThat(audited(event, "room.stage.sentBack")).isEqualTo(1);
    }

    @Test
    void aPanelistGetsABackstagePassThatAnAttendeesTokenCannotFollow() throws Exception {
        EventView event = openStage();
        RoomDoor panelistDoor = panelist(event, "Ama Mensah");
        StagePass watcher = stage.admit(event.id(), StagePerson.participant(
                fixture.attendee(event, "Kofi Boateng").participantId()), StageRole.ATTENDEE);
        try (RoomClient panelist = connect(panelistDoor)) {
            JsonNode backstage = result(panelist, "stage.backstagePass", "");

            long room = backstage.path("room").asLong();
            assertThat(room).isNotEqualTo(watcher.room());
            assertThat(new FakePublisher(JANUS.api(), backstage.path("token").asString())
                    .publish(room, backstage.path("feed").asLong()).path("videoroom").asString()).isEqualTo("joined");
            RawJanus browser = new RawJanus(JANUS.api());
            long session = browser.createSession(watcher.token()).path("data").path("id").asLong();
            long handle = browser.attach(session, watcher.token(), Stage.VIDEOROOM).path("data").path("id").asLong();
            assertThat(browser.joinAsPublisher(session, handle, watcher.token(), room).path("error_code").asInt())
                    .isEqualTo(433);
        }
    }

    private EventView openStage() {
        EventView event = fixture.openEvent();
        stage.openStage(event.id());
        return event;
    }

    /** Someone the host made a panelist in the room (as the moderation panel does). */
    private RoomDoor panelist(EventView event, String name) {
        RoomDoor door = fixture.attendee(event, name);
        try (RoomClient host = connect(fixture.host(event))) {
            JsonNode answer = host.answer(host.send("moderation.role",
                    "\"participantId\":" + door.participantId() + ",\"role\":\"PANELIST\""));
            assertThat(RoomClient.kind(answer)).as(answer.toString()).isEqualTo("ack");
        }
        return door;
    }

    private RoomClient connect(RoomDoor door) {
        RoomClient client = RoomClient.connect(port, door.pass(), 0);
        client.awaitKind("snapshot");
        return client;
    }

    private static JsonNode result(RoomClient client, String command, String fields) {
        JsonNode answer = client.answer(client.send(command, fields));
        assertThat(RoomClient.kind(answer)).as(answer.toString()).isEqualTo("ack");
        return answer.path("data").path("result");
    }

    private int audited(EventView event, String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :action AND subject = :subject")
                .param("action", action).param("subject", "event:" + event.id().value()).query(Integer.class).single();
    }
}
