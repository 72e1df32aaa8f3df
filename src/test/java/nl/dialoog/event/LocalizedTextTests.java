package nl.dialoog.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTests {

    final LocalizedText text = new LocalizedText(Map.of("en", "Hello", "nl", "Hallo", "fr", "  "));

    @Test
    void dropsBlankValues() {
        assertThat(text.values()).containsOnlyKeys("en", "nl");
        assertThat(text.has("fr")).isFalse();
    }

    @Test
    void resolvesTheWantedLanguageWithoutFallback() {
        assertThat(text.resolve("nl", "en")).isEqualTo(new LocalizedText.Resolved("Hallo", "nl", false));
    }

    @Test
    void fallsBackToTheDefaultLanguageAndSaysSo() {
        assertThat(text.resolve("es", "en")).isEqualTo(new LocalizedText.Resolved("Hello", "en", true));
    }

    @Test
    void fallsBackToAnyLanguageWhenTheDefaultIsMissing() {
        assertThat(LocalizedText.of("nl", "Hallo").resolve("es", "en"))
                .isEqualTo(new LocalizedText.Resolved("Hallo", "nl", true));
    }

    @Test
    void restrictsToOfferedLanguages() {
        assertThat(text.restrictedTo(List.of("nl")).values()).containsOnlyKeys("nl");
    }
}
