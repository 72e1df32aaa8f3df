package nl.dialoog.room.statement;

import java.util.Locale;
import java.util.Optional;

/** A participant's answer to a statement. */
enum Vote {
    AGREE, DISAGREE, PASS;

    static Optional<Vote> parse(String text) {
        for (Vote vote : values()) {
            if (vote.name().equalsIgnoreCase(text)) {
                return Optional.of(vote);
            }
        }
        return Optional.empty();
    }

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
