package nl.dialoog.registration;

import java.util.List;
import java.util.Map;

/**
 * What a person sends to register. {@code answers} maps a question's id to its answer(s); {@code consented} is the
 * explicit consent to the privacy text of version {@code privacyVersion} they were shown.
 */
public record NewRegistration(String name, String email, String language, String zone,
                              Map<Long, List<String>> answers, boolean consented, int privacyVersion,
                              String inviteCode) {

    public NewRegistration {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }
}
