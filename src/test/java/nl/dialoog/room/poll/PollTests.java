package nl.dialoog.room.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomClient;
import nl.dialoog.room.RoomDoor;
import nl.dialoog.room.RoomFixture;
import nl.dialoog.room.live.RoomSettings;
import nl.dialoog.shared.Audit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PollTests {

    private static final String DRAFT = """
            "question":"Which theme matters most?","options":["Funding","Evaluation","Partnerships"]""";

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Autowired
    RoomSettings settings;

    @Autowired
    Audit audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDraftStaysWithStaffUntilItIsLaunchedAndThenEveryoneHearsOfIt() {
        EventView event = fixture.openEvent();
        try (RoomClient host = connect(fixture.host(event));
             RoomClient ama = connect(fixture.attendee(event, "Ama"))) {

            JsonNode created = ok(host, "poll.create", DRAFT);
            long id = created.path("id").asLong();

            assertThat(poll(host, id).path("state").asString()).isEqualTo("DRAFT");
            ama.await(frame -> frame.path("seq").asLong() == created.path("seq").asLong());
            assertThat(ama.logged("poll")).isEmpty();
            try (RoomClient late = connect(fixture.attendee(event, "Late"))) {
                assertThat(late.frames().getFirst().path("data").path("polls").path("polls")).isEmpty();
            }
            assertThat(refusal(ama, "poll.vote", "\"id\":" + id + ",\"options\":[1]").path("code").asString())
                    .isEqualTo("room.poll.error.noSuchPoll");

            ok(host, "poll.launch", "\"id\":" + id);

            JsonNode launched = poll(ama, id);
            assertThat(launched.path("state").asString()).isEqualTo("ACTIVE");
            assertThat(launched.path("question").asString()).isEqualTo("Which theme matters most?");
            assertThat(launched.path("options")).extracting(option -> option.path("label").asString())
                    .containsExactly("Funding", "Evaluation", "Partnerships");
            assertThat(ama.gaps()).isZero();
        }
        assertThat(audit.forSubject("event:" + event.id().value())).extracting(Audit.Entry::action)
                .contains("room.poll.created", "room.poll.launched");
    }

    @Test
    void onlyOnePollRunsAtATime() {
        EventView event = fixture.openEvent();
        try (RoomClient host = connect(fixture.host(event))) {
            long first = ok(host, "poll.create", DRAFT).path("id").asLong();
            long second = ok(host, "poll.create", DRAFT).path("id").asLong();
            ok(host, "poll.launch", "\"id\":" + first);

            assertThat(refusal(host, "poll.launch", "\"id\":" + second).path("code").asString())
                    .isEqualTo("room.poll.error.otherActive");

            ok(host, "poll.close", "\"id\":" + first);
            ok(host, "poll.launch", "\"id\":" + second);
        }
    }

    @Test
    void everyoneVotesOnceAndFindsTheirBallotAgainAfterReconnecting() {
        EventView event = fixture.openEvent();
        RoomDoor amaDoor = fixture.attendee(event, "Ama");
        long id;
        long option;
        try (RoomClient host = connect(fixture.host(event));
             RoomClient ama = connect(amaDoor)) {
            id = launch(host, DRAFT);
            option = poll(ama, id).path("options").get(1).path("id").asLong();

            JsonNode vote = ok(ama, "poll.vote", "\"id\":" + id + ",\"options\":[" + option + "]");
            assertThat(vote.path("options")).extracting(JsonNode::asLong).containsExactly(option);
            JsonNode again = refusal(ama, "poll.vote", "\"id\":" + id + ",\"options\":[" + option + "]");
            assertThat(again.path("code").asString()).isEqualTo("room.poll.error.alreadyVoted");
            assertThat(again.path("message").asString()).contains("already voted");
        }
        try (RoomClient back = connect(amaDoor)) {
            JsonNode polls = back.frames().getFirst().path("data").path("polls");
            assertThat(polls.path("mine").path(String.valueOf(id))).extracting(JsonNode::asLong)
                    .containsExactly(option);
            assertThat(polls.path("polls").get(0).path("ballots").asInt()).isOne();
        }
    }

    @Test
    void aConcurrentDoubleVoteLeavesOneBallot() {
        EventView event = fixture.openEvent();
        RoomDoor ama = fixture.attendee(event, "Ama");
        long id;
        long option;
        try (RoomClient host = connect(fixture.host(event))) {
            id = launch(host, DRAFT);
            option = poll(host, id).path("options").get(0).path("id").asLong();
        }
        List<RoomClient> tabs = new ArrayList<>();
        int acks = 0;
        try {
            // as many windows as one person may have open at once (the room refuses more)
            for (int i = 0; i < settings.socketsPerPerson(); i++) {
                tabs.add(connect(ama));
            }
            // every tab is its own connection, handled on its own thread: the votes race on the server
            List<String> refs = tabs.stream()
                    .map(tab -> tab.send("poll.vote", "\"id\":" + id + ",\"options\":[" + option + "]"))
                    .toList();
            for (int i = 0; i < tabs.size(); i++) {
                JsonNode answer = tabs.get(i).answer(refs.get(i));
                if (RoomClient.kind(answer).equals("ack")) {
                    acks++;
                } else {
                    assertThat(answer.path("data").path("code").asString())
                            .isEqualTo("room.poll.error.alreadyVoted");
                }
            }
        } finally {
            tabs.forEach(RoomClient::close);
        }

        assertThat(acks).isOne();
        assertThat(count("SELECT COUNT(*) FROM room_poll_ballot WHERE poll_id = :id", id)).isOne();
        assertThat(count("SELECT COUNT(*) FROM room_poll_choice WHERE poll_id = :id", id)).isOne();
        assertThat(count("SELECT ballots FROM room_poll WHERE id = :id", id)).isOne();
    }

    @Test
    void resultsStayHiddenFromParticipantsUntilTheModeratorRevealsThem() {
        EventView event = fixture.openEvent();
        try (RoomClient host = connect(fixture.host(event));
             RoomClient ama = connect(fixture.attendee(event, "Ama"));
             RoomClient juan = connect(fixture.attendee(event, "Juan"))) {
            long id = launch(host, DRAFT);
            long funding = poll(ama, id).path("options").get(0).path("id").asLong();

            ok(ama, "poll.vote", "\"id\":" + id + ",\"options\":[" + funding + "]");
            ok(juan, "poll.vote", "\"id\":" + id + ",\"options\":[" + funding + "]");

            JsonNode staffTally = host.await(frame -> "poll.tally".equals(RoomClient.kind(frame))
                    && frame.path("data").path("ballots").asInt() == 2 && frame.path("data").has("options"));
            assertThat(staffTally.path("data").path("options").get(0).path("votes").asInt()).isEqualTo(2);
            JsonNode publicTally = juan.await(frame -> "poll.tally".equals(RoomClient.kind(frame))
                    && frame.path("data").path("ballots").asInt() == 2);
            assertThat(publicTally.path("data").has("options")).isFalse();
            try (RoomClient late = connect(fixture.attendee(event, "Late"))) {
                JsonNode seen = late.frames().getFirst().path("data").path("polls").path("polls").get(0);
                assertThat(seen.path("ballots").asInt()).isEqualTo(2);
                assertThat(seen.path("options").get(0).has("votes")).isFalse();
            }
            assertThat(ama.frames()).noneMatch(PollTests::carriesResults);
            assertThat(juan.frames()).noneMatch(PollTests::carriesResults);

            ok(host, "poll.reveal", "\"id\":" + id);

            JsonNode revealed = juan.await(frame -> "poll".equals(RoomClient.kind(frame))
                    && frame.path("data").path("revealed").asBoolean(false));
            assertThat(revealed.path("data").path("options")).extracting(option -> option.path("votes").asInt())
                    .containsExactly(2, 0, 0);
        }
    }

    @Test
    void aClosedPollStaysReadableWithItsRevealedResults() {
        EventView event = fixture.openEvent();
        try (RoomClient host = connect(fixture.host(event));
             RoomClient ama = connect(fixture.attendee(event, "Ama"))) {
            long id = launch(host, """
                    "question":"Which regions?","multiple":true,"options":["Africa","Asia","Latin America"]""");
            JsonNode options = poll(ama, id).path("options");
            ok(ama, "poll.vote", "\"id\":" + id + ",\"options\":[" + options.get(0).path("id").asLong() + ","
                    + options.get(2).path("id").asLong() + "]");
            ok(host, "poll.close", "\"id\":" + id);
            ok(host, "poll.reveal", "\"id\":" + id);

            assertThat(refusal(ama, "poll.vote", "\"id\":" + id + ",\"options\":["
                    + options.get(1).path("id").asLong() + "]").path("code").asString())
                    .isEqualTo("room.poll.error.notActive");
        }
        try (RoomClient late = connect(fixture.attendee(event, "Late"))) {
            JsonNode poll = late.frames().getFirst().path("data").path("polls").path("polls").get(0);
            assertThat(poll.path("state").asString()).isEqualTo("CLOSED");
            assertThat(poll.path("ballots").asInt()).isOne();
            assertThat(poll.path("options")).extracting(option -> option.path("votes").asInt())
                    .containsExactly(1, 0, 1);
        }
    }

    @Test
    void refusesUnknownOptionsSeveralChoicesInASingleChoicePollAndBadInputAndChangesNothing() {
        EventView event = fixture.openEvent();
        try (RoomClient host = connect(fixture.host(event));
             RoomClient ama = connect(fixture.attendee(event, "Ama"))) {
            long id = launch(host, DRAFT);
            JsonNode options = poll(ama, id).path("options");
            long first = options.get(0).path("id").asLong();
            long second = options.get(1).path("id").asLong();

            JsonNode unknown = refusal(ama, "poll.vote", "\"id\":" + id + ",\"options\":[" + (second + 1000) + "]");
            JsonNode several = refusal(ama, "poll.vote", "\"id\":" + id + ",\"options\":[" + first + "," + second + "]");
            JsonNode none = refusal(ama, "poll.vote", "\"id\":" + id + ",\"options\":[]");
            JsonNode text = refusal(ama, "poll.vote", "\"id\":" + id + ",\"options\":\"" + first + "\"");
            JsonNode garbage = refusal(ama, "poll.vote", "\"id\":" + id + ",\"options\":[\"x\"]");
            JsonNode noPoll = refusal(ama, "poll.vote", "\"id\":\"nope\",\"options\":[" + first + "]");

            assertThat(unknown.path("code").asString()).isEqualTo("room.poll.error.unknownOption");
            assertThat(unknown.path("message").asString()).isEqualTo("That option is not part of this poll.");
            assertThat(several.path("code").asString()).isEqualTo("room.poll.error.oneChoice");
            assertThat(none.path("code").asString()).isEqualTo("room.poll.error.noChoice");
            assertThat(text.path("code").asString()).isEqualTo("room.poll.error.noChoice");
            assertThat(garbage.path("code").asString()).isEqualTo("room.poll.error.unknownOption");
            assertThat(noPoll.path("code").asString()).isEqualTo("room.poll.error.noSuchPoll");
            assertThat(count("SELECT COUNT(*) FROM room_poll_ballot WHERE poll_id = :id", id)).isZero();
            assertThat(count("SELECT ballots FROM room_poll WHERE id = :id", id)).isZero();

            JsonNode badDraft = refusal(host, "poll.create", "\"question\":\"Only one?\",\"options\":[\"Yes\"]");
            assertThat(badDraft.path("message").asString()).contains("2").contains("10");
        }
    }

    @Test
    void participantsCannotPrepareLaunchOrClosePolls() {
        EventView event = fixture.openEvent();
        try (RoomClient host = connect(fixture.host(event));
             RoomClient ama = connect(fixture.attendee(event, "Ama"))) {
            long id = ok(host, "poll.create", DRAFT).path("id").asLong();
            for (String command : List.of("poll.create", "poll.launch", "poll.reveal", "poll.close", "poll.delete")) {
                assertThat(refusal(ama, command, "\"id\":" + id + "," + DRAFT).path("code").asString())
                        .isEqualTo("room.error.notAllowed");
            }
            assertThat(count("SELECT COUNT(*) FROM room_poll WHERE event_id = :id", event.id().value())).isOne();
        }
    }

    @Test
    void aPollLaunchedWithATimeLimitClosesByItselfAfterItsModeratorHasLeft() {
        EventView event = fixture.openEvent();
        try (RoomClient ama = connect(fixture.attendee(event, "Ama"))) {
            long id;
            Instant launchedAt = Instant.now();
            try (RoomClient host = connect(fixture.host(event))) {
                id = ok(host, "poll.create", DRAFT).path("id").asLong();
                ok(host, "poll.launch", "\"id\":" + id + ",\"seconds\":3");
            }
            JsonNode launched = poll(ama, id);
            Instant closesAt = Instant.parse(launched.path("closesAt").asString());
            assertThat(closesAt).isBetween(launchedAt.plusSeconds(2), Instant.now().plusSeconds(4));

            JsonNode closed = ama.await(frame -> "poll".equals(RoomClient.kind(frame))
                    && frame.path("data").path("id").asLong() == id
                    && "CLOSED".equals(frame.path("data").path("state").asString()));
            assertThat(closed.path("data").path("closesAt").isNull()).isTrue();
            assertThat(jdbc.sql("SELECT state FROM room_poll WHERE id = :id").param("id", id).query(String.class)
                    .single()).isEqualTo("CLOSED");
            assertThat(jdbc.sql("SELECT closed_at FROM room_poll WHERE id = :id").param("id", id)
                    .query(java.time.OffsetDateTime.class).single().toInstant()).isAfterOrEqualTo(closesAt);
            assertThat(refusal(ama, "poll.vote", "\"id\":" + id + ",\"options\":["
                    + launched.path("options").get(0).path("id").asLong() + "]").path("code").asString())
                    .isEqualTo("room.poll.error.notActive");
        }
        assertThat(audit.forSubject("event:" + event.id().value()))
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("room.poll.closed");
                    assertThat(entry.actor()).isEqualTo("poll timer");
                });
    }

    @Test
    void refusesATimeLimitThatIsNotAWholeNumberOfSecondsFromThreeToAnHour() {
        EventView event = fixture.openEvent();
        try (RoomClient host = connect(fixture.host(event))) {
            long id = ok(host, "poll.create", DRAFT).path("id").asLong();
            for (String seconds : List.of("0", "2", "-30", "3601", "1.5", "\"30\"", "true", "[30]", "99999999999")) {
                JsonNode refused = refusal(host, "poll.launch", "\"id\":" + id + ",\"seconds\":" + seconds);
                assertThat(refused.path("code").asString()).as(seconds).isEqualTo("room.poll.error.timer");
                assertThat(refused.path("message").asString()).as(seconds)
                        .isEqualTo("A time limit is a whole number of seconds, from 3 to 3600.");
            }
            assertThat(count("SELECT COUNT(*) FROM room_poll WHERE event_id = :id AND state = 'DRAFT'",
                    event.id().value())).isOne();

            JsonNode untimed = ok(host, "poll.launch", "\"id\":" + id + ",\"seconds\":null");
            assertThat(untimed.path("state").asString()).isEqualTo("ACTIVE");
            assertThat(host.await(frame -> "poll".equals(RoomClient.kind(frame))
                    && frame.path("data").path("id").asLong() == id
                    && "ACTIVE".equals(frame.path("data").path("state").asString()))
                    .path("data").path("closesAt").isNull()).isTrue();
        }
    }

    /** Whether a frame shows votes per option of a poll. */
    private static boolean carriesResults(JsonNode frame) {
        String kind = RoomClient.kind(frame);
        JsonNode data = frame.path("data");
        if (kind.equals("snapshot")) {
            data = data.path("polls").path("polls");
            for (JsonNode poll : data) {
                if (poll.path("options").toString().contains("\"votes\"")) {
                    return true;
                }
            }
            return false;
        }
        return (kind.equals("poll") || kind.equals("poll.tally")) && data.path("options").toString()
                .contains("\"votes\"");
    }

    private long launch(RoomClient host, String draft) {
        long id = ok(host, "poll.create", draft).path("id").asLong();
        ok(host, "poll.launch", "\"id\":" + id);
        return id;
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    /** The first view of a poll that reached the client in a {@code poll} frame. */
    private static JsonNode poll(RoomClient client, long id) {
        return client.await(frame -> "poll".equals(RoomClient.kind(frame))
                && frame.path("data").path("id").asLong() == id).path("data");
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
