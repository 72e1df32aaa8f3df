package nl.dialoog.room.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * The texts the room's script shows by itself (statuses, buttons it makes, errors it knows before the server
 * answers), looked up in the reader's language and handed to the page as data. A feature adds its keys here.
 */
final class RoomTexts {

    static final List<String> KEYS = List.of(
            "room.status.connecting", "room.status.online", "room.status.offline", "room.status.fallback",
            "room.status.removed", "room.error.offline", "room.chat.reply", "room.chat.replyingTo",
            "room.chat.delete", "room.chat.empty", "room.chat.off", "room.chat.slowMode", "room.chat.announce",
            "room.chat.slowModeMinute", "room.chat.slowModeMinutes",
            "room.page.dataUsed", "room.role.HOST", "room.role.MODERATOR", "room.role.PANELIST", "room.role.ATTENDEE");

    private RoomTexts() {
    }

    /** Each key without its {@code room.} prefix, to its text; placeholders stay as {0} for the script. */
    static Map<String, String> in(MessageSource messages, Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : KEYS) {
            texts.put(key.substring("room.".length()), messages.getMessage(key, null, key, locale));
        }
        return texts;
    }
}
