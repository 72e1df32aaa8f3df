package nl.dialoog.contact;

/** What a visitor sends: name, e-mail (for the reply), the language they wrote in, and the message. */
public record NewContactMessage(String senderName, String senderEmail, String language, String body) {

    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 320;
    public static final int MAX_BODY = 5_000;
}
