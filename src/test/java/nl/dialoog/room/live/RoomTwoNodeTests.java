package nl.dialoog.room.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomClient;
import nl.dialoog.room.RoomDoor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two Dialoog nodes on one database and one Redis, as behind a load balancer: what is said on one node reaches
 * clients on the other in order, a client can resume on the other node, and what Redis loses on the way the
 * receiving node reads from the room log.
 */
class RoomTwoNodeTests {

    private static RoomNode a;
    private static RoomNode b;
    private static FlakyBus bOnRedis;

    @BeforeAll
    static void startTwoNodes() {
        String redis = TestRedis.url();
        // a channel of their own: other test runs may share this Redis
        String channel = "dialoog:room:test:" + UUID.randomUUID();
        a = RoomNode.start(redis, channel);
        b = RoomNode.start(redis, channel, FlakyBus::new);
        bOnRedis = (FlakyBus) b.bean(RoomBus.class);
    }

    @AfterAll
    static void stopNodes() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void aMessageSentToNodeAReachesAClientOnNodeBInOrder() {
        EventView event = a.fixture().openEvent();
        try (RoomClient sender = RoomClient.connect(a.port(), a.fixture().attendee(event, "Ama").pass(), 0);
             RoomClient onB = RoomClient.connect(b.port(), a.fixture().attendee(event, "Juan").pass(), 0)) {
            sender.awaitKind("snapshot");
            onB.awaitKind("snapshot");

            for (int i = 1; i <= 20; i++) {
                assertThat(RoomClient.kind(sender.answer(sender.send("chat.post", "\"text\":\"from A " + i + "\""))))
                        .isEqualTo("ack");
            }

            onB.await(frame -> onB.logged("chat.posted").size() == 20);
            assertThat(texts(onB)).containsExactlyElementsOf(
                    java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(i -> "from A " + i).toList());
            assertThat(onB.gaps()).isZero();
            assertThat(onB.duplicates()).isZero();
        }
    }

    @Test
    void anOpinionMapShownOnNodeAReachesStaffOnNodeBAndALateJoinerThereFindsItInTheSnapshot() {
        EventView event = a.fixture().openEvent();
        RoomDoor host = a.fixture().host(event);
        try (RoomClient staffOnB = RoomClient.connect(b.port(), host.pass(), 0);
             RoomClient attendeeOnB = RoomClient.connect(b.port(), a.fixture().attendee(event, "Juan").pass(), 0)) {
            staffOnB.awaitKind("snapshot");
            attendeeOnB.awaitKind("snapshot");

            a.bean(nl.dialoog.room.Rooms.class).showOpinionMap(new nl.dialoog.room.OpinionMap(event.id().value(),
                    List.of(new nl.dialoog.room.OpinionMap.Point(host.participantId(), 0.5, 0.5, 0)),
                    List.of(new nl.dialoog.room.OpinionMap.Group(0, 1, List.of())), List.of(), List.of(), 1,
                    java.time.Instant.now()));

            assertThat(staffOnB.awaitKind("opinionMap").path("data").path("groups")).hasSize(1);
            assertThat(RoomClient.kind(staffOnB.answer(staffOnB.send("chat.post", "\"text\":\"after the map\""))))
                    .isEqualTo("ack");
            attendeeOnB.await(frame -> "chat.posted".equals(RoomClient.kind(frame)));
            assertThat(attendeeOnB.frames()).as("staff only until the host shares it")
                    .noneMatch(frame -> "opinionMap".equals(RoomClient.kind(frame)));
            try (RoomClient lateOnB = RoomClient.connect(b.port(), host.pass(), 0)) {
                assertThat(lateOnB.awaitKind("snapshot").path("data").path("opinionMap").path("map").path("groups"))
                        .hasSize(1);
            }
        }
    }

    @Test
    void aClientThatDropsFromNodeAResumesOnNodeBWithExactlyTheMissedEntries() {
        EventView event = a.fixture().openEvent();
        RoomDoor juan = a.fixture().attendee(event, "Juan");
        long seen;
        try (RoomClient sender = RoomClient.connect(a.port(), a.fixture().attendee(event, "Ama").pass(), 0)) {
            sender.awaitKind("snapshot");
            try (RoomClient onA = RoomClient.connect(a.port(), juan.pass(), 0)) {
                onA.awaitKind("snapshot");
                sender.answer(sender.send("chat.post", "\"text\":\"before the drop\""));
                onA.await(frame -> onA.logged("chat.posted").size() == 1);
                seen = onA.lastSeq();
            }
            for (int i = 1; i <= 3; i++) {
                sender.answer(sender.send("chat.post", "\"text\":\"while away " + i + "\""));
            }

            try (RoomClient onB = RoomClient.connect(b.port(), juan.pass(), seen)) {
                onB.awaitKind("resumed");
                sender.answer(sender.send("chat.post", "\"text\":\"after the move\""));
                onB.await(frame -> onB.logged("chat.posted").size() == 4);

                assertThat(onB.frames()).noneMatch(frame -> RoomClient.kind(frame).equals("snapshot"));
                assertThat(texts(onB)).containsExactly("while away 1", "while away 2", "while away 3",
                        "after the move");
                assertThat(onB.gaps()).isZero();
                assertThat(onB.duplicates()).isZero();
            }
        }
    }

    @Test
    void anEntryRedisLosesOnTheWayToNodeBIsReadFromTheLog() {
        EventView event = a.fixture().openEvent();
        try (RoomClient sender = RoomClient.connect(a.port(), a.fixture().attendee(event, "Ama").pass(), 0);
             RoomClient onB = RoomClient.connect(b.port(), a.fixture().attendee(event, "Juan").pass(), 0)) {
            sender.awaitKind("snapshot");
            onB.awaitKind("snapshot");

            sender.answer(sender.send("chat.post", "\"text\":\"one\""));
            onB.await(frame -> onB.logged("chat.posted").size() == 1);
            bOnRedis.dropNext(1);
            sender.answer(sender.send("chat.post", "\"text\":\"two (lost in the middle)\""));
            sender.answer(sender.send("chat.post", "\"text\":\"three\""));
            onB.await(frame -> onB.logged("chat.posted").size() == 3);

            bOnRedis.dropNext(1);
            int droppedBefore = bOnRedis.dropped();
            long sent = System.nanoTime();
            sender.answer(sender.send("chat.post", "\"text\":\"four (lost, and nothing after it)\""));
            onB.await(frame -> onB.logged("chat.posted").size() == 4);
            long millis = (System.nanoTime() - sent) / 1_000_000;

            assertThat(bOnRedis.dropped()).isEqualTo(droppedBefore + 1);
            assertThat(texts(onB)).containsExactly("one", "two (lost in the middle)", "three",
                    "four (lost, and nothing after it)");
            assertThat(onB.gaps()).isZero();
            assertThat(onB.duplicates()).isZero();
            // the hub compares with the log's last number once a second
            assertThat(millis).isLessThan(5_000);
        }
    }

    @Test
    void anEntryRedisBringsLateIsHandedOnInLogOrder() {
        EventView event = a.fixture().openEvent();
        try (RoomClient sender = RoomClient.connect(a.port(), a.fixture().attendee(event, "Ama").pass(), 0);
             RoomClient onB = RoomClient.connect(b.port(), a.fixture().attendee(event, "Juan").pass(), 0)) {
            sender.awaitKind("snapshot");
            onB.awaitKind("snapshot");

            bOnRedis.delayNext(700);
            sender.answer(sender.send("chat.post", "\"text\":\"first, but late\""));
            sender.answer(sender.send("chat.post", "\"text\":\"second\""));
            sender.answer(sender.send("chat.post", "\"text\":\"third\""));
            onB.await(frame -> onB.logged("chat.posted").size() == 3);

            assertThat(texts(onB)).containsExactly("first, but late", "second", "third");
            assertThat(onB.gaps()).isZero();
            assertThat(onB.duplicates()).isZero();
        }
    }

    private static List<String> texts(RoomClient client) {
        return client.logged("chat.posted").stream().map(RoomTwoNodeTests::text).toList();
    }

    private static String text(JsonNode frame) {
        return frame.path("data").path("text").asString();
    }
}
