package nl.dialoog.stage;

import static org.assertj.core.api.Assertions.assertThat;

import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomClient;
import nl.dialoog.room.RoomDoor;
import nl.dialoog.room.RoomFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A person removed from the room — by a moderator, or because their registration ended — loses their Janus token
 * with it (the room calls the stage).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RemovedFromRoomTests {

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
    nl.dialoog.registration.Registrations registrations;

    @Autowired
    Stage stage;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aParticipantRemovedFromTheRoomCanNoLongerUseTheirStageToken() throws Exception {
        EventView event = fixture.openEvent();
        RoomDoor panelist = fixture.attendee(event, "Ama Mensah");
        stage.openStage(event.id());
        StagePass pass = stage.admit(event.id(), StagePerson.participant(panelist.participantId()), StageRole.PANELIST);
        RawJanus browser = new RawJanus(JANUS.api());
        assertThat(browser.createSession(pass.token()).path("janus").asString()).isEqualTo("success");

        try (RoomClient host = RoomClient.connect(port, fixture.host(event).pass(), 0)) {
            host.awaitKind("snapshot");
            JsonNode answer = host.answer(host.send("moderation.remove", "\"participantId\":" + panelist.participantId()));
            assertThat(RoomClient.kind(answer)).as(answer.toString()).isEqualTo("ack");
        }

        JsonNode refused = browser.createSession(pass.token());
        assertThat(refused.path("error").path("code").asInt())
                .as("%s; tokens left %s", refused, jdbc.sql("SELECT person, expires_at FROM stage_token WHERE event_id = :e")
                        .param("e", event.id().value()).query().listOfRows())
                .isEqualTo(403);
    }

    @Test
    void aParticipantWhoseRegistrationIsCancelledCanNoLongerUseTheirStageToken() throws Exception {
        EventView event = fixture.openEvent();
        RoomFixture.Registered ama = fixture.registered(event, "Ama Mensah");
        RoomDoor panelist = fixture.enter(ama);
        stage.openStage(event.id());
        StagePass pass = stage.admit(event.id(), StagePerson.participant(panelist.participantId()), StageRole.PANELIST);
        RawJanus browser = new RawJanus(JANUS.api());
        assertThat(browser.createSession(pass.token()).path("janus").asString()).isEqualTo("success");

        registrations.cancel(ama.manageToken());

        // the room handles the cancellation after the commit, through the event publication log
        JsonNode refused = browser.createSession(pass.token());
        for (int tries = 0; tries < 100 && refused.path("error").path("code").asInt() != 403; tries++) {
            Thread.sleep(100);
            refused = browser.createSession(pass.token());
        }
        assertThat(refused.path("error").path("code").asInt()).as(refused.toString()).isEqualTo(403);
    }
}
