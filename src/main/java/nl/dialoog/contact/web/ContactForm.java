package nl.dialoog.contact.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.dialoog.contact.NewContactMessage;

/**
 * The questions-and-suggestions form. {@code website} is the honeypot (hidden from people), {@code token} the
 * signed time the form was shown.
 */
public record ContactForm(@NotBlank @Size(max = NewContactMessage.MAX_NAME) String name,
                          @NotBlank @Email @Size(max = NewContactMessage.MAX_EMAIL) String email,
                          @NotBlank @Size(max = NewContactMessage.MAX_BODY) String message,
                          String website,
                          String token) {

    static ContactForm blank(String token) {
        return new ContactForm("", "", "", "", token);
    }

    ContactForm withToken(String fresh) {
        return new ContactForm(name, email, message, "", fresh);
    }

    NewContactMessage toMessage(String language) {
        return new NewContactMessage(name.strip(), email.strip(), language, message.strip());
    }
}
