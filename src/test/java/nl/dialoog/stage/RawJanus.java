package nl.dialoog.stage;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a browser does with a stage pass, over Janus's plain HTTP API: nothing of Dialoog's own client. */
final class RawJanus {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final URI api;

    RawJanus(URI api) {
        this.api = api;
    }

    /** Creates a session with the token; the answer, success or error. */
    JsonNode createSession(String token) throws Exception {
        return post(api, "{\"janus\":\"create\",\"transaction\":\"t1\",\"token\":\"" + token + "\"}");
    }

    JsonNode attach(long session, String token, String plugin) throws Exception {
        return post(URI.create(api + "/" + session), "{\"janus\":\"attach\",\"transaction\":\"t2\",\"token\":\""
                + token + "\",\"plugin\":\"" + plugin + "\"}");
    }

    /** Joins the room as a publisher and returns the plugin's event (joined, or an error). */
    JsonNode joinAsPublisher(long session, long handle, String token, long room) throws Exception {
        return joinAsPublisher(session, handle, token, room, 0);
    }

    /** Joins under the publisher id {@code id} (a pass's feed; 0: Janus picks one). */
    JsonNode joinAsPublisher(long session, long handle, String token, long room, long id) throws Exception {
        post(URI.create(api + "/" + session + "/" + handle), "{\"janus\":\"message\",\"transaction\":\"t3\",\"token\":\""
                + token + "\",\"body\":{\"request\":\"join\",\"ptype\":\"publisher\",\"room\":" + room
                + (id != 0 ? ",\"id\":" + id : "")
                + ",\"display\":\"Panelist\",\"token\":\"" + token + "\"}}");
        // the join is answered asynchronously: long-poll the session for the event
        HttpResponse<String> events = http.send(HttpRequest.newBuilder(
                        URI.create(api + "/" + session + "?token=" + token + "&maxev=1")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode event = json.readTree(events.body());
        return (event.isArray() ? event.get(0) : event).path("plugindata").path("data");
    }

    /** A synchronous plugin request; the plugin's answer. */
    JsonNode message(long session, long handle, String token, String body) throws Exception {
        return post(URI.create(api + "/" + session + "/" + handle), "{\"janus\":\"message\",\"transaction\":\"t4\","
                + "\"token\":\"" + token + "\",\"body\":" + body + "}").path("plugindata").path("data");
    }

    private JsonNode post(URI uri, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body());
    }
}
