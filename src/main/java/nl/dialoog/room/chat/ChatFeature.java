package nl.dialoog.room.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.dialoog.room.live.Actor;
import nl.dialoog.room.live.CommandHandler;
import nl.dialoog.room.live.RoomLog;
import nl.dialoog.room.live.RoomRefusal;
import nl.dialoog.room.live.RoomSettings;
import nl.dialoog.room.live.RoomState;
import nl.dialoog.room.live.RoomStore;
import nl.dialoog.room.live.SnapshotPart;
import nl.dialoog.room.protocol.Author;
import nl.dialoog.room.protocol.ChatCommand;
import nl.dialoog.room.protocol.ChatFrame;
import nl.dialoog.room.protocol.Reply;
import nl.dialoog.room.protocol.SnapshotParts;
import nl.dialoog.shared.Audit;
import org.springframework.stereotype.Component;

/**
 * Chat: {@code chat.post} (text, optionally a reply to another message) and {@code chat.delete} (one's own, or any
 * for staff). Text is kept and sent as plain text; the client shows it as text and makes links itself, so no
 * message can carry markup. Limits: the room's chat switch and slow mode (staff are exempt), muted senders, the
 * longest message, and no repeating one's own message within half a minute.
 */
@Component
class ChatFeature implements CommandHandler, SnapshotPart {

    static final int SNAPSHOT_MESSAGES = 100;
    private static final Duration REPEAT_WINDOW = Duration.ofSeconds(30);

    private final ChatStore store;
    private final RoomStore rooms;
    private final RoomLog roomLog;
    private final RoomSettings settings;
    private final Audit audit;
    private final Clock clock;

    ChatFeature(ChatStore store, RoomStore rooms, RoomLog roomLog, RoomSettings settings, Audit audit, Clock clock) {
        this.store = store;
        this.rooms = rooms;
        this.roomLog = roomLog;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void register(Registry commands) {
        commands.on(ChatCommand.Post.class, this::post);
        commands.on(ChatCommand.Delete.class, this::delete);
    }

    @Override
    public void addTo(SnapshotParts parts, Actor viewer) {
        parts.chat(snapshot(viewer));
    }

    List<ChatFrame.Posted> snapshot(Actor viewer) {
        List<ChatMessage> messages = store.recent(viewer.eventId(), SNAPSHOT_MESSAGES);
        return messages.stream().map(message -> view(viewer.eventId(), message)).toList();
    }

    private Reply.Posted post(Actor actor, ChatCommand.Post command) {
        String text = command.text().strip();
        long replyTo = command.replyTo();
        if (text.isEmpty()) {
            throw new RoomRefusal("room.chat.error.empty");
        }
        if (text.codePointCount(0, text.length()) > settings.messageMax()) {
            throw new RoomRefusal("room.chat.error.tooLong", String.valueOf(settings.messageMax()));
        }
        if (actor.muted()) {
            throw new RoomRefusal("room.error.muted");
        }
        RoomState room = rooms.get(actor.eventId());
        Instant now = clock.instant();
        if (!actor.isStaff()) {
            if (!room.chatEnabled()) {
                throw new RoomRefusal("room.chat.error.off");
            }
            List<ChatMessage> latest = store.latestBy(actor.eventId(), actor.participantId(), 3);
            if (room.slowModeSeconds() > 0 && !latest.isEmpty()) {
                long wait = Duration.between(now, latest.getFirst().createdAt()
                        .plusSeconds(room.slowModeSeconds())).toSeconds();
                if (wait > 0) {
                    throw new RoomRefusal("room.chat.error.slowMode", wait + 1);
                }
            }
            boolean repeated = latest.stream().anyMatch(message -> message.body().equals(text)
                    && message.createdAt().isAfter(now.minus(REPEAT_WINDOW)));
            if (repeated) {
                throw new RoomRefusal("room.chat.error.repeated");
            }
        }
        Long reply = null;
        if (replyTo > 0) {
            ChatMessage original = store.find(actor.eventId(), replyTo)
                    .filter(message -> !message.deleted())
                    .orElseThrow(() -> new RoomRefusal("room.chat.error.noSuchMessage"));
            reply = original.id();
        }
        long id = store.insert(actor.eventId(), actor.participantId(), reply, text, now);
        ChatMessage message = store.find(actor.eventId(), id).orElseThrow();
        var entry = roomLog.append(actor.eventId(), view(actor.eventId(), message));
        return new Reply.Posted(id, entry.seq());
    }

    private Reply.Posted delete(Actor actor, ChatCommand.Delete command) {
        long id = command.id();
        ChatMessage message = store.find(actor.eventId(), id)
                .filter(found -> !found.deleted())
                .orElseThrow(() -> new RoomRefusal("room.chat.error.noSuchMessage"));
        boolean own = message.participantId() == actor.participantId();
        if (!own && !actor.isStaff()) {
            throw new RoomRefusal("room.error.notAllowed");
        }
        store.delete(id, actor.participantId(), clock.instant());
        if (!own) {
            audit.recordAs(actor.displayName() + " (room participant " + actor.participantId() + ")",
                    "room.chat.deleted", "event:" + actor.eventId(), "message " + id + " by participant "
                            + message.participantId() + ": " + message.body());
        }
        var entry = roomLog.append(actor.eventId(), new ChatFrame.Deleted(id));
        return new Reply.Posted(id, entry.seq());
    }

    private ChatFrame.Posted view(long eventId, ChatMessage message) {
        ChatFrame.ReplyTo reply = message.replyTo() == null ? null : store.find(eventId, message.replyTo())
                .map(original -> new ChatFrame.ReplyTo(original.id(), original.authorName(), excerpt(original)))
                .orElse(null);
        return new ChatFrame.Posted(message.id(), author(message), message.body(), message.createdAt().toString(),
                reply);
    }

    static Author author(ChatMessage message) {
        return new Author(message.participantId(), message.authorName(), message.authorRole(),
                message.showCard() ? new Author.Card(message.organisation(), message.country()) : null);
    }

    private static String excerpt(ChatMessage message) {
        String body = message.deleted() ? "" : message.body();
        return body.length() <= 80 ? body : body.substring(0, 79) + "…";
    }
}
