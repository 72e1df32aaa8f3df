package nl.dialoog.room.live;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.github.bucket4j.TimeMeter;
import nl.dialoog.room.protocol.Command;
import nl.dialoog.room.protocol.ModerationFrame;
import nl.dialoog.room.protocol.Reply;
import nl.dialoog.shared.RateBuckets;
import nl.dialoog.shared.TextRules;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one registry from command type to handler: each feature registers its handlers by command record, and the
 * record's type name is the only place the command is named. Runs a command in one transaction, after the checks
 * every command gets: it is known and reads as its record, the sender is still in the room (not removed), and has
 * not sent more than its share of commands.
 */
@Component
public class RoomCommands implements CommandHandler.Registry {

    private record Route<C extends Command>(ObjectReader reader, CommandHandler.Handler<C> handler) {

        Reply run(Actor actor, JsonNode body) {
            C command;
            try {
                command = reader.readValue(body);
            } catch (JacksonException unreadable) {
                throw new RoomRefusal("room.error.badCommand");
            }
            return handler.handle(actor, command);
        }
    }

    private final Map<String, Route<?>> routes = new HashMap<>();
    private final JsonMapper json;
    private final ParticipantStore participants;
    private final TransactionTemplate transactions;
    private final RateBuckets rates;

    RoomCommands(List<CommandHandler> features, JsonMapper json, ParticipantStore participants,
                 TransactionTemplate transactions, RoomSettings settings) {
        this.json = json;
        features.forEach(feature -> feature.register(this));
        for (Class<? extends Command> type : Command.types()) {
            if (!routes.containsKey(Command.typeOf(type))) {
                throw new IllegalStateException("no handler for room command " + Command.typeOf(type));
            }
        }
        this.participants = participants;
        this.transactions = transactions;
        this.rates = new RateBuckets(settings.commandRate(), Duration.ofSeconds(10), 100_000, TimeMeter.SYSTEM_MILLISECONDS);
    }

    @Override
    public <C extends Command> void on(Class<C> type, CommandHandler.Handler<C> handler) {
        if (routes.putIfAbsent(Command.typeOf(type), new Route<>(Command.reader(json, type), handler)) != null) {
            throw new IllegalStateException("two handlers for room command " + Command.typeOf(type));
        }
    }

    Reply run(long participantId, String language, JsonNode body) {
        Route<?> route = routes.get(body.path("type").asString(""));
        if (route == null) {
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
            return route.run(participant.actor(language), body);
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
    public static ModerationFrame.Settings settingsView(RoomState room) {
        return new ModerationFrame.Settings(room.chatEnabled(), room.slowModeSeconds(), room.qaPremoderated(),
                room.statementsPremoderated());
    }
}
