package nl.dialoog.registration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.registration.Question;
import nl.dialoog.registration.QuestionKind;
import nl.dialoog.registration.TestEvents;
import nl.dialoog.registration.desk.RegistrationAdmin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** An organiser changes and reorders the questions of the registration form; visitors see the new order. */
@SpringBootTest
@AutoConfigureMockMvc
class QuestionEditPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    RegistrationAdmin admin;

    EventView event;

    AccountView organiser;

    String base;

    long role;

    long sector;

    @BeforeEach
    void openEvent() {
        organiser = accounts.firstAdmin().orElseThrow();
        event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(10));
        role = admin.addQuestion(event.id(), QuestionKind.SHORT_TEXT, false,
                new LocalizedText(Map.of("en", "Your role")), List.of(), organiser);
        sector = admin.addQuestion(event.id(), QuestionKind.SINGLE_CHOICE, true,
                new LocalizedText(Map.of("en", "Sector")),
                List.of(new Question.Option("o1", LocalizedText.of("en", "Government")),
                        new Question.Option("o2", LocalizedText.of("en", "Civil society"))), organiser);
        base = "/organiser/events/" + event.id().value() + "/registration";
    }

    RequestPostProcessor organiser() {
        return user(organiser.email()).roles("ADMIN");
    }

    List<Question> questions() {
        return admin.options(event.id(), organiser).questions();
    }

    @Test
    void opensAQuestionFilledInAndSavesTheChangeKeepingTheKeysOfUnchangedChoices() {
        assertThat(mvc.get().uri(base + "/questions/" + sector).with(organiser()).header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("value=\"Sector\"", "Government\nCivil society", "One choice");

        assertThat(mvc.post().uri(base + "/questions/" + sector).with(organiser()).with(csrf())
                .param("required", "false").param("labels[0].language", "en").param("labels[0].text", "Your sector")
                .param("choices[0].language", "en").param("choices[0].text", "Civil society\nAcademia\nGovernment"))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo(base + "?questionSaved#question-" + sector);

        Question changed = questions().stream().filter(q -> q.id() == sector).findFirst().orElseThrow();
        assertThat(changed.required()).isFalse();
        assertThat(changed.kind()).isEqualTo(QuestionKind.SINGLE_CHOICE);
        assertThat(changed.label().in("en")).isEqualTo("Your sector");
        assertThat(changed.options()).extracting(Question.Option::key).containsExactly("o2", "o3", "o1");
        assertThat(changed.options()).extracting(o -> o.label().in("en"))
                .containsExactly("Civil society", "Academia", "Government");
    }

    @Test
    void refusesABadChangeWithATranslatedErrorAndChangesNothing() {
        assertThat(mvc.post().uri(base + "/questions/" + sector).with(organiser()).with(csrf())
                .header("Accept-Language", "nl").param("required", "true").param("labels[0].language", "en")
                .param("labels[0].text", "Renamed").param("choices[0].language", "en")
                .param("choices[0].text", "Only one")).hasStatusOk().bodyText()
                .contains("value=\"Renamed\"", "Geef minstens twee mogelijkheden");
        assertThat(mvc.post().uri(base + "/questions/" + role).with(organiser()).with(csrf())
                .param("labels[0].language", "en").param("labels[0].text", "")).hasStatusOk();

        assertThat(questions()).extracting(q -> q.label().in("en")).containsExactly("Your role", "Sector");
        assertThat(questions().get(1).options()).hasSize(2);
        assertThat(mvc.get().uri(base + "/questions/424242").with(organiser())).hasStatus(404);
    }

    @Test
    void movesAQuestionAndTheRegistrationFormAsksInTheNewOrder() throws Exception {
        assertThat(mvc.post().uri(base + "/questions/" + sector + "/move").with(organiser()).with(csrf())
                .param("direction", "UP")).hasStatus3xxRedirection().redirectedUrl()
                .isEqualTo(base + "#question-" + sector);
        assertThat(questions()).extracting(Question::id).containsExactly(sector, role);

        assertThat(mvc.get().uri(base).with(organiser()).header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains("id=\"question-" + sector + "-down\"", "Move up: question Your role");
        String form = mvc.get().uri("/events/" + event.slug() + "/register").header("Accept-Language", "en")
                .exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form.indexOf("Sector")).isPositive().isLessThan(form.indexOf("Your role"));
    }
}
