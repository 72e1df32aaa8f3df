package nl.dialoog.room.protocol;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** What everyone does beside the panels: raise a hand, react, change the name others see. */
public sealed interface SignalCommand extends Command {

    @JsonTypeName("hand.raise")
    record RaiseHand() implements SignalCommand {
    }

    /** One's own hand; staff lower someone else's by {@code participantId}. */
    @JsonTypeName("hand.lower")
    record LowerHand(long participantId) implements SignalCommand {
    }

    /** One of a few emoji, by name ({@code clap}, {@code heart}…). */
    @JsonTypeName("reaction.send")
    record React(String reaction) implements SignalCommand {

        public React {
            reaction = Command.text(reaction);
        }
    }

    /** The name others see, and whether the card (organisation, country) shows beside it. */
    @JsonTypeName("me.rename")
    record Rename(String name, Boolean showCard) implements SignalCommand {

        public Rename {
            name = Command.text(name);
            showCard = showCard == null || showCard;
        }
    }
}
