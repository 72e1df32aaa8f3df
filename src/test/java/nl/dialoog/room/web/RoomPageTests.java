package nl.dialoog.room.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.TestEvents;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.room.RoomFixture;
import nl.dialoog.room.Rooms;
import nl.dialoog.stage.Stage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class RoomPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RoomFixture fixture;

    @Autowired
    Rooms rooms;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    RegistrationAdmin admin;

    @Autowired
    Stage stage;

    @Test
    void theJoinLinkOpensTheRoomOnceItIsOpen() {
        EventView event = fixture.openEvent();
        String token = fixture.register(event, "Ama Mensah");

        assertThat(mvc.get().uri("/join/" + token)).hasForwardedUrl("/room/join/" + token);
        assertThat(mvc.get().uri("/room/join/" + token).header("Accept-Language", "fr")).hasStatusOk().bodyText()
                .contains("Salle en direct", "Ama Mensah", "data-config=", "&quot;pass&quot;:&quot;" + event.id().value() + ".",
                        "/room/room.js", "id=\"stage\"")
                .doesNotContain("onclick", "javascript:");
    }

    @Test
    void theJoinLinkShowsTheWaitingPageUntilTheRoomOpens() {
        EventView later = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(null));
        String token = fixture.register(later, "Ama Mensah");

        assertThat(mvc.get().uri("/join/" + token)).hasStatusOk().bodyText()
                .contains("countdown").doesNotContain("data-config");
        assertThat(mvc.get().uri("/room/join/" + token)).hasStatus(403).bodyText()
                .contains("not open");
    }

    @Test
    void textOnlyModeLeavesTheStageOut() {
        EventView event = fixture.openEvent();
        String token = fixture.register(event, "Ama Mensah");

        assertThat(mvc.get().uri("/room/join/" + token + "?text=true")).hasStatusOk().bodyText()
                .contains("text-only").doesNotContain("id=\"stage\"");
    }

    @Test
    void theStageIsASlimBarUntilThereIsSomethingToWatch() {
        EventView event = fixture.openEvent();
        String token = fixture.register(event, "Ama Mensah");

        assertThat(mvc.get().uri("/room/join/" + token)).hasStatusOk().bodyText()
                .contains("class=\"room-stage stage-idle\"").doesNotContain("stage-live");
        stage.setExternalStream(event.id(), "https://www.youtube.com/watch?v=dQw4w9WgXcQ", fixture.organiser());
        assertThat(mvc.get().uri("/room/join/" + token)).hasStatusOk().bodyText()
                .contains("class=\"room-stage stage-live\"").doesNotContain("stage-idle");
    }

    @Test
    void scriptsCarryOneReleaseVersionSoTheirRelativeImportsStayTogether() throws Exception {
        EventView event = fixture.openEvent();
        String page = mvc.get().uri("/room/join/" + fixture.register(event, "Ama Mensah")).exchange()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("/js/([0-9a-f]{12})/room/room\\.js")
                .matcher(page);
        assertThat(script.find()).as(page).isTrue();

        assertThat(mvc.get().uri("/js/" + script.group(1) + "/room/connection.js")).hasStatusOk()
                .headers().hasValue("Cache-Control", "max-age=31536000, public");
    }

    @Test
    void aForgedJoinLinkIsNotFound() {
        assertThat(mvc.get().uri("/room/join/" + "A".repeat(43))).hasStatus(404);
    }

    @Test
    void organisersEnterAsHostsAndSetWhenTheRoomOpens() {
        EventView event = fixture.openEvent();
        String host = fixture.organiser().email();

        assertThat(mvc.get().uri("/organiser/events/" + event.id().value() + "/room").with(user(host).roles("ADMIN")))
                .hasStatusOk().bodyText().contains("opening-minutes", "&quot;role&quot;:&quot;HOST&quot;");
        assertThat(mvc.post().uri("/organiser/events/" + event.id().value() + "/room/opening")
                .with(user(host).roles("ADMIN")).with(csrf()).param("minutes", "30"))
                .hasStatus3xxRedirection();

        assertThat(rooms.openingMinutes(event.id())).isEqualTo(30);
    }

    @Test
    void refusesAnOpeningTimeOutOfRangeAndKeepsTheOldOne() {
        EventView event = fixture.openEvent();
        String host = fixture.organiser().email();
        String page = "/organiser/events/" + event.id().value() + "/room";

        for (String bad : new String[] {"abc", "-5", "241", ""}) {
            assertThat(mvc.post().uri(page + "/opening").with(user(host).roles("ADMIN")).with(csrf())
                    .param("minutes", bad)).hasStatus3xxRedirection().flash()
                    .containsEntry("openingError", "room.opening.error");
        }

        assertThat(rooms.openingMinutes(event.id())).isEqualTo(15);
    }

    @Test
    void visitorsCannotEnterAnEventsRoomAsHost() {
        EventView event = fixture.openEvent();

        assertThat(mvc.get().uri("/organiser/events/" + event.id().value() + "/room")).hasStatus3xxRedirection();
    }
}
