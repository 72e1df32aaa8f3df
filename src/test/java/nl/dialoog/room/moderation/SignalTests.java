package nl.dialoog.room.moderation;

import static nl.dialoog.room.moderation.ModerationTests.code;
import static nl.dialoog.room.moderation.ModerationTests.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomClient;
import nl.dialoog.room.RoomDoor;
import nl.dialoog.room.RoomFixture;
import nl.dialoog.room.live.RoomStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignalTests {

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Autowired
    RoomStore rooms;

    @Test
    void staffSeeARaisedHandAndCanLowerIt() {
        EventView event = fixture.openEvent();
        RoomDoor ama = fixture.attendee(event, "Ama Mensah");
        try (RoomClient host = connect(fixture.host(event)); RoomClient attendee = connect(ama);
             RoomClient other = connect(fixture.attendee(event, "Juan"))) {
            assertThat(ok(attendee, "hand.raise", "").path("raised").asBoolean()).isTrue();

            JsonNode raised = host.await(frame -> "hand".equals(RoomClient.kind(frame))
                    && frame.path("data").path("raised").asBoolean());
            assertThat(raised.path("data").path("name").asString()).isEqualTo("Ama Mensah");
            try (RoomClient late = connect(fixture.host(event))) {
                assertThat(late.awaitKind("snapshot").path("data").path("moderation").path("hands"))
                        .singleElement().satisfies(hand -> assertThat(hand.path("id").asLong())
                                .isEqualTo(ama.participantId()));
            }

            ok(host, "hand.lower", "\"participantId\":" + ama.participantId());
            JsonNode told = attendee.await(frame -> "you.hand".equals(RoomClient.kind(frame))
                    && !frame.path("data").path("raised").asBoolean(true));
            assertThat(told.path("data").path("by").asLong()).isNotEqualTo(ama.participantId());
            host.await(frame -> "hand".equals(RoomClient.kind(frame))
                    && !frame.path("data").path("raised").asBoolean(true));
            ok(other, "chat.post", "\"text\":\"marker\"");
            other.await(frame -> "chat.posted".equals(RoomClient.kind(frame)));
            assertThat(other.logged("hand")).isEmpty();
        }
    }

    @Test
    void reactionsArriveAsFewFramesWithSummedCountsAndAreNotLogged() throws Exception {
        EventView event = fixture.openEvent();
        List<RoomClient> senders = new ArrayList<>();
        try (RoomClient reader = connect(fixture.attendee(event, "Reader"))) {
            for (int i = 0; i < 8; i++) {
                senders.add(connect(fixture.attendee(event, "Sender " + i)));
            }
            long seqBefore = rooms.get(event.id().value()).lastSeq();

            for (int i = 0; i < senders.size(); i++) {
                RoomClient sender = senders.get(i);
                ok(sender, "reaction.send", "\"reaction\":\"" + (i % 2 == 0 ? "clap" : "heart") + "\"");
            }

            reader.await(frame -> total(reader, "clap") == 4 && total(reader, "heart") == 4);
            assertThat(reactionFrames(reader)).hasSizeBetween(1, 3);
            assertThat(rooms.get(event.id().value()).lastSeq()).isEqualTo(seqBefore);
        } finally {
            senders.forEach(RoomClient::close);
        }
    }

    @Test
    void onePersonReactsAtMostOncePerSecondAndOnlyWithTheOfferedEmoji() {
        EventView event = fixture.openEvent();
        try (RoomClient attendee = connect(fixture.attendee(event, "Ama"))) {
            ok(attendee, "reaction.send", "\"reaction\":\"wow\"");
            assertThat(code(attendee, "reaction.send", "\"reaction\":\"wow\"")).isEqualTo("room.reaction.error.tooFast");
            assertThat(code(attendee, "reaction.send", "\"reaction\":\"<script>\""))
                    .isEqualTo("room.reaction.error.unknown");
        }
    }

    @Test
    void mutedPeopleCannotReactOrRaiseTheirHand() {
        EventView event = fixture.openEvent();
        RoomDoor ama = fixture.attendee(event, "Ama");
        try (RoomClient host = connect(fixture.host(event)); RoomClient attendee = connect(ama)) {
            ok(host, "moderation.mute", "\"participantId\":" + ama.participantId());

            assertThat(code(attendee, "reaction.send", "\"reaction\":\"clap\"")).isEqualTo("room.error.muted");
            assertThat(code(attendee, "hand.raise", "")).isEqualTo("room.error.muted");
        }
    }

    private static List<JsonNode> reactionFrames(RoomClient client) {
        return client.frames().stream().filter(frame -> "reactions".equals(RoomClient.kind(frame))).toList();
    }

    private static int total(RoomClient client, String reaction) {
        return reactionFrames(client).stream()
                .mapToInt(frame -> frame.path("data").path("counts").path(reaction).asInt(0)).sum();
    }

    private RoomClient connect(RoomDoor door) {
        RoomClient client = RoomClient.connect(port, door.pass(), 0);
        client.awaitKind("snapshot");
        return client;
    }
}
