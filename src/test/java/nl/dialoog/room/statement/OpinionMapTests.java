package nl.dialoog.room.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.dialoog.event.EventView;
import nl.dialoog.room.OpinionMap;
import nl.dialoog.room.RoomClient;
import nl.dialoog.room.RoomDoor;
import nl.dialoog.room.RoomFixture;
import nl.dialoog.room.Rooms;
import nl.dialoog.room.StatementVotes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpinionMapTests {

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Autowired
    Rooms rooms;

    @Autowired
    JdbcClient jdbc;

    @Test
    void staffGetEachMapAndEveryoneElseOnlyWhileTheHostSharesIt() {
        EventView event = fixture.openEvent();
        RoomDoor ama = fixture.attendee(event, "Ama");
        try (RoomClient host = connect(fixture.host(event)); RoomClient attendee = connect(ama)) {
            rooms.showOpinionMap(map(event, List.of(ama.participantId(), 7001L, 7002L), "Trade before aid"));

            JsonNode staffMap = host.awaitKind("opinionMap").path("data");
            assertThat(staffMap.path("groups")).hasSize(2);
            assertThat(staffMap.path("groups").get(0).path("label").asString()).isEqualTo("A");
            assertThat(staffMap.path("consensus").get(0).path("text").asString()).isEqualTo("Trade before aid");
            assertThat(nothingArrivesBefore(host, attendee, "opinionMap")).isTrue();

            assertThat(code(attendee, "opinionMap.share", "\"shared\":true")).isEqualTo("room.error.notAllowed");
            ok(host, "opinionMap.share", "\"shared\":true");

            assertThat(attendee.awaitKind("opinionMap.shared").path("data").path("shared").asBoolean()).isTrue();
            JsonNode shared = attendee.awaitKind("opinionMap").path("data");
            assertThat(shared).isEqualTo(staffMap);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'room.opinionMap.shared' "
                    + "AND subject = :subject").param("subject", "event:" + event.id().value())
                    .query(Integer.class).single()).isEqualTo(1);

            ok(host, "opinionMap.share", "\"shared\":false");
            attendee.await(frame -> "opinionMap.shared".equals(RoomClient.kind(frame))
                    && !frame.path("data").path("shared").asBoolean());
            int maps = attendee.frames().stream().filter(frame -> "opinionMap".equals(RoomClient.kind(frame)))
                    .toList().size();
            rooms.showOpinionMap(map(event, List.of(ama.participantId(), 7001L, 7002L), "Aid before trade"));
            host.await(frame -> "opinionMap".equals(RoomClient.kind(frame)) && frame.path("data")
                    .path("consensus").get(0).path("text").asString().equals("Aid before trade"));
            assertThat(nothingArrivesBefore(host, attendee, "opinionMap", maps)).isTrue();
        }
    }

    @Test
    void theMapFrameSaysNothingAboutWhoIsWhere() {
        EventView event = fixture.openEvent();
        RoomDoor ama = fixture.attendee(event, "Ama");
        try (RoomClient host = connect(fixture.host(event)); RoomClient attendee = connect(ama)) {
            ok(host, "opinionMap.share", "\"shared\":true");
            rooms.showOpinionMap(map(event, List.of(ama.participantId(), 987_654_321L, 987_654_322L), "Local first"));

            JsonNode frame = attendee.awaitKind("opinionMap");

            assertThat(frame.toString()).doesNotContain("person", "987654321", "987654322", "Ama");
            JsonNode groupA = frame.path("data").path("groups").get(0);
            assertThat(groupA.path("size").asInt()).isEqualTo(2);
            assertThat(groupA.path("points")).as("x, y, count of each spot").allSatisfy(value -> {
                assertThat(value.asInt()).isBetween(0, 100);
            });
            assertThat(frame.path("data").path("others")).hasSize(3);
            assertThat(frame.path("data").path("others").get(2).asInt()).isEqualTo(1);
        }
    }

    @Test
    void aLateJoinerFindsTheLatestMapInTheSnapshotIfTheyMaySeeIt() {
        EventView event = fixture.openEvent();
        RoomDoor ama = fixture.attendee(event, "Ama");
        try (RoomClient host = connect(fixture.host(event))) {
            rooms.showOpinionMap(map(event, List.of(ama.participantId(), 7001L, 7002L), "First map"));
            rooms.showOpinionMap(map(event, List.of(ama.participantId(), 7001L, 7002L), "Latest map"));
            host.await(frame -> "opinionMap".equals(RoomClient.kind(frame)) && frame.path("data")
                    .path("consensus").get(0).path("text").asString().equals("Latest map"));

            try (RoomClient lateHost = connect(fixture.host(event)); RoomClient lateAttendee = connect(ama)) {
                assertThat(snapshotMap(lateHost).path("map").path("consensus").get(0).path("text").asString())
                        .isEqualTo("Latest map");
                assertThat(snapshotMap(lateAttendee).path("shared").asBoolean()).isFalse();
                assertThat(snapshotMap(lateAttendee).path("map").isNull()).isTrue();
            }
            ok(host, "opinionMap.share", "\"shared\":true");
            try (RoomClient lateAttendee = connect(fixture.attendee(event, "Juan"))) {
                assertThat(snapshotMap(lateAttendee).path("shared").asBoolean()).isTrue();
                assertThat(snapshotMap(lateAttendee).path("map").path("consensus").get(0).path("text").asString())
                        .isEqualTo("Latest map");
            }
        }
    }

    @Test
    void statementVotesHoldTheAcceptedStatementsAndEachPersonsLatestVote() {
        EventView event = fixture.openEvent();
        RoomDoor ama = fixture.attendee(event, "Ama");
        RoomDoor juan = fixture.attendee(event, "Juan");
        try (RoomClient host = connect(fixture.host(event)); RoomClient amaClient = connect(ama);
             RoomClient juanClient = connect(juan)) {
            long trade = ok(host, "statement.submit", "\"text\":\"Trade matters more than aid\"").path("id").asLong();
            long local = ok(host, "statement.submit", "\"text\":\"Local NGOs know best\"").path("id").asLong();
            long dropped = ok(host, "statement.submit", "\"text\":\"This one goes\"").path("id").asLong();
            ok(juanClient, "statement.submit", "\"text\":\"Still pending\"");
            ok(amaClient, "statement.vote", "\"id\":" + trade + ",\"vote\":\"agree\"");
            ok(amaClient, "statement.vote", "\"id\":" + trade + ",\"vote\":\"disagree\"");
            ok(amaClient, "statement.vote", "\"id\":" + dropped + ",\"vote\":\"agree\"");
            ok(juanClient, "statement.vote", "\"id\":" + local + ",\"vote\":\"pass\"");
            ok(juanClient, "statement.vote", "\"id\":" + trade + ",\"vote\":\"agree\"");
            ok(host, "statement.reject", "\"id\":" + dropped);

            StatementVotes votes = rooms.statementVotes(event.id());

            assertThat(votes.statements()).containsExactly(
                    new StatementVotes.Statement(trade, "Trade matters more than aid"),
                    new StatementVotes.Statement(local, "Local NGOs know best"));
            assertThat(votes.votes()).containsExactlyInAnyOrder(
                    new StatementVotes.Vote(ama.participantId(), trade, -1),
                    new StatementVotes.Vote(juan.participantId(), local, 0),
                    new StatementVotes.Vote(juan.participantId(), trade, 1));
        }
    }

    @Test
    void roomsWithVotesSinceFindsARoomOnceSomeoneVotesThereAndNotBefore() throws InterruptedException {
        EventView event = fixture.openEvent();
        try (RoomClient host = connect(fixture.host(event)); RoomClient ama = connect(fixture.attendee(event, "Ama"))) {
            long id = ok(host, "statement.submit", "\"text\":\"Consensus is possible\"").path("id").asLong();
            Instant before = Instant.now();
            assertThat(rooms.roomsWithVotesSince(before)).doesNotContain(event.id());

            ok(ama, "statement.vote", "\"id\":" + id + ",\"vote\":\"agree\"");

            assertThat(rooms.roomsWithVotesSince(before)).contains(event.id());
            Thread.sleep(5);
            assertThat(rooms.roomsWithVotesSince(Instant.now())).doesNotContain(event.id());
        }
    }

    /**
     * Three voters placed far apart: the first two in group A and B, everyone after them not yet in a group;
     * group A holds two people on one spot. {@code consensus} names the one consensus statement, so that tests
     * can tell maps apart.
     */
    private static OpinionMap map(EventView event, List<Long> people, String consensus) {
        List<OpinionMap.Point> points = new ArrayList<>();
        points.add(new OpinionMap.Point(people.get(0), -1.0, 0.5, 0));
        points.add(new OpinionMap.Point(people.get(0) + 100_000, -1.0, 0.5, 0));
        points.add(new OpinionMap.Point(people.get(1), 1.0, -0.5, 1));
        points.add(new OpinionMap.Point(people.get(2), 0.2, 0.1, null));
        OpinionMap.StatementNote note = new OpinionMap.StatementNote(1, consensus, 90, 5, true);
        return new OpinionMap(event.id().value(), points,
                List.of(new OpinionMap.Group(0, 2, List.of(new OpinionMap.StatementNote(2, "Aid works", 100, 0, true))),
                        new OpinionMap.Group(1, 1, List.of(new OpinionMap.StatementNote(2, "Aid works", 0, 100, false)))),
                List.of(note), List.of(new OpinionMap.StatementNote(2, "Aid works", 60, 40, true)), 4, Instant.now());
    }

    /**
     * True when {@code other} has no more than {@code before} frames of the kind once a frame for everyone sent
     * after them has reached it: frames reach a client in the order the room sends them.
     */
    private static boolean nothingArrivesBefore(RoomClient host, RoomClient other, String kind, int before) {
        long marker = ok(host, "chat.post", "\"text\":\"marker " + System.nanoTime() + "\"").path("seq").asLong();
        other.await(frame -> frame.path("seq").asLong() >= marker);
        return other.frames().stream().filter(frame -> kind.equals(RoomClient.kind(frame))).count() == before;
    }

    private static boolean nothingArrivesBefore(RoomClient host, RoomClient other, String kind) {
        return nothingArrivesBefore(host, other, kind, 0);
    }

    private static JsonNode snapshotMap(RoomClient client) {
        return client.frames().getFirst().path("data").path("opinionMap");
    }

    private RoomClient connect(RoomDoor door) {
        RoomClient client = RoomClient.connect(port, door.pass(), 0);
        client.awaitKind("snapshot");
        return client;
    }

    private static JsonNode ok(RoomClient client, String type, String fields) {
        JsonNode answer = client.answer(client.send(type, fields));
        assertThat(RoomClient.kind(answer)).as(type + " " + answer).isEqualTo("ack");
        return answer.path("data").path("result");
    }

    private static String code(RoomClient client, String type, String fields) {
        return client.answer(client.send(type, fields)).path("data").path("code").asString();
    }
}
