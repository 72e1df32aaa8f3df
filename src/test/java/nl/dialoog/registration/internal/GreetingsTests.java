package nl.dialoog.registration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GreetingsTests {

    @Test
    void leavesOutAGreetingLineInEachLanguage() {
        assertThat(Greetings.withoutGreeting("Dear participant,\n\nThe programme is online.")).isEqualTo(
                "The programme is online.");
        assertThat(Greetings.withoutGreeting("Beste deelnemers,\nHet programma staat online.")).isEqualTo(
                "Het programma staat online.");
        assertThat(Greetings.withoutGreeting("Bonjour à tous !\n\nLe programme est en ligne.")).isEqualTo(
                "Le programme est en ligne.");
        assertThat(Greetings.withoutGreeting("Hola a todos:\n\nEl programa está en línea.")).isEqualTo(
                "El programa está en línea.");
        assertThat(Greetings.withoutGreeting("Hello {name}\n\nWelcome.")).isEqualTo("Welcome.");
    }

    @Test
    void keepsTextThatDoesNotOpenWithAGreeting() {
        assertThat(Greetings.withoutGreeting("Highlights of the programme:\n- panel")).startsWith("Highlights");
        assertThat(Greetings.withoutGreeting("Dear colleagues, the programme is online and you will find the link "
                + "below, together with the speakers.\nSee you.")).startsWith("Dear colleagues, the programme");
        assertThat(Greetings.withoutGreeting("Hello,")).isEqualTo("Hello,");
        assertThat(Greetings.withoutGreeting("Hier is het programma.")).isEqualTo("Hier is het programma.");
    }
}
