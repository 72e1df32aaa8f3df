package nl.dialoog.outcome;

import java.util.ArrayList;
import java.util.List;
import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomClient;
import nl.dialoog.room.RoomDoor;
import nl.dialoog.room.RoomFixture;
import tools.jackson.databind.JsonNode;

/**
 * A small session through the room's own commands: a host seeds four statements, ten attendees in two camps vote
 * on them (camp one agrees with statements 1 and 2, camp two with 3; everyone agrees with 4), two of them chat,
 * one asks a question that three upvote, and everyone answers one poll.
 */
final class SmallSession {

    static final String[] STATEMENTS = {"Funding should go directly to southern organisations",
            "Northern NGOs should step back from implementation", "Reform works best within existing partnerships",
            "Southern partners must sit at the table where strategy is made"};

    final EventView event;
    final List<Long> statements = new ArrayList<>();
    final List<Long> campOne = new ArrayList<>();
    final List<Long> campTwo = new ArrayList<>();
    long question;

    SmallSession(RoomFixture fixture, int port) {
        event = fixture.openEvent();
        RoomDoor hostDoor = fixture.host(event);
        List<RoomDoor> doors = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            doors.add(fixture.attendee(event, "Person " + i));
        }
        try (RoomClient host = connect(port, hostDoor)) {
            for (String text : STATEMENTS) {
                statements.add(ok(host, "statement.submit", "\"text\":\"" + text + "\"").path("id").asLong());
            }
            long poll = ok(host, "poll.create", "\"question\":\"Who should decide?\",\"options\":[\"South\",\"North\"]")
                    .path("id").asLong();
            ok(host, "poll.launch", "\"id\":" + poll);
            List<RoomClient> clients = new ArrayList<>();
            try {
                for (RoomDoor door : doors) {
                    clients.add(connect(port, door));
                }
                // the poll was launched before they came in: its options are in their snapshot
                JsonNode options = clients.getFirst().frames().getFirst().path("data").path("polls").path("polls")
                        .get(0).path("options");
                ok(clients.get(0), "chat.post", "\"text\":\"Hello from Nairobi, funding is the key question\"");
                ok(clients.get(5), "chat.post", "\"text\":\"Bonjour de Dakar, le financement direct est essentiel\"");
                question = ok(clients.get(1), "qa.ask", "\"text\":\"Who decides the budget?\",\"anonymous\":false")
                        .path("id").asLong();
                for (int i = 2; i < 5; i++) {
                    ok(clients.get(i), "qa.vote", "\"id\":" + question + ",\"up\":true");
                }
                for (int i = 0; i < clients.size(); i++) {
                    boolean one = i < 5;
                    (one ? campOne : campTwo).add(doors.get(i).participantId());
                    RoomClient client = clients.get(i);
                    vote(client, statements.get(0), one ? "agree" : "disagree");
                    vote(client, statements.get(1), one ? "agree" : "disagree");
                    vote(client, statements.get(2), one ? "disagree" : "agree");
                    vote(client, statements.get(3), "agree");
                    long option = options.get(one ? 0 : 1).path("id").asLong();
                    ok(client, "poll.vote", "\"id\":" + poll + ",\"options\":[" + option + "]");
                }
            } finally {
                clients.forEach(RoomClient::close);
            }
            ok(host, "poll.close", "\"id\":" + poll);
        }
    }

    private static void vote(RoomClient client, long statement, String vote) {
        ok(client, "statement.vote", "\"id\":" + statement + ",\"vote\":\"" + vote + "\"");
    }

    private static RoomClient connect(int port, RoomDoor door) {
        RoomClient client = RoomClient.connect(port, door.pass(), 0);
        client.awaitKind("snapshot");
        return client;
    }

    private static JsonNode ok(RoomClient client, String type, String fields) {
        JsonNode answer = client.answer(client.send(type, fields));
        if (!"ack".equals(RoomClient.kind(answer))) {
            throw new AssertionError(type + " refused: " + answer);
        }
        return answer.path("data").path("result");
    }
}
