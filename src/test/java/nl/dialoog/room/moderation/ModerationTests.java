package nl.dialoog.room.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomClient;
import nl.dialoog.room.RoomClosed;
import nl.dialoog.room.RoomDoor;
import nl.dialoog.room.RoomFixture;
import nl.dialoog.room.Rooms;
import nl.dialoog.room.live.ParticipantStore;
import nl.dialoog.shared.Audit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ModerationTests {

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Autowired
    Rooms rooms;

    @Autowired
    ParticipantStore participants;

    @Autowired
    Audit audit;

    @Test
    void aMutedParticipantIsToldAndCannotChatUntilUnmuted() {
        EventView event = fixture.openEvent();
        RoomDoor ama = fixture.attendee(event, "Ama Mensah");
        try (RoomClient host = connect(fixture.host(event)); RoomClient attendee = connect(ama)) {
            ok(host, "moderation.mute", "\"participantId\":" + ama.participantId());

            attendee.awaitKind("you.muted");
            JsonNode refused = attendee.answer(attendee.send("chat.post", "\"text\":\"can I speak?\""));
            assertThat(refused.path("data").path("code").asString()).isEqualTo("room.error.muted");
            assertThat(refused.path("data").path("message").asString()).contains("muted");

            ok(host, "moderation.unmute", "\"participantId\":" + ama.participantId());
            attendee.awaitKind("you.unmuted");
            assertThat(RoomClient.kind(attendee.answer(attendee.send("chat.post", "\"text\":\"thank you\""))))
                    .isEqualTo("ack");
        }
        assertThat(audit.forSubject("event:" + event.id().value())).extracting(Audit.Entry::action)
                .contains("room.participant.muted", "room.participant.unmuted");
    }

    @Test
    void aRemovedParticipantIsToldThenClosedAsRefusedAndTheirLinkNoLongerEnters() {
        EventView event = fixture.openEvent();
        String token = fixture.register(event, "Juan Pérez");
        RoomDoor juan = rooms.enterByJoinToken(token);
        try (RoomClient host = connect(fixture.host(event)); RoomClient attendee = connect(juan)) {
            ok(host, "moderation.remove", "\"participantId\":" + juan.participantId());

            attendee.awaitKind("you.removed");
            assertThat(attendee.awaitClose()).isEqualTo(4403);
        }

        assertThatThrownBy(() -> rooms.enterByJoinToken(token)).isInstanceOf(RoomClosed.class)
                .extracting(failure -> ((RoomClosed) failure).messageKey()).isEqualTo("room.closed.removed");
        try (RoomClient again = RoomClient.connect(port, juan.pass(), 0)) {
            assertThat(again.awaitClose()).isEqualTo(4403);
            assertThat(again.frames()).isEmpty();
        }
        assertThat(audit.forSubject("event:" + event.id().value())).extracting(Audit.Entry::action)
                .contains("room.participant.removed");
    }

    @Test
    void slowModeRefusesTheSecondMessageWithinItsSecondsAndEveryoneSeesTheSetting() {
        EventView event = fixture.openEvent();
        try (RoomClient host = connect(fixture.host(event));
             RoomClient attendee = connect(fixture.attendee(event, "Ama"))) {
            ok(host, "moderation.settings", "\"slowModeSeconds\":30");

            JsonNode settings = attendee.await(frame -> frame.has("seq")
                    && "room.settings".equals(RoomClient.kind(frame)));
            assertThat(settings.path("data").path("slowModeSeconds").asInt()).isEqualTo(30);
            assertThat(RoomClient.kind(attendee.answer(attendee.send("chat.post", "\"text\":\"first\""))))
                    .isEqualTo("ack");
            JsonNode second = attendee.answer(attendee.send("chat.post", "\"text\":\"second\""));
            assertThat(second.path("data").path("code").asString()).isEqualTo("room.chat.error.slowMode");
        }
    }

    @Test
    void chatOffRefusesParticipantsButNotStaff() {
        EventView event = fixture.openEvent();
        try (RoomClient host = connect(fixture.host(event));
             RoomClient attendee = connect(fixture.attendee(event, "Ama"))) {
            ok(host, "moderation.settings", "\"chatEnabled\":false");
            attendee.await(frame -> "room.settings".equals(RoomClient.kind(frame))
                    && !frame.path("data").path("chatEnabled").asBoolean(true));

            assertThat(attendee.answer(attendee.send("chat.post", "\"text\":\"hello?\"")).path("data").path("code")
                    .asString()).isEqualTo("room.chat.error.off");
            assertThat(RoomClient.kind(host.answer(host.send("chat.post", "\"text\":\"We start at 11\""))))
                    .isEqualTo("ack");

            ok(host, "moderation.settings", "\"chatEnabled\":true,\"qaPremoderated\":true,"
                    + "\"statementsPremoderated\":false");
            JsonNode all = attendee.await(frame -> "room.settings".equals(RoomClient.kind(frame))
                    && frame.path("data").path("chatEnabled").asBoolean(false));
            assertThat(all.path("data").path("qaPremoderated").asBoolean()).isTrue();
            assertThat(all.path("data").path("statementsPremoderated").asBoolean()).isFalse();
        }
    }

    @Test
    void refusesSettingsOutOfRangeAndChangesNothing() {
        EventView event = fixture.openEvent();
        try (RoomClient host = connect(fixture.host(event))) {
            for (String bad : List.of("\"slowModeSeconds\":-1", "\"slowModeSeconds\":601",
                    "\"slowModeSeconds\":\"ten\"", "\"slowModeSeconds\":2.5", "\"chatEnabled\":\"no\"")) {
                JsonNode answer = host.answer(host.send("moderation.settings", bad));
                assertThat(RoomClient.kind(answer)).as(bad).isEqualTo("error");
                assertThat(answer.path("data").path("message").asString()).isNotBlank();
            }
            assertThat(host.logged("room.settings")).isEmpty();
        }
    }

    @Test
    void participantsAreNotAllowedAnyModerationCommand() {
        EventView event = fixture.openEvent();
        RoomDoor other = fixture.attendee(event, "Juan");
        try (RoomClient attendee = connect(fixture.attendee(event, "Ama"))) {
            String whom = "\"participantId\":" + other.participantId();
            Map<String, String> commands = Map.ofEntries(
                    Map.entry("moderation.mute", whom), Map.entry("moderation.unmute", whom),
                    Map.entry("moderation.remove", whom), Map.entry("moderation.settings", "\"chatEnabled\":false"),
                    Map.entry("moderation.people", ""), Map.entry("moderation.role", whom + ",\"role\":\"MODERATOR\""),
                    Map.entry("moderation.invite", "\"role\":\"PANELIST\",\"name\":\"Eve\""),
                    Map.entry("moderation.revokeInvitation", "\"id\":1"), Map.entry("hand.lower", whom),
                    Map.entry("statement.accept", "\"id\":1"), Map.entry("statement.reject", "\"id\":1"),
                    Map.entry("statement.counts", ""));
            commands.forEach((type, fields) -> assertThat(attendee.answer(attendee.send(type, fields)).path("data")
                    .path("code").asString()).as(type).isEqualTo("room.error.notAllowed"));
        }
        assertThat(participants.find(other.participantId()).orElseThrow())
                .satisfies(juan -> assertThat(juan.muted() || juan.removed()).isFalse());
    }

    @Test
    void moderatorsActOnParticipantsButNotOnHostsAndOnlyHostsAppointOrInvite() {
        EventView event = fixture.openEvent();
        RoomDoor hostDoor = fixture.host(event);
        RoomDoor mo = fixture.attendee(event, "Mo Moderator");
        RoomDoor ama = fixture.attendee(event, "Ama");
        try (RoomClient host = connect(hostDoor); RoomClient before = connect(mo)) {
            ok(host, "moderation.role", "\"participantId\":" + mo.participantId() + ",\"role\":\"MODERATOR\"");
            assertThat(before.awaitKind("you.role").path("data").path("role").asString()).isEqualTo("MODERATOR");
            assertThat(before.awaitClose()).as("closed so that it comes back as a moderator, not refused")
                    .isNotEqualTo(4403);
        }
        try (RoomClient moderator = connect(mo)) {
            assertThat(moderator.awaitKind("snapshot").path("data").path("you").path("role").asString())
                    .isEqualTo("MODERATOR");
            ok(moderator, "moderation.mute", "\"participantId\":" + ama.participantId());
            assertThat(code(moderator, "moderation.mute", "\"participantId\":" + hostDoor.participantId()))
                    .isEqualTo("room.error.notAllowed");
            assertThat(code(moderator, "moderation.remove", "\"participantId\":" + mo.participantId()))
                    .isEqualTo("room.moderation.error.self");
            assertThat(code(moderator, "moderation.role", "\"participantId\":" + ama.participantId()
                    + ",\"role\":\"MODERATOR\"")).isEqualTo("room.error.notAllowed");
            assertThat(code(moderator, "moderation.invite", "\"role\":\"PANELIST\",\"name\":\"Eve\""))
                    .isEqualTo("room.error.notAllowed");
        }
        assertThat(participants.find(ama.participantId()).orElseThrow().muted()).isTrue();
        assertThat(participants.find(hostDoor.participantId()).orElseThrow().muted()).isFalse();
    }

    @Test
    void aDemotedModeratorsConnectionClosesSoStaffFramesStopReachingIt() {
        EventView event = fixture.openEvent();
        RoomDoor hostDoor = fixture.host(event);
        RoomDoor mo = fixture.attendee(event, "Mo Moderator");
        RoomDoor ama = fixture.attendee(event, "Ama");
        try (RoomClient host = connect(hostDoor)) {
            ok(host, "moderation.role", "\"participantId\":" + mo.participantId() + ",\"role\":\"MODERATOR\"");
            try (RoomClient moderator = connect(mo)) {
                moderator.awaitKind("snapshot");
                ok(host, "moderation.role", "\"participantId\":" + mo.participantId() + ",\"role\":\"ATTENDEE\"");

                assertThat(moderator.awaitKind("you.role").path("data").path("role").asString()).isEqualTo("ATTENDEE");
                assertThat(moderator.awaitClose()).isNotEqualTo(4403);
            }
            try (RoomClient back = connect(mo); RoomClient attendee = connect(ama)) {
                assertThat(back.awaitKind("snapshot").path("data").path("you").path("role").asString())
                        .isEqualTo("ATTENDEE");
                attendee.awaitKind("snapshot");
                ok(attendee, "hand.raise", "");
                long handSeq = host.await(frame -> "hand".equals(RoomClient.kind(frame))).path("seq").asLong();
                back.await(frame -> frame.path("seq").asLong() >= handSeq);

                assertThat(back.frames()).noneMatch(frame -> "hand".equals(RoomClient.kind(frame)));
            }
        }
    }

    @Test
    void moderatorsSeeWhoIsInTheRoomOnRequest() {
        EventView event = fixture.openEvent();
        try (RoomClient host = connect(fixture.host(event));
             RoomClient ama = connect(fixture.attendee(event, "Ama Mensah"));
             RoomClient juan = connect(fixture.attendee(event, "Juan Pérez"))) {
            JsonNode people = host.answer(host.send("moderation.people", "")).path("data").path("result");

            List<String> names = new java.util.ArrayList<>();
            people.path("people").forEach(person -> names.add(person.path("name").asString()));
            assertThat(names).contains("Ama Mensah", "Juan Pérez");
            assertThat(people.path("total").asInt()).isEqualTo(3);
        }
    }

    private RoomClient connect(RoomDoor door) {
        RoomClient client = RoomClient.connect(port, door.pass(), 0);
        client.awaitKind("snapshot");
        return client;
    }

    static JsonNode ok(RoomClient client, String type, String fields) {
        JsonNode answer = client.answer(client.send(type, fields));
        assertThat(RoomClient.kind(answer)).as(type + " " + answer).isEqualTo("ack");
        return answer.path("data").path("result");
    }

    static String code(RoomClient client, String type, String fields) {
        return client.answer(client.send(type, fields)).path("data").path("code").asString();
    }
}
