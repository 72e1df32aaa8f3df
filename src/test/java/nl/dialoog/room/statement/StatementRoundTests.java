package nl.dialoog.room.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomClient;
import nl.dialoog.room.RoomDoor;
import nl.dialoog.room.RoomFixture;
import nl.dialoog.shared.Audit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatementRoundTests {

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Autowired
    Audit audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRoundReachesEveryoneAndItsHostSeesTheVotesInItLive() {
        EventView event = fixture.openEvent();
        RoomDoor amaDoor = fixture.attendee(event, "Ama");
        try (RoomClient host = connect(fixture.host(event))) {
            long first = seed(host, "Aid should follow local priorities");
            seed(host, "Evaluations should be public");
            long round;
            try (RoomClient ama = connect(amaDoor)) {
                // a vote before the round is not the round's
                ok(ama, "statement.vote", "\"id\":" + first + ",\"vote\":\"pass\"");
                JsonNode launched = ok(host, "statement.round.launch", "");
                round = launched.path("id").asLong();
                assertThat(launched.path("state").asString()).isEqualTo("RUNNING");

                JsonNode seen = roundFrame(ama, round, "RUNNING");
                assertThat(seen.has("votes")).as("attendees are not sent the count").isFalse();
                assertThat(seen.path("closesAt").isNull()).isTrue();
                assertThat(roundFrame(host, round, "RUNNING").path("votes").asInt()).isZero();

                assertThat(refusal(host, "statement.round.launch", "").path("code").asString())
                        .isEqualTo("room.statement.error.roundRunning");

                ok(ama, "statement.vote", "\"id\":" + first + ",\"vote\":\"agree\"");
                JsonNode tally = host.await(frame -> "statement.round.tally".equals(RoomClient.kind(frame))
                        && frame.path("data").path("votes").asInt() == 1);
                assertThat(tally.path("data").path("voters").asInt()).isOne();
                assertThat(tally.path("data").path("id").asLong()).isEqualTo(round);
            }
            // who comes (back) in while it runs finds it in the snapshot
            try (RoomClient ama = RoomClient.connect(port, amaDoor.pass(), 0)) {
                JsonNode statements = ama.awaitKind("snapshot").path("data").path("statements");
                assertThat(statements.path("round").path("id").asLong()).isEqualTo(round);
                assertThat(statements.path("round").has("votes")).isFalse();
                assertThat(statements.path("votes").path(String.valueOf(first)).asString()).isEqualTo("agree");
                assertThat(Instant.parse(statements.path("now").asString())).isBefore(Instant.now().plusSeconds(5));

                JsonNode closed = ok(host, "statement.round.close", "");
                assertThat(closed.path("state").asString()).isEqualTo("CLOSED");
                roundFrame(ama, round, "CLOSED");
                assertThat(roundFrame(host, round, "CLOSED").path("votes").asInt()).isOne();
                assertThat(refusal(host, "statement.round.close", "").path("code").asString())
                        .isEqualTo("room.statement.error.noRound");
            }
            try (RoomClient ama = RoomClient.connect(port, amaDoor.pass(), 0)) {
                assertThat(ama.awaitKind("snapshot").path("data").path("statements").path("round").isNull()).isTrue();
            }
            // a new round may follow the closed one
            assertThat(ok(host, "statement.round.launch", "").path("id").asLong()).isGreaterThan(round);
        }
        assertThat(audit.forSubject("event:" + event.id().value()))
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("room.statement.round.launched"))
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("room.statement.round.closed"));
    }

    @Test
    void aTimedRoundEndsByItselfAfterItsHostHasLeft() {
        EventView event = fixture.openEvent();
        try (RoomClient ama = connect(fixture.attendee(event, "Ama"))) {
            long round;
            Instant launchedAt = Instant.now();
            try (RoomClient host = connect(fixture.host(event))) {
                seed(host, "Trade matters more than aid");
                round = ok(host, "statement.round.launch", "\"seconds\":3").path("id").asLong();
            }
            JsonNode launched = roundFrame(ama, round, "RUNNING");
            Instant closesAt = Instant.parse(launched.path("closesAt").asString());
            assertThat(closesAt).isBetween(launchedAt.plusSeconds(2), Instant.now().plusSeconds(4));

            JsonNode closed = roundFrame(ama, round, "CLOSED");
            assertThat(closed.path("closesAt").isNull()).isTrue();
            OffsetDateTime closedAt = jdbc.sql("SELECT closed_at FROM room_statement_round WHERE id = :id")
                    .param("id", round).query(OffsetDateTime.class).single();
            assertThat(closedAt.toInstant()).isAfterOrEqualTo(closesAt);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM room_statement_round WHERE active_in IS NOT NULL AND id = :id")
                    .param("id", round).query(Long.class).single()).isZero();
        }
        assertThat(audit.forSubject("event:" + event.id().value()))
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("room.statement.round.closed");
                    assertThat(entry.actor()).isEqualTo("statement round timer");
                });
    }

    @Test
    void refusesATimeLimitThatIsNotAWholeNumberOfSecondsFromThreeToAnHourAndStartsNothing() {
        EventView event = fixture.openEvent();
        try (RoomClient host = connect(fixture.host(event))) {
            for (String seconds : List.of("0", "2", "-30", "3601", "1.5", "\"30\"", "true", "[30]", "99999999999")) {
                JsonNode refused = refusal(host, "statement.round.launch", "\"seconds\":" + seconds);
                assertThat(refused.path("code").asString()).as(seconds).isEqualTo("room.statement.error.timer");
                assertThat(refused.path("message").asString()).as(seconds)
                        .isEqualTo("A time limit is a whole number of seconds, from 3 to 3600.");
            }
            assertThat(rounds(event)).isZero();
            try (RoomClient dutch = RoomClient.connect(port, fixture.host(event).pass(), 0, "nl")) {
                dutch.awaitKind("snapshot");
                assertThat(refusal(dutch, "statement.round.launch", "\"seconds\":2").path("message").asString())
                        .isEqualTo("Een tijdslimiet is een geheel aantal seconden, van 3 tot 3600.");
            }
            long round = ok(host, "statement.round.launch", "\"seconds\":3600").path("id").asLong();
            Instant closesAt = Instant.parse(roundFrame(host, round, "RUNNING").path("closesAt").asString());
            assertThat(closesAt).isAfter(Instant.now().plusSeconds(3500));
        }
    }

    @Test
    void onlyStaffStartOrEndARound() {
        EventView event = fixture.openEvent();
        try (RoomClient host = connect(fixture.host(event));
             RoomClient ama = connect(fixture.attendee(event, "Ama"))) {
            for (String command : List.of("statement.round.launch", "statement.round.close")) {
                assertThat(refusal(ama, command, "").path("code").asString()).as(command)
                        .isEqualTo("room.error.notAllowed");
            }
            assertThat(rounds(event)).isZero();
            long round = ok(host, "statement.round.launch", "").path("id").asLong();
            assertThat(refusal(ama, "statement.round.close", "").path("code").asString())
                    .isEqualTo("room.error.notAllowed");
            assertThat(jdbc.sql("SELECT closed_at FROM room_statement_round WHERE id = :id").param("id", round)
                    .query(OffsetDateTime.class).optional()).isEmpty();
        }
    }

    private long rounds(EventView event) {
        return jdbc.sql("SELECT COUNT(*) FROM room_statement_round WHERE event_id = :id")
                .param("id", event.id().value()).query(Long.class).single();
    }

    private static long seed(RoomClient host, String text) {
        return ok(host, "statement.submit", "\"text\":\"" + text + "\"").path("id").asLong();
    }

    private static JsonNode roundFrame(RoomClient client, long id, String state) {
        return client.await(frame -> "statement.round".equals(RoomClient.kind(frame))
                && frame.path("data").path("id").asLong() == id
                && state.equals(frame.path("data").path("state").asString())).path("data");
    }

    private static JsonNode ok(RoomClient client, String type, String fields) {
        JsonNode answer = client.answer(client.send(type, fields));
        assertThat(RoomClient.kind(answer)).as(type + " answered " + answer).isEqualTo("ack");
        return answer.path("data").path("result");
    }

    private static JsonNode refusal(RoomClient client, String type, String fields) {
        JsonNode answer = client.answer(client.send(type, fields));
        assertThat(RoomClient.kind(answer)).as(type + " answered " + answer).isEqualTo("error");
        return answer.path("data");
    }

    private RoomClient connect(RoomDoor door) {
        RoomClient client = RoomClient.connect(port, door.pass(), 0);
        client.awaitKind("snapshot");
        return client;
    }
}
