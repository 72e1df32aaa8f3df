package nl.dialoog.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.dialoog.event.EventView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoomTransportTests {

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Test
    void aLateJoinerGetsOneSnapshotWithTheRecentChat() {
        EventView event = fixture.openEvent();
        RoomDoor ama = fixture.attendee(event, "Ama Mensah");
        try (RoomClient first = RoomClient.connect(port, ama.pass(), 0)) {
            first.awaitKind("snapshot");
            assertThat(first.answer(first.send("chat.post", "\"text\":\"Hello from Accra\"")).path("kind")
                    .asString()).isEqualTo("ack");
        }

        RoomDoor late = fixture.attendee(event, "Juan Pérez");
        try (RoomClient client = RoomClient.connect(port, late.pass(), 0)) {
            JsonNode snapshot = client.awaitKind("snapshot").path("data");

            assertThat(snapshot.path("chat")).singleElement()
                    .satisfies(message -> assertThat(message.path("text").asString()).isEqualTo("Hello from Accra"));
            assertThat(snapshot.path("you").path("name").asString()).isEqualTo("Juan Pérez");
            assertThat(snapshot.path("seq").asLong()).isPositive();
        }
    }

    @Test
    void deliversAMessageToEveryoneInTheRoomInOrder() {
        EventView event = fixture.openEvent();
        try (RoomClient sender = RoomClient.connect(port, fixture.attendee(event, "Ama").pass(), 0);
             RoomClient reader = RoomClient.connect(port, fixture.attendee(event, "Juan").pass(), 0)) {
            sender.awaitKind("snapshot");
            reader.awaitKind("snapshot");

            for (int i = 1; i <= 5; i++) {
                sender.answer(sender.send("chat.post", "\"text\":\"message " + i + "\""));
            }

            reader.await(frame -> reader.logged("chat.posted").size() == 5);
            assertThat(reader.logged("chat.posted")).extracting(f -> f.path("data").path("text").asString())
                    .containsExactly("message 1", "message 2", "message 3", "message 4", "message 5");
            assertThat(reader.gaps()).isZero();
            assertThat(reader.duplicates()).isZero();
        }
    }

    @Test
    void resumesAfterReconnectWithExactlyTheMissedEntries() {
        EventView event = fixture.openEvent();
        RoomDoor reader = fixture.attendee(event, "Juan");
        long seen;
        try (RoomClient sender = RoomClient.connect(port, fixture.attendee(event, "Ama").pass(), 0)) {
            sender.awaitKind("snapshot");
            try (RoomClient first = RoomClient.connect(port, reader.pass(), 0)) {
                first.awaitKind("snapshot");
                sender.answer(sender.send("chat.post", "\"text\":\"before the drop\""));
                first.await(frame -> first.logged("chat.posted").size() == 1);
                seen = first.lastSeq();
            }
            sender.answer(sender.send("chat.post", "\"text\":\"while away 1\""));
            sender.answer(sender.send("chat.post", "\"text\":\"while away 2\""));
        }

        try (RoomClient back = RoomClient.connect(port, reader.pass(), seen)) {
            back.awaitKind("resumed");

            assertThat(back.frames()).noneMatch(frame -> RoomClient.kind(frame).equals("snapshot"));
            assertThat(back.logged("chat.posted")).extracting(f -> f.path("data").path("text").asString())
                    .containsExactly("while away 1", "while away 2");
            assertThat(back.gaps()).isZero();
        }
    }

    @Test
    void refusesAForgedPassAndClosesTheSocket() {
        EventView event = fixture.openEvent();
        String pass = fixture.attendee(event, "Ama").pass();
        String forged = pass.substring(0, pass.lastIndexOf('.') + 1) + "AAAA";

        try (RoomClient client = RoomClient.connect(port, forged, 0)) {
            assertThat(client.awaitClose()).isEqualTo(4403);
            assertThat(client.frames()).isEmpty();
        }
    }

    @Test
    void refusesEmptyAndOverlongMessagesWithATranslatedReason() {
        EventView event = fixture.openEvent();
        try (RoomClient client = RoomClient.connect(port, fixture.attendee(event, "Ama").pass(), 0)) {
            client.awaitKind("snapshot");

            JsonNode empty = client.answer(client.send("chat.post", "\"text\":\"   \""));
            JsonNode tooLong = client.answer(client.send("chat.post", "\"text\":\"" + "x".repeat(1001) + "\""));

            assertThat(List.of(empty, tooLong)).allSatisfy(frame -> assertThat(RoomClient.kind(frame))
                    .isEqualTo("error"));
            assertThat(tooLong.path("data").path("message").asString()).contains("1000");
            assertThat(client.logged("chat.posted")).isEmpty();
        }
    }
}
