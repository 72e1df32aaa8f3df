package nl.dialoog.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.dialoog.event.EventView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The room's record is exactly what was said and voted in it, in order, through the room's own commands. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoomRecordTests {

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Autowired
    Rooms rooms;

    @Test
    void recordsTheChatWithoutDeletedMessagesQuestionsWithUpvotesLaunchedPollsAndStatementVotes() {
        EventView event = fixture.openEvent();
        RoomDoor hostDoor = fixture.host(event);
        RoomDoor amaDoor = fixture.attendee(event, "Ama");
        RoomDoor juanDoor = fixture.attendee(event, "Juan");
        RoomDoor kofiDoor = fixture.attendee(event, "Kofi");
        long first;
        long reply;
        long question;
        long poll;
        long statement;
        try (RoomClient host = connect(hostDoor); RoomClient ama = connect(amaDoor);
             RoomClient juan = connect(juanDoor); RoomClient kofi = connect(kofiDoor)) {
            first = ok(ama, "chat.post", "\"text\":\"Hello from Accra\"").path("id").asLong();
            long deleted = ok(juan, "chat.post", "\"text\":\"wrong room, sorry\"").path("id").asLong();
            reply = ok(juan, "chat.post", "\"text\":\"Saludos desde La Paz\",\"replyTo\":" + first).path("id")
                    .asLong();
            ok(juan, "chat.delete", "\"id\":" + deleted);

            question = ok(ama, "qa.ask", "\"text\":\"Who decides the budget?\",\"anonymous\":false").path("id")
                    .asLong();
            ok(juan, "qa.vote", "\"id\":" + question + ",\"up\":true");
            ok(kofi, "qa.vote", "\"id\":" + question + ",\"up\":true");
            ok(host, "qa.answer", "\"id\":" + question + ",\"live\":true");

            ok(host, "poll.create", "\"question\":\"Never launched\",\"options\":[\"A\",\"B\"]");
            poll = ok(host, "poll.create", "\"question\":\"Which theme matters most?\","
                    + "\"options\":[\"Funding\",\"Evaluation\",\"Partnerships\"]").path("id").asLong();
            ok(host, "poll.launch", "\"id\":" + poll);
            JsonNode options = launched(ama, poll).path("options");
            long funding = options.get(0).path("id").asLong();
            long partnerships = options.get(2).path("id").asLong();
            ok(ama, "poll.vote", "\"id\":" + poll + ",\"options\":[" + funding + "]");
            ok(juan, "poll.vote", "\"id\":" + poll + ",\"options\":[" + funding + "]");
            ok(kofi, "poll.vote", "\"id\":" + poll + ",\"options\":[" + partnerships + "]");
            ok(host, "poll.close", "\"id\":" + poll);

            statement = ok(host, "statement.submit", "\"text\":\"Aid should follow local priorities\"").path("id")
                    .asLong();
            ok(ama, "statement.vote", "\"id\":" + statement + ",\"vote\":\"agree\"");
            ok(juan, "statement.vote", "\"id\":" + statement + ",\"vote\":\"disagree\"");
            ok(kofi, "statement.vote", "\"id\":" + statement + ",\"vote\":\"pass\"");
        }

        RoomRecord record = rooms.record(event.id());

        assertThat(record.eventId()).isEqualTo(event.id().value());
        assertThat(record.people()).extracting(RoomRecord.Person::displayName)
                .containsExactly(fixture.organiser().displayName(), "Ama", "Juan", "Kofi");
        assertThat(record.people().getFirst().role()).isEqualTo(RoomRole.HOST);
        assertThat(record.people().getFirst().registrationId()).isNull();
        assertThat(record.people().get(1).registrationId()).isNotNull();
        assertThat(record.visits()).extracting(RoomRecord.Visit::personId).containsExactlyInAnyOrder(
                hostDoor.participantId(), amaDoor.participantId(), juanDoor.participantId(),
                kofiDoor.participantId());
        assertThat(record.visits()).allSatisfy(visit -> assertThat(visit.leftAt()).isAfterOrEqualTo(visit.joinedAt()));

        assertThat(record.chat()).extracting(RoomRecord.Chat::id).containsExactly(first, reply);
        assertThat(record.chat().get(1).replyTo()).isEqualTo(first);
        assertThat(record.chat().get(1).body()).isEqualTo("Saludos desde La Paz");
        assertThat(record.chat().get(1).personId()).isEqualTo(juanDoor.participantId());

        assertThat(record.questions()).singleElement().satisfies(asked -> {
            assertThat(asked.id()).isEqualTo(question);
            assertThat(asked.personId()).isEqualTo(amaDoor.participantId());
            assertThat(asked.upvotes()).isEqualTo(2);
            assertThat(asked.state()).isEqualTo("ANSWERED");
            assertThat(asked.answeredLive()).isTrue();
            assertThat(asked.mergedInto()).isNull();
        });

        assertThat(record.polls()).singleElement().satisfies(launched -> {
            assertThat(launched.id()).isEqualTo(poll);
            assertThat(launched.ballots()).isEqualTo(3);
            assertThat(launched.options()).extracting(RoomRecord.PollOption::label, RoomRecord.PollOption::votes)
                    .containsExactly(tuple("Funding", 2),
                            tuple("Evaluation", 0),
                            tuple("Partnerships", 1));
            assertThat(launched.launchedAt()).isNotNull();
            assertThat(launched.closedAt()).isAfterOrEqualTo(launched.launchedAt());
        });

        assertThat(record.statements()).singleElement().satisfies(accepted -> {
            assertThat(accepted.id()).isEqualTo(statement);
            assertThat(accepted.seeded()).isTrue();
            assertThat(accepted.personId()).isEqualTo(hostDoor.participantId());
        });
        assertThat(record.votes()).extracting(RoomRecord.StatementVote::personId, RoomRecord.StatementVote::vote)
                .containsExactly(tuple(amaDoor.participantId(), 1),
                        tuple(juanDoor.participantId(), -1),
                        tuple(kofiDoor.participantId(), 0));
    }

    @Test
    void aRoomNobodyEnteredHasAnEmptyRecord() {
        EventView event = fixture.openEvent();

        RoomRecord record = rooms.record(event.id());

        assertThat(record.people()).isEmpty();
        assertThat(record.visits()).isEmpty();
        assertThat(record.chat()).isEmpty();
        assertThat(record.votes()).isEmpty();
    }

    private static JsonNode launched(RoomClient client, long poll) {
        return client.await(frame -> "poll".equals(RoomClient.kind(frame))
                && frame.path("data").path("id").asLong() == poll
                && "ACTIVE".equals(frame.path("data").path("state").asString(""))).path("data");
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
}
