package nl.dialoog.registration;

import java.time.Instant;
import java.util.List;
import nl.dialoog.event.LocalizedText;

/**
 * How one event takes registrations.
 *
 * @param capacity         places; null means unlimited
 * @param opensAt          registration opens then; null: as soon as the event is published
 * @param closesAt         registration closes then; null: when the event ends
 * @param privacyText      the text people consent to, per language; empty: the built-in text
 * @param privacyVersion   raised each time the privacy text changes; stored with every consent
 */
public record RegistrationOptions(Integer capacity, Instant opensAt, Instant closesAt, boolean requiresApproval,
                                  boolean inviteOnly, boolean verifyEmail, LocalizedText privacyText,
                                  int privacyVersion, List<Question> questions) {

    public static final RegistrationOptions DEFAULTS = new RegistrationOptions(null, null, null, false, false, false,
            LocalizedText.EMPTY, 0, List.of());

    public RegistrationOptions {
        privacyText = privacyText == null ? LocalizedText.EMPTY : privacyText;
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
