package nl.dialoog.event;

import static nl.dialoog.event.EventEditorPagesTests.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The editor's one save for the details form, with each language's texts in a tab that says whether it is complete,
 * and the publish checklist: what is missing per language, no contact person, no registration settings; with gaps
 * the organiser confirms before publishing, without gaps the event is published at once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EventPublishChecklistPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    AccountView adminAccount() {
        return accounts.findByEmail(EventEditorPagesTests.ADMIN).orElseThrow();
    }

    /** English complete; Dutch with a title only. */
    EventId draft() {
        return catalog.create(EventCatalogTests.details(EventCatalogTests.uniqueSlug(),
                LocalDateTime.of(2030, 5, 1, 11, 0)), adminAccount());
    }

    Document page(String path) throws Exception {
        MvcTestResult result = mvc.get().uri(path).with(admin()).header("Accept-Language", "en").exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    MvcTestResult publish(EventId id, Map<String, String> params) {
        var request = mvc.post().uri("/organiser/events/" + id.value() + "/publish").with(admin()).with(csrf())
                .header("Accept-Language", "en");
        params.forEach(request::param);
        return request.exchange();
    }

    void mendEverything(EventId id) {
        String base = "/organiser/events/" + id.value();
        saveDetails(id, "Nederlandse samenvatting", "Nederlandse beschrijving");
        assertThat(mvc.post().uri(base + "/contacts").with(admin()).with(csrf())
                .param("addresses", "iob@example.org")).hasStatus3xxRedirection();
        assertThat(mvc.post().uri(base + "/registration").with(admin()).with(csrf())
                .param("capacity", "100")).hasStatus3xxRedirection();
    }

    MvcTestResult saveDetails(EventId id, String dutchSummary, String dutchDescription) {
        return mvc.post().uri("/organiser/events/" + id.value()).with(admin()).with(csrf())
                .header("Accept-Language", "en")
                .param("slug", catalog.editable(id, adminAccount()).slug()).param("defaultLanguage", "en")
                .param("languages", "en", "nl").param("zone", "Europe/Amsterdam")
                .param("startDate", "2030-05-01").param("startTime", "11:00")
                .param("endDate", "2030-05-01").param("endTime", "13:00")
                .param("texts[0].language", "en").param("texts[0].title", "Changing roles")
                .param("texts[0].summary", "A summary").param("texts[0].description", "A description")
                .param("texts[1].language", "nl").param("texts[1].title", "Veranderende rollen")
                .param("texts[1].summary", dutchSummary).param("texts[1].description", dutchDescription)
                .exchange();
    }

    @Test
    void showsEachLanguagesTextsInATabThatSaysWhetherTheLanguageIsComplete() throws Exception {
        EventId id = draft();

        Document editor = page("/organiser/events/" + id.value());

        assertThat(editor.select(".tablist button").eachText())
                .containsExactly("English complete", "Nederlands incomplete");
        assertThat(editor.select(".tablist button").eachAttr("data-panel")).containsExactly("texts-en", "texts-nl");
        assertThat(editor.select(".tablist").hasAttr("hidden")).as("without JavaScript the languages are stacked")
                .isTrue();
        assertThat(editor.select("div.texts-panel").eachAttr("id")).containsExactly("texts-en", "texts-nl");
        assertThat(editor.select("#texts-nl [lang=nl] input[name='texts[1].title']").val())
                .isEqualTo("Veranderende rollen");
        assertThat(editor.select("#details .savebar button[type=submit]")).hasSize(1);
        assertThat(editor.select("script[type=module]").attr("src")).endsWith("/event/editor.js");
    }

    @Test
    void savesTheTextsOfAllLanguagesAndTheBasicsWithOneSave() throws Exception {
        EventId id = draft();

        assertThat(saveDetails(id, "Samenvatting", "Beschrijving")).hasStatus3xxRedirection().redirectedUrl()
                .isEqualTo("/organiser/events/" + id.value() + "?saved");

        EventView event = catalog.editable(id, adminAccount());
        assertThat(event.summary().values()).containsEntry("en", "A summary").containsEntry("nl", "Samenvatting");
        assertThat(event.description().values()).containsEntry("en", "A description")
                .containsEntry("nl", "Beschrijving");
        assertThat(page("/organiser/events/" + id.value()).select(".tablist button").eachText())
                .containsExactly("English complete", "Nederlands complete");
    }

    @Test
    void marksAFormSentBackWithErrorsAsUnsavedAndOpensTheTabWithTheError() throws Exception {
        EventId id = draft();

        MvcTestResult result = saveDetails(id, "x".repeat(EventLimits.MAX_SUMMARY + 1), "");

        assertThat(result).hasStatusOk();
        Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("form#details").attr("data-unsaved")).isEqualTo("true");
        assertThat(page.select("#texts-nl [aria-invalid=true]")).isNotEmpty();
        assertThat(catalog.editable(id, adminAccount()).summary().has("nl")).isFalse();
    }

    @Test
    void namesWhatIsMissingPerLanguageAndTheMissingContactPersonAndRegistrationSettings() throws Exception {
        EventId id = draft();

        Element checklist = page("/organiser/events/" + id.value()).selectFirst("#publish");

        assertThat(checklist.select(".gaps li").eachText()).containsExactly(
                "Nederlands — missing: summary, description",
                "No contact person receives the visitors’ questions.",
                "The registration settings (places, opening times, privacy text) were never saved.");
        assertThat(checklist.select(".gaps a").eachAttr("href")).containsExactly("#texts-nl", "#contacts",
                "/organiser/events/" + id.value() + "/registration");
        assertThat(checklist.select("form button").text()).isEqualTo("Publish");
    }

    @Test
    void asksForConfirmationBeforePublishingWithGapsAndPublishesOnlyWhenConfirmed() throws Exception {
        EventId id = draft();
        String confirm = "/organiser/events/" + id.value() + "/publish";

        assertThat(publish(id, Map.of())).hasStatus3xxRedirection().redirectedUrl().isEqualTo(confirm);
        assertThat(catalog.editable(id, adminAccount()).isPublished()).isFalse();

        Document page = page(confirm);
        assertThat(page.select("h1").text()).isEqualTo("Publish this event?");
        assertThat(page.select(".gaps li")).hasSize(3);
        assertThat(page.select(".gaps a").first().attr("href"))
                .isEqualTo("/organiser/events/" + id.value() + "#texts-nl");
        assertThat(page.select("label[for=anyway]").text()).isEqualTo("Publish anyway, with what is missing");

        MvcTestResult unticked = publish(id, Map.of("confirming", "true"));
        assertThat(unticked).hasStatusOk().bodyText()
                .contains("Tick the box to publish with what is missing, or go back and add it.");
        assertThat(catalog.editable(id, adminAccount()).isPublished()).isFalse();

        assertThat(publish(id, Map.of("confirming", "true", "anyway", "true"))).hasStatus3xxRedirection()
                .redirectedUrl().isEqualTo("/organiser/events/" + id.value() + "?published");
        assertThat(catalog.editable(id, adminAccount()).isPublished()).isTrue();
        assertThat(mvc.get().uri(confirm).with(admin())).hasStatus3xxRedirection().redirectedUrl()
                .isEqualTo("/organiser/events/" + id.value());
    }

    @Test
    void publishesAtOnceWhenNothingIsMissing() throws Exception {
        EventId id = draft();
        mendEverything(id);

        Element checklist = page("/organiser/events/" + id.value()).selectFirst("#publish");
        assertThat(checklist.select(".gaps")).isEmpty();
        assertThat(checklist.text()).contains("Everything visitors need is there: you can publish.");

        assertThat(publish(id, Map.of())).hasStatus3xxRedirection().redirectedUrl()
                .isEqualTo("/organiser/events/" + id.value() + "?published");
        assertThat(catalog.editable(id, adminAccount()).isPublished()).isTrue();
        assertThat(catalog.checklist(catalog.editable(id, adminAccount())).ready()).isTrue();
    }

    @Test
    void translatesTheChecklistAndTheConfirmation() throws Exception {
        EventId id = draft();

        MvcTestResult result = mvc.get().uri("/organiser/events/" + id.value() + "/publish").with(admin())
                .header("Accept-Language", "fr").exchange();

        assertThat(result).hasStatusOk().bodyText().contains("Nederlands — manquant\u00a0: résumé, description",
                "Publier cet événement\u00a0?", "Publier quand même, avec ce qui manque");
    }

    @Test
    void refusesToPublishAnotherOrganisationsEventOrAMalformedAnswer() {
        EventId id = draft();

        assertThat(publish(id, Map.of("anyway", "perhaps"))).hasStatus(400);
        assertThat(catalog.editable(id, adminAccount()).isPublished()).isFalse();
        assertThat(List.of(catalog.editable(id, adminAccount()).status())).containsExactly(EventStatus.DRAFT);
    }
}
