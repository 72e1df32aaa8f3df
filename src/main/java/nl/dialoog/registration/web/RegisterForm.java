package nl.dialoog.registration.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The public registration form (custom answers travel as q&lt;id&gt; parameters beside it). {@code website} is the
 * honeypot, {@code started} the signed time the form was shown.
 */
public record RegisterForm(@NotBlank @Size(max = 200) String name,
                           @NotBlank @Email @Size(max = 320) String email,
                           @NotBlank @Size(max = 12) String language,
                           @NotBlank @Size(max = 64) String zone,
                           Boolean consent,
                           Integer privacyVersion,
                           @Size(max = 40) String inviteCode,
                           String website,
                           String started) {

    public RegisterForm withStarted(String stamp) {
        return new RegisterForm(name, email, language, zone, consent, privacyVersion, inviteCode, "", stamp);
    }
}
