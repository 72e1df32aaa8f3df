package nl.dialoog.room.live;

import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One feature's commands ({@code chat.post}, {@code qa.ask}…). {@link #handle} runs in a transaction: it checks
 * the command, changes the feature's tables, appends to the {@link RoomLog}, and returns what the sender's
 * acknowledgement carries (or null). It throws {@link RoomRefusal} for anything it does not accept.
 */
public interface CommandHandler {

    Set<String> commands();

    Object handle(Actor actor, String command, JsonNode body);
}
