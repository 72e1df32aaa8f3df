package nl.dialoog.outcome.analysis;

/**
 * A chat message or question to find themes in. {@code kind} is "chat" or "question"; {@code language} is the
 * language it was written in when known, blank to have it guessed.
 */
public record ThemeText(long id, String kind, String language, String text) {
}
