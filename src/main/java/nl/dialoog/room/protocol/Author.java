package nl.dialoog.room.protocol;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Who wrote a message or asked a question, as everyone sees it: the card (organisation, country) only when the
 * person chose to show it. {@code RoomLogErasure} recognises these by their id and name.
 */
public record Author(long id, String name, String role, @JsonUnwrapped Card card) {

    /** Organisation and country, as the person entered them (either may be null). */
    public record Card(String organisation, String country) {
    }
}
