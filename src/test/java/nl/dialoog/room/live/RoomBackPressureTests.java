package nl.dialoog.room.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomClient;
import nl.dialoog.room.RoomDoor;
import nl.dialoog.room.RoomFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client that stops reading must not hold up anyone else, and one that was away too long gets a snapshot rather
 * than a long replay. Small limits make both happen quickly: a queue of 8 batches, a replay of at most 5 entries,
 * and small socket buffers on both ends (otherwise the kernel would take megabytes for a client that reads nothing
 * before the server's writes block at all).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dialoog.room.queue-batches=8", "dialoog.room.resume-limit=5", "dialoog.room.command-rate=100000",
        "dialoog.room.message-max=1900", "dialoog.room.tick=20ms"})
class RoomBackPressureTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestConfiguration(proxyBeanMethods = false)
    static class SmallSendBuffers {

        @Bean
        WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> smallSendBuffers() {
            return factory -> factory.addConnectorCustomizers(
                    connector -> connector.setProperty("socket.txBufSize", "8192"));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Test
    void aClientThatStopsReadingDelaysNoOneAndIsToldToResync() throws IOException {
        EventView event = fixture.openEvent();
        RoomDoor stalled = fixture.attendee(event, "Stalled");
        try (RoomClient sender = RoomClient.connect(port, fixture.attendee(event, "Ama").pass(), 0);
             RoomClient reader = RoomClient.connect(port, fixture.attendee(event, "Juan").pass(), 0);
             RawRoomSocket stuck = RawRoomSocket.connect(port, 4096)) {
            stuck.sendText("{\"type\":\"hello\",\"pass\":\"" + stalled.pass() + "\",\"since\":0,\"lang\":\"en\"}");
            long snapshotSeq = JSON.readTree(stuck.readText()).get(0).path("data").path("seq").asLong();
            sender.awaitKind("snapshot");
            reader.awaitKind("snapshot");

            // from here on the stuck client reads nothing: 200 messages of 1,900 characters back up behind it, each
            // in a tick of its own (the reader has it before the next is sent), so its queue of 8 batches overflows
            // however fast this machine is
            String filler = "x".repeat(1880);
            for (int i = 1; i <= 200; i++) {
                assertThat(RoomClient.kind(sender.answer(sender.send("chat.post",
                        "\"text\":\"" + i + " " + filler + "\"")))).isEqualTo("ack");
                int sent = i;
                reader.await(frame -> reader.logged("chat.posted").size() == sent);
            }

            reader.await(frame -> reader.logged("chat.posted").size() == 200);
            assertThat(reader.logged("chat.posted")).extracting(frame -> frame.path("data").path("text").asString()
                    .split(" ")[0]).containsExactlyElementsOf(IntStream.rangeClosed(1, 200).mapToObj(String::valueOf)
                    .toList());
            assertThat(reader.gaps()).isZero();

            List<JsonNode> got = new ArrayList<>();
            while (got.stream().noneMatch(frame -> RoomClient.kind(frame).equals("resync"))) {
                String text = stuck.readText();
                assertThat(text).as("connection closed before a resync; got " + got.size() + " frames").isNotNull();
                JSON.readTree(text).forEach(got::add);
            }
            long chatBeforeResync = got.stream().filter(frame -> RoomClient.kind(frame).equals("chat.posted")).count();
            assertThat(chatBeforeResync).as("its queue was bounded, not all 200 kept for it").isLessThan(200);
            assertThat(RoomClient.kind(got.getLast())).as("nothing after the resync until it resumes")
                    .isEqualTo("resync");

            long lastSeq = got.stream().filter(frame -> frame.has("seq")).mapToLong(frame -> frame.path("seq").asLong())
                    .max().orElse(snapshotSeq);
            stuck.sendText("{\"type\":\"resume\",\"since\":" + lastSeq + "}");
            List<JsonNode> after = new ArrayList<>();
            while (after.stream().noneMatch(RoomBackPressureTests::isSnapshot) && after.size() < 50) {
                JSON.readTree(stuck.readText()).forEach(after::add);
            }
            assertThat(after).as("more than 5 missed: a fresh snapshot, no replay")
                    .noneMatch(frame -> RoomClient.kind(frame).equals("chat.posted"))
                    .filteredOn(RoomBackPressureTests::isSnapshot).singleElement()
                    .satisfies(snapshot -> assertThat(snapshot.path("data").path("seq").asLong())
                            .isGreaterThanOrEqualTo(snapshotSeq + 200));
        }
    }

    private static boolean isSnapshot(JsonNode frame) {
        return RoomClient.kind(frame).equals("snapshot");
    }

    @Test
    void aClientAwayForMoreThanTheResumeLimitGetsASnapshot() {
        EventView event = fixture.openEvent();
        RoomDoor juan = fixture.attendee(event, "Juan");
        long seen;
        try (RoomClient sender = RoomClient.connect(port, fixture.attendee(event, "Ama").pass(), 0)) {
            sender.awaitKind("snapshot");
            try (RoomClient first = RoomClient.connect(port, juan.pass(), 0)) {
                seen = first.awaitKind("snapshot").path("data").path("seq").asLong();
            }
            for (int i = 1; i <= 6; i++) {
                sender.answer(sender.send("chat.post", "\"text\":\"while away " + i + "\""));
            }
        }

        try (RoomClient back = RoomClient.connect(port, juan.pass(), seen)) {
            JsonNode snapshot = back.awaitKind("snapshot").path("data");

            assertThat(back.frames()).noneMatch(frame -> RoomClient.kind(frame).equals("resumed"));
            assertThat(snapshot.path("seq").asLong()).isEqualTo(seen + 6);
            assertThat(snapshot.path("chat")).extracting(message -> message.path("text").asString())
                    .contains("while away 1", "while away 6");
        }
    }
}
