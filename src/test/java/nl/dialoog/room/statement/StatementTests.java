package nl.dialoog.room.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomClient;
import nl.dialoog.room.RoomDoor;
import nl.dialoog.room.RoomFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatementTests {

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Autowired
    StatementStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aProposedStatementIsSeenOnlyByStaffUntilAModeratorAcceptsIt() {
        EventView event = fixture.openEvent();
        try (RoomClient host = connect(fixture.host(event));
             RoomClient author = connect(fixture.attendee(event, "Ama"));
             RoomClient reader = connect(fixture.attendee(event, "Juan"))) {
            JsonNode submitted = ok(author, "statement.submit", "\"text\":\"  Evaluations should   be public \"");
            assertThat(submitted.path("status").asString()).isEqualTo("PENDING");
            long id = submitted.path("id").asLong();

            JsonNode pending = host.await(frame -> isStatement(frame, id, "PENDING")).path("data");
            assertThat(pending.path("text").asString()).isEqualTo("Evaluations should be public");
            assertThat(pending.path("author").path("name").asString()).isEqualTo("Ama");
            try (RoomClient late = connect(fixture.attendee(event, "Late"))) {
                assertThat(late.frames().getFirst().path("data").path("statements").path("items")).isEmpty();
            }

            ok(host, "statement.accept", "\"id\":" + id);

            JsonNode accepted = reader.await(frame -> isStatement(frame, id, "ACCEPTED")).path("data");
            assertThat(accepted.has("author")).as("participants do not see who proposed it").isFalse();
            assertThat(reader.logged("statement")).noneMatch(frame -> frame.path("data").path("status")
                    .asString().equals("PENDING"));
            try (RoomClient late = connect(fixture.attendee(event, "Later"))) {
                assertThat(late.frames().getFirst().path("data").path("statements").path("items"))
                        .singleElement().satisfies(item -> assertThat(item.path("id").asLong()).isEqualTo(id));
            }
        }
    }

    @Test
    void staffSeedStatementsOpenAtOnceAndCanTakeThemOffEveryonesList() {
        EventView event = fixture.openEvent();
        try (RoomClient host = connect(fixture.host(event));
             RoomClient reader = connect(fixture.attendee(event, "Juan"))) {
            long id = ok(host, "statement.submit", "\"text\":\"Aid should follow local priorities\"").path("id")
                    .asLong();
            reader.await(frame -> isStatement(frame, id, "ACCEPTED"));

            ok(host, "statement.reject", "\"id\":" + id);

            JsonNode removed = reader.await(frame -> isStatement(frame, id, "REJECTED")).path("data");
            assertThat(removed.has("text")).isFalse();
            assertThat(code(reader, "statement.vote", "\"id\":" + id + ",\"vote\":\"agree\""))
                    .isEqualTo("room.statement.error.noSuchStatement");
        }
    }

    @Test
    void withoutPremoderationAParticipantsStatementOpensAtOnce() {
        EventView event = fixture.openEvent();
        try (RoomClient host = connect(fixture.host(event));
             RoomClient author = connect(fixture.attendee(event, "Ama"))) {
            ok(host, "moderation.settings", "\"statementsPremoderated\":false");
            author.await(frame -> "room.settings".equals(RoomClient.kind(frame)));

            JsonNode submitted = ok(author, "statement.submit", "\"text\":\"Women must be heard in every plan\"");

            assertThat(submitted.path("status").asString()).isEqualTo("ACCEPTED");
            author.await(frame -> isStatement(frame, submitted.path("id").asLong(), "ACCEPTED"));
        }
    }

    @Test
    void aVoteIsStoredOncePerPersonAChangedVoteReplacesItAndNobodyElseGetsAFrame() {
        EventView event = fixture.openEvent();
        RoomDoor ama = fixture.attendee(event, "Ama");
        try (RoomClient host = connect(fixture.host(event)); RoomClient voter = connect(ama);
             RoomClient other = connect(fixture.attendee(event, "Juan"))) {
            long id = ok(host, "statement.submit", "\"text\":\"Trade matters more than aid\"").path("id").asLong();
            other.await(frame -> isStatement(frame, id, "ACCEPTED"));
            int framesBefore = other.frames().size();

            ok(voter, "statement.vote", "\"id\":" + id + ",\"vote\":\"agree\"");
            ok(voter, "statement.vote", "\"id\":" + id + ",\"vote\":\"DISAGREE\"");

            JsonNode counts = ok(host, "statement.counts", "").path("counts");
            assertThat(counts).singleElement().satisfies(count -> {
                assertThat(count.path("agree").asInt()).isZero();
                assertThat(count.path("disagree").asInt()).isEqualTo(1);
            });
            assertThat(other.frames().stream().skip(framesBefore)).noneMatch(frame -> frame.has("seq"));
            try (RoomClient back = connect(ama)) {
                assertThat(back.frames().getFirst().path("data").path("statements").path("votes")
                        .path(String.valueOf(id)).asString()).isEqualTo("disagree");
            }
        }
    }

    @Test
    void concurrentVotesOfOnePersonLeaveOneRowWithTheLastChoice() throws Exception {
        EventView event = fixture.openEvent();
        RoomDoor ama = fixture.attendee(event, "Ama");
        long id;
        try (RoomClient host = connect(fixture.host(event))) {
            id = ok(host, "statement.submit", "\"text\":\"Consensus is possible\"").path("id").asLong();
        }
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 5; round++) {
                CyclicBarrier start = new CyclicBarrier(threads);
                List<Future<?>> votes = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    Vote vote = Vote.values()[t % 3];
                    votes.add(pool.submit(() -> {
                        start.await();
                        transactions.executeWithoutResult(status -> store.vote(event.id().value(), id,
                                ama.participantId(), vote, Instant.now()));
                        return null;
                    }));
                }
                for (Future<?> vote : votes) {
                    vote.get();
                }
                assertThat(jdbc.sql("""
                                SELECT COUNT(*) FROM room_statement_vote
                                WHERE statement_id = :s AND participant_id = :p""")
                        .param("s", id).param("p", ama.participantId()).query(Integer.class).single())
                        .isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesEmptyLongRepeatedAndHastyStatementsAndVotesOnNothing() {
        EventView event = fixture.openEvent();
        try (RoomClient attendee = connect(fixture.attendee(event, "Ama"));
             RoomClient other = connect(fixture.attendee(event, "Juan"))) {
            assertThat(code(attendee, "statement.submit", "\"text\":\"   \"")).isEqualTo("room.statement.error.empty");
            JsonNode tooLong = attendee.answer(attendee.send("statement.submit", "\"text\":\"" + "x".repeat(141)
                    + "\""));
            assertThat(tooLong.path("data").path("message").asString()).contains("140");
            ok(attendee, "statement.submit", "\"text\":\"Local NGOs know best\"");
            assertThat(code(attendee, "statement.submit", "\"text\":\"Another one right away\""))
                    .isEqualTo("room.statement.error.tooSoon");
            assertThat(code(other, "statement.submit", "\"text\":\"local ngos know BEST\""))
                    .isEqualTo("room.statement.error.duplicate");
            assertThat(code(other, "statement.vote", "\"id\":999999999,\"vote\":\"agree\""))
                    .isEqualTo("room.statement.error.noSuchStatement");
            assertThat(code(other, "statement.vote", "\"id\":1,\"vote\":\"maybe\""))
                    .isEqualTo("room.statement.error.badVote");
        }
    }

    private static boolean isStatement(JsonNode frame, long id, String status) {
        return "statement".equals(RoomClient.kind(frame)) && frame.path("data").path("id").asLong() == id
                && status.equals(frame.path("data").path("status").asString());
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
