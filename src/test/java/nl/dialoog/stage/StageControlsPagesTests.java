package nl.dialoog.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The room page's stage controls where Janus is set up: moderators get the controls, panelists the backstage,
 * attendees only the live line and the (hidden) invitation up, in the reader's language; text-only mode leaves it
 * all out.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StageControlsPagesTests {

    @RegisterExtension
    static final JanusServer JANUS = new JanusServer();

    @DynamicPropertySource
    static void janus(DynamicPropertyRegistry properties) {
        JANUS.settings(properties);
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RoomFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theHostGetsTheStageControlsAndTheBackstage() {
        EventView event = fixture.openEvent();

        assertThat(mvc.get().uri("/organiser/events/" + event.id().value() + "/room")
                .with(user(fixture.organiser().email()).roles("ADMIN")).header("Accept-Language", "nl"))
                .hasStatusOk().bodyText()
                .contains("id=\"stage-go-live\"", "Live gaan", "Opgestoken handen", "id=\"stage-backstage\"",
                        "Naar de backstage", "Het podium is niet live")
                .doesNotContain("id=\"stage-invitation\"");
    }

    @Test
    void aPanelistGetsTheBackstageWithADeviceCheckButNoControls() {
        EventView event = fixture.openEvent();
        RoomFixture.Registered ama = fixture.registered(event, "Ama Mensah");
        long participant = fixture.enter(ama).participantId();
        jdbc.sql("UPDATE room_participant SET role = 'PANELIST' WHERE id = :id").param("id", participant).update();

        assertThat(mvc.get().uri("/room/join/" + ama.joinToken()).header("Accept-Language", "fr")).hasStatusOk()
                .bodyText()
                .contains("id=\"stage-backstage\"", "Coulisses", "id=\"devices-microphone\"", "<meter",
                        "Vérifier ma caméra et mon micro")
                .doesNotContain("id=\"stage-go-live\"", "id=\"stage-invitation\"");
    }

    @Test
    void anAttendeeGetsTheLiveLineAndAHiddenInvitationButNoBackstage() {
        EventView event = fixture.openEvent();

        assertThat(mvc.get().uri("/room/join/" + fixture.register(event, "Kofi Boateng"))
                .header("Accept-Language", "es")).hasStatusOk().bodyText()
                .contains("id=\"stage-onair\"", "El escenario no está en directo", "id=\"stage-invitation\"",
                        "Aceptar y comprobar mis dispositivos")
                .doesNotContain("id=\"stage-backstage\"", "id=\"stage-go-live\"");
    }

    @Test
    void textOnlyModeLeavesTheStageControlsOut() {
        EventView event = fixture.openEvent();

        assertThat(mvc.get().uri("/room/join/" + fixture.register(event, "Kofi Boateng") + "?text=true"))
                .hasStatusOk().bodyText().doesNotContain("id=\"stage-controls\"");
    }
}
