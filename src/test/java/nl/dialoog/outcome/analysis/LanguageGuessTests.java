package nl.dialoog.outcome.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuessTests {

    @Test
    void recognisesEnglish() {
        String language = LanguageGuess.guess("What is the role of the ministry in this partnership?", "nl");

        assertThat(language).isEqualTo("en");
    }

    @Test
    void recognisesDutch() {
        String language = LanguageGuess.guess("Hoe zorgen we dat de stem van lokale organisaties wordt gehoord?", "en");

        assertThat(language).isEqualTo("nl");
    }

    @Test
    void recognisesFrench() {
        String language = LanguageGuess.guess("Nous avons besoin d'un financement plus flexible pour nos partenaires.",
                "en");

        assertThat(language).isEqualTo("fr");
    }

    @Test
    void recognisesSpanish() {
        String language = LanguageGuess.guess("¿Cómo se toman las decisiones sobre los fondos para el sur?", "en");

        assertThat(language).isEqualTo("es");
    }

    @Test
    void fallsBackToTheAuthorsLanguageWhenTheTextIsTooShortToTell() {
        String language = LanguageGuess.guess("Thanks!", "NL");

        assertThat(language).isEqualTo("nl");
    }

    @Test
    void fallsBackToTheAuthorsLanguageWhenTheStopWordsAreShared() {
        // "de" and "en" are Dutch, French and Spanish stop words alike
        String language = LanguageGuess.guess("de en de", "es");

        assertThat(language).isEqualTo("es");
    }
}
