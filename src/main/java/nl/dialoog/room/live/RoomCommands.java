package nl.dialoog.room.live;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.github.bucket4j.TimeMeter;
import nl.dialoog.shared.RateBuckets;
import nl.dialoog.shared.TextRules;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Routes a command to the feature that owns its type and runs it in one transaction, after the checks every
 * command gets: the sender is still in the room (not removed), and has not sent more than its share of commands.
 */
@Component
public class RoomCommands {

    private final Map<String, CommandHandler> handlers = new HashMap<>();
    private final ParticipantStore participants;
    private final TransactionTemplate transactions;
    private final RateBuckets rates;

    RoomCommands(List<CommandHandler> features, ParticipantStore participants, TransactionTemplate transactions,
                 RoomSettings settings) {
        for (CommandHandler feature : features) {
            for (String command : feature.commands()) {
                if (handlers.put(command, feature) != null) {
                    throw new IllegalStateException("two handlers for room command " + command);
                }
            }
        }
        this.participants = participants;
        this.transactions = transactions;
        this.rates = new RateBuckets(settings.commandRate(), Duration.ofSeconds(10), 100_000, TimeMeter.SYSTEM_MILLISECONDS);
    }

    Object run(long participantId, String language, JsonNode body) {
        String type = body.path("type").asString("");
        CommandHandler handler = handlers.get(type);
        if (handler == null) {
            throw new RoomRefusal("room.error.unknownCommand");
        }
        if (rates.take(String.valueOf(participantId)) < 0) {
            throw new RoomRefusal("room.error.tooFast");
        }
        if (!storable(body)) {
            throw new RoomRefusal(TextRules.INVALID);
        }
        return transactions.execute(status -> {
            Participant participant = participants.find(participantId)
                    .filter(found -> !found.removed())
                    .orElseThrow(() -> new RoomRefusal("room.error.removed"));
            return handler.handle(participant.actor(language), type, body);
        });
    }

    /** Every text in the command, however deep, passes the rule every form's text passes. */
    private static boolean storable(JsonNode node) {
        if (node.isString()) {
            return TextRules.storable(node.asString());
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!TextRules.storable(field.getKey()) || !storable(field.getValue())) {
                return false;
            }
        }
        for (JsonNode element : node.isArray() ? node : List.<JsonNode>of()) {
            if (!storable(element)) {
                return false;
            }
        }
        return true;
    }

    /** The room settings as clients see them. */
    public static Map<String, Object> settingsView(RoomState room) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("chatEnabled", room.chatEnabled());
        view.put("slowModeSeconds", room.slowModeSeconds());
        view.put("qaPremoderated", room.qaPremoderated());
        view.put("statementsPremoderated", room.statementsPremoderated());
        return view;
    }
}
