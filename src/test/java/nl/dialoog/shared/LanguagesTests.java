package nl.dialoog.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules behind the language choice, without a web stack. */
class LanguagesTests {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "de, fr;q=0.8           | fr",
            "nl-BE                  | nl",
            "es-419, en;q=0.5       | es",
            "en-GB, nl;q=0.9        | en",
            "FR                     | fr",
            "de;q=1, es;q=0.2, nl;q=0.3 | nl",
            "de, pt                 | en",
            "*                      | en"})
    void picksTheBestUiLanguageForAnAcceptLanguageHeader(String header, String expected) {
        assertThat(Languages.bestMatch(header)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "%%%", "fr;q=banana", ";;;", "en-", "abcdefghijklmnopqrstuvwxyz-abcdefghijklmnopqrstuvwxyz"})
    void fallsBackToEnglishForAMissingOrMalformedHeader(String header) {
        assertThat(Languages.bestMatch(header)).isEqualTo("en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nl", "fr", "es"})
    void knowsItsUiLanguages(String language) {
        assertThat(Languages.isUiLanguage(language)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"de", "EN", "nl-BE", "ar"})
    void rejectsEverythingElseAsUiLanguage(String language) {
        assertThat(Languages.isUiLanguage(language)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"ar, rtl", "he, rtl", "fa, rtl", "ur, rtl", "nl, ltr", "en, ltr", "zz, ltr"})
    void readsRightToLeftScriptsRightToLeft(String language, String direction) {
        assertThat(Languages.direction(language)).isEqualTo(direction);
    }

    @ParameterizedTest
    @CsvSource({"en, English", "nl, Nederlands", "fr, Français", "es, Español"})
    void namesEachLanguageInItself(String language, String name) {
        assertThat(Languages.endonym(language)).isEqualTo(name);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void treatsAMissingLanguageAsLeftToRight(String language) {
        assertThat(Languages.direction(language)).isEqualTo("ltr");
    }
}
