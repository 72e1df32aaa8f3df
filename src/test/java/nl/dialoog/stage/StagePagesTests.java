package nl.dialoog.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The stage box of the room page without Janus (the embedded default): it says so, and organisers set an external
 * stream that everyone in the room then sees in a privacy-friendly player.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StagePagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RoomFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRoomSaysTheStageIsNotConfigured() {
        EventView event = fixture.openEvent();

        assertThat(mvc.get().uri("/room/join/" + fixture.register(event, "Ama Mensah")).header("Accept-Language", "nl"))
                .hasStatusOk().bodyText()
                .contains("Live video is niet ingesteld voor deze ruimte")
                .doesNotContain("<iframe", "stream-address");
    }

    @Test
    void anOrganiserSetsAYoutubeStreamThatAttendeesSeeWithoutTrackingCookies() {
        EventView event = fixture.openEvent();
        String host = fixture.organiser().email();
        String room = "/organiser/events/" + event.id().value() + "/room";
        assertThat(mvc.get().uri(room).with(user(host).roles("ADMIN"))).hasStatusOk().bodyText()
                .contains("id=\"stream-address\"");

        assertThat(mvc.post().uri("/organiser/events/" + event.id().value() + "/stage/stream")
                .with(user(host).roles("ADMIN")).with(csrf())
                .param("address", " https://www.youtube.com/watch?v=dQw4w9WgXcQ "))
                .hasRedirectedUrl(room).flash().containsEntry("streamSaved", "stage.stream.saved");

        assertThat(mvc.get().uri("/room/join/" + fixture.register(event, "Ama Mensah"))).hasStatusOk().bodyText()
                .contains("<iframe", "src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"")
                .doesNotContain("stream-address", "Live video is not set up");
    }

    @Test
    void aPlainHttpAddressIsRefusedWithATranslatedErrorAndNothingSaved() {
        EventView event = fixture.openEvent();
        String host = fixture.organiser().email();

        assertThat(mvc.post().uri("/organiser/events/" + event.id().value() + "/stage/stream")
                .with(user(host).roles("ADMIN")).with(csrf()).param("address", "http://example.org/live.m3u8"))
                .hasStatus3xxRedirection().flash().containsEntry("streamError", "stage.stream.https");
        assertThat(mvc.get().uri("/organiser/events/" + event.id().value() + "/room").with(user(host).roles("ADMIN"))
                .header("Accept-Language", "fr").flashAttr("streamError", "stage.stream.https")
                .flashAttr("streamAddress", "http://example.org/live.m3u8"))
                .hasStatusOk().bodyText().contains("L&#39;adresse doit commencer par https://", "aria-invalid=\"true\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stage WHERE event_id = :e AND stream_url IS NOT NULL")
                .param("e", event.id().value()).query(Integer.class).single()).isZero();
    }

    @Test
    void anHlsStreamPlaysInAVideoElementWithALinkBeside() {
        EventView event = fixture.openEvent();
        String host = fixture.organiser().email();
        mvc.post().uri("/organiser/events/" + event.id().value() + "/stage/stream").with(user(host).roles("ADMIN"))
                .with(csrf()).param("address", "https://cdn.example.org/panel/index.m3u8").exchange();

        assertThat(mvc.get().uri("/room/join/" + fixture.register(event, "Kofi"))).hasStatusOk().bodyText()
                .contains("<video", "src=\"https://cdn.example.org/panel/index.m3u8\"", "Open the stream");
    }

    @Test
    void attendeesCannotSetTheStream() {
        EventView event = fixture.openEvent();

        assertThat(mvc.post().uri("/organiser/events/" + event.id().value() + "/stage/stream").with(csrf())
                .param("address", "https://youtu.be/dQw4w9WgXcQ")).hasStatus3xxRedirection()
                .redirectedUrl().contains("/login");
    }
}
