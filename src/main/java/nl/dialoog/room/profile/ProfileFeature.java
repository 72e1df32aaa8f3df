package nl.dialoog.room.profile;

import nl.dialoog.room.live.Actor;
import nl.dialoog.room.live.CommandHandler;
import nl.dialoog.room.live.ParticipantStore;
import nl.dialoog.room.live.RoomRefusal;
import nl.dialoog.room.protocol.Reply;
import nl.dialoog.room.protocol.SignalCommand;
import nl.dialoog.shared.TextRules;
import org.springframework.stereotype.Component;

/**
 * {@code me.rename}: a person chooses the name others see (the registration's name at first) and whether their
 * organisation and country are shown next to it. New messages carry the new name; a joining client sees it on all.
 */
@Component
class ProfileFeature implements CommandHandler {

    static final int MAX_NAME = 80;

    private final ParticipantStore participants;

    ProfileFeature(ParticipantStore participants) {
        this.participants = participants;
    }

    @Override
    public void register(Registry commands) {
        commands.on(SignalCommand.Rename.class, this::rename);
    }

    private Reply.Renamed rename(Actor actor, SignalCommand.Rename command) {
        String name = command.name().strip();
        if (name.isEmpty()) {
            throw new RoomRefusal("room.profile.error.empty");
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            throw new RoomRefusal("room.profile.error.tooLong", String.valueOf(MAX_NAME));
        }
        if (!TextRules.oneLine(name)) {
            throw new RoomRefusal("room.profile.error.invalid");
        }
        participants.rename(actor.participantId(), name, command.showCard());
        return new Reply.Renamed(name, command.showCard());
    }
}
