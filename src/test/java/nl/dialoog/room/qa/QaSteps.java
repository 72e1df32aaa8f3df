package nl.dialoog.room.qa;

import static org.assertj.core.api.Assertions.assertThat;

import nl.dialoog.room.RoomClient;
import tools.jackson.databind.JsonNode;

/** The few steps Q&A tests repeat, over a real room connection. */
final class QaSteps {

    private QaSteps() {
    }

    /** Sends a command that must be acknowledged, and returns its result. */
    static JsonNode ok(RoomClient client, String type, String fields) {
        JsonNode answer = client.answer(client.send(type, fields));
        assertThat(RoomClient.kind(answer)).as(type + " answered " + answer).isEqualTo("ack");
        return answer.path("data").path("result");
    }

    /** Sends a command that must be refused, and returns the refusal (code and translated message). */
    static JsonNode refusal(RoomClient client, String type, String fields) {
        JsonNode answer = client.answer(client.send(type, fields));
        assertThat(RoomClient.kind(answer)).as(type + " answered " + answer).isEqualTo("error");
        return answer.path("data");
    }

    static long ask(RoomClient client, String text, boolean anonymous) {
        return ok(client, "qa.ask", "\"text\":\"" + text + "\",\"anonymous\":" + anonymous).path("id").asLong();
    }

    /** The first view of a question that reached the client in a {@code qa.question} frame. */
    static JsonNode question(RoomClient client, long id) {
        return client.await(frame -> "qa.question".equals(RoomClient.kind(frame))
                && frame.path("data").path("id").asLong() == id).path("data");
    }

    /** The view of a question in {@code state}, once it reached the client in a {@code qa.question} frame. */
    static JsonNode question(RoomClient client, long id, String state) {
        return client.await(frame -> "qa.question".equals(RoomClient.kind(frame))
                && frame.path("data").path("id").asLong() == id
                && state.equals(frame.path("data").path("state").asString(""))).path("data");
    }

    /** The vote count the client last heard for a question, or -1. */
    static int votes(RoomClient client, long id) {
        return client.logged("qa.votes").stream()
                .filter(frame -> frame.path("data").path("id").asLong() == id)
                .reduce((first, second) -> second)
                .map(frame -> frame.path("data").path("votes").asInt())
                .orElse(-1);
    }
}
