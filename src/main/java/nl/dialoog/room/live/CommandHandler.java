package nl.dialoog.room.live;

import nl.dialoog.room.protocol.Command;
import nl.dialoog.room.protocol.Reply;

/**
 * A feature that handles commands ({@code chat.post}, {@code qa.ask}…): it tells the {@link Registry} which command
 * record each of its methods takes. A handler runs in a transaction: it checks the command, changes the feature's
 * tables, appends to the {@link RoomLog}, and returns what the sender's acknowledgement carries (a {@link Reply}, or null).
 * It throws {@link RoomRefusal} for anything it does not accept.
 */
public interface CommandHandler {

    void register(Registry commands);

    /** A handler for staff (hosts and moderators) only: anyone else is refused before it runs. */
    static <C extends Command> Handler<C> staffOnly(Handler<C> handler) {
        return (actor, command) -> {
            if (!actor.isStaff()) {
                throw new RoomRefusal("room.error.notAllowed");
            }
            return handler.handle(actor, command);
        };
    }

    /** Where features put their handlers; {@link RoomCommands} is the one registry. */
    interface Registry {
        <C extends Command> void on(Class<C> type, Handler<C> handler);
    }

    @FunctionalInterface
    interface Handler<C extends Command> {
        Reply handle(Actor actor, C command);
    }
}
