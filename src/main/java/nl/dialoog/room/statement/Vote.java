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

    /** Pol.is's number for the vote: 1 agree, -1 disagree, 0 pass. */
    int sign() {
        return switch (this) {
            case AGREE -> 1;
            case DISAGREE -> -1;
            case PASS -> 0;
        };
    }

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
