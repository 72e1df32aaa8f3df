package nl.dialoog.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import javax.imageio.ImageIO;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Changing, reordering and removing an event's co-hosts, speakers and programme items; co-hosts' logos. */
@SpringBootTest
@AutoConfigureMockMvc
class EventPartsPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    AccountView admin() {
        return accounts.findByEmail(EventEditorPagesTests.ADMIN).orElseThrow();
    }

    EventId draft() {
        return catalog.create(EventCatalogTests.details(EventCatalogTests.uniqueSlug(),
                LocalDateTime.of(2030, 5, 1, 11, 0)), admin());
    }

    EventView event(EventId id) {
        return catalog.editable(id, admin());
    }

    long host(EventId id, String name) {
        return catalog.addHost(id, new HostDetails(LocalizedText.of("en", name), null), admin());
    }

    static byte[] picture(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    MvcTestResult saveHost(EventId id, long hostId, String name, MockMultipartFile logo) {
        return mvc.post().uri("/organiser/events/" + id.value() + "/hosts/" + hostId).multipart().file(logo)
                .with(EventEditorPagesTests.admin()).with(csrf()).header("Accept-Language", "en")
                .param("name[en]", name).param("website", "https://example.org").exchange();
    }

    @Test
    void opensAPartsFormFilledInAndSavesTheChange() {
        EventId id = draft();
        long hostId = host(id, "Partos");
        long speaker = catalog.addSpeaker(id, new SpeakerDetails("Amina Diallo", "CSO Network", "SN",
                LocalizedText.of("en", "Works on civic space.")), admin());
        long item = catalog.addAgendaItem(id, new AgendaItemDetails(LocalDateTime.of(2030, 5, 1, 11, 0), null,
                LocalizedText.of("en", "Opening"), List.of()), admin());
        String base = "/organiser/events/" + id.value();

        assertThat(mvc.get().uri(base + "/speakers/" + speaker).with(EventEditorPagesTests.admin()))
                .hasStatusOk().bodyText().contains("value=\"Amina Diallo\"", "value=\"CSO Network\"",
                        "Works on civic space.");
        assertThat(mvc.get().uri(base + "/hosts/" + hostId).with(EventEditorPagesTests.admin()))
                .hasStatusOk().bodyText().contains("value=\"Partos\"", "multipart/form-data");

        assertThat(mvc.post().uri(base + "/speakers/" + speaker).with(EventEditorPagesTests.admin()).with(csrf())
                .param("name", "Amina Diallo-Sow").param("organisation", "").param("country", "KE")
                .param("bio[en]", "Leads the network.")).hasStatus3xxRedirection().redirectedUrl()
                .isEqualTo(base + "?partSaved=speaker#speaker-" + speaker);
        assertThat(mvc.post().uri(base + "/agenda/" + item).with(EventEditorPagesTests.admin()).with(csrf())
                .param("day", "2030-05-01").param("from", "11:30").param("until", "12:00")
                .param("title[en]", "Welcome").param("speakerIds", String.valueOf(speaker)))
                .hasStatus3xxRedirection();

        EventView event = event(id);
        assertThat(event.speakers()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Amina Diallo-Sow");
            assertThat(s.organisation()).isNull();
            assertThat(s.country()).isEqualTo("KE");
            assertThat(s.bio().in("en")).isEqualTo("Leads the network.");
        });
        assertThat(event.agenda()).singleElement().satisfies(a -> {
            assertThat(a.title().in("en")).isEqualTo("Welcome");
            assertThat(a.end()).isNotNull();
            assertThat(a.speakerIds()).containsExactly(speaker);
        });
        assertThat(mvc.get().uri(base + "?partSaved=speaker").with(EventEditorPagesTests.admin()))
                .bodyText().contains("Your changes were saved.", "Change Amina Diallo-Sow");
    }

    @Test
    void refusesABadChangeWithTranslatedErrorsAndKeepsThePartAsItWas() {
        EventId id = draft();
        long hostId = host(id, "Partos");
        long item = catalog.addAgendaItem(id, new AgendaItemDetails(LocalDateTime.of(2030, 5, 1, 11, 0), null,
                LocalizedText.of("en", "Opening"), List.of()), admin());
        String base = "/organiser/events/" + id.value();

        assertThat(mvc.post().uri(base + "/hosts/" + hostId).with(EventEditorPagesTests.admin()).with(csrf())
                .header("Accept-Language", "nl").param("name[en]", "").param("website", "https://example.org"))
                .hasStatusOk().bodyText().contains("Vul de naam van de organisatie in de standaardtaal in.");
        assertThat(mvc.post().uri(base + "/agenda/" + item).with(EventEditorPagesTests.admin()).with(csrf())
                .header("Accept-Language", "en").param("day", "2030-05-01").param("from", "12:00")
                .param("until", "11:00").param("title[en]", "Backwards")).hasStatusOk().bodyText()
                .contains("The end must be after the start.", "value=\"Backwards\"");

        EventView event = event(id);
        assertThat(event.hosts()).singleElement().satisfies(h -> {
            assertThat(h.name().in("en")).isEqualTo("Partos");
            assertThat(h.website()).isNull();
        });
        assertThat(event.agenda()).singleElement().satisfies(a -> assertThat(a.title().in("en")).isEqualTo("Opening"));
    }

    @Test
    void aPartOfAnotherEventIsNotFound() {
        EventId mine = draft();
        EventId other = draft();
        long theirs = host(other, "Theirs");
        String base = "/organiser/events/" + mine.value();

        assertThat(mvc.get().uri(base + "/hosts/" + theirs).with(EventEditorPagesTests.admin())).hasStatus(404);
        assertThat(mvc.post().uri(base + "/hosts/" + theirs).with(EventEditorPagesTests.admin()).with(csrf())
                .param("name[en]", "Mine now")).hasStatus(404);
        assertThat(mvc.post().uri(base + "/hosts/" + theirs + "/move").with(EventEditorPagesTests.admin())
                .with(csrf()).param("direction", "UP")).hasStatus(404);
        assertThat(event(other).hosts()).singleElement()
                .satisfies(h -> assertThat(h.name().in("en")).isEqualTo("Theirs"));
    }

    @Test
    void movesPartsUpAndDownAndTheEventPageFollows() throws IOException {
        EventId id = draft();
        long iob = host(id, "IOB");
        long partos = host(id, "Partos");
        long wo = host(id, "WO=MEN");
        long opening = catalog.addAgendaItem(id, new AgendaItemDetails(LocalDateTime.of(2030, 5, 1, 11, 0), null,
                LocalizedText.of("en", "Opening"), List.of()), admin());
        long panel = catalog.addAgendaItem(id, new AgendaItemDetails(LocalDateTime.of(2030, 5, 1, 11, 30), null,
                LocalizedText.of("en", "Panel"), List.of()), admin());
        String base = "/organiser/events/" + id.value();

        assertThat(mvc.post().uri(base + "/hosts/" + wo + "/move").with(EventEditorPagesTests.admin()).with(csrf())
                .param("direction", "UP")).hasStatus3xxRedirection().redirectedUrl()
                .isEqualTo(base + "#host-" + wo + "-up");
        assertThat(mvc.post().uri(base + "/hosts/" + wo + "/move").with(EventEditorPagesTests.admin()).with(csrf())
                .param("direction", "UP")).hasStatus3xxRedirection().redirectedUrl()
                .isEqualTo(base + "#host-" + wo);
        assertThat(mvc.post().uri(base + "/agenda/" + panel + "/move").with(EventEditorPagesTests.admin())
                .with(csrf()).param("direction", "UP")).hasStatus3xxRedirection();
        assertThat(mvc.post().uri(base + "/hosts/" + iob + "/move").with(EventEditorPagesTests.admin())
                .with(csrf()).param("direction", "SIDEWAYS")).hasStatus(400);

        EventView event = event(id);
        assertThat(event.hosts()).extracting(Host::id).containsExactly(wo, iob, partos);
        assertThat(event.agenda()).extracting(AgendaItem::id).containsExactly(panel, opening);

        catalog.publish(id, admin());
        String page = mvc.get().uri("/events/" + event.slug()).header("Accept-Language", "en").exchange()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page.indexOf("WO=MEN")).isLessThan(page.indexOf("IOB")).isGreaterThan(0);
        assertThat(page.indexOf("IOB")).isLessThan(page.indexOf("Partos"));
        assertThat(page.indexOf("Panel")).isLessThan(page.indexOf("Opening"));
    }

    @Test
    void storesAnUploadedLogoScaledDownAndServesItItself() throws IOException {
        EventId id = draft();
        long hostId = host(id, "Partos");

        assertThat(saveHost(id, hostId, "Partos", new MockMultipartFile("logo", "partos.jpg", "image/jpeg",
                picture("jpeg", 1200, 300)))).hasStatus3xxRedirection();

        Host host = event(id).hosts().getFirst();
        assertThat(host.logoPath()).matches("/logos/" + hostId + "/\\d+");
        MvcTestResult served = mvc.get().uri(host.logoPath()).exchange();
        assertThat(served).hasStatusOk().hasContentType("image/png");
        assertThat(served.getResponse().getHeader("Cache-Control")).contains("max-age=31536000", "immutable");
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(served.getResponse().getContentAsByteArray()));
        assertThat(stored.getWidth()).isEqualTo(400);
        assertThat(stored.getHeight()).isEqualTo(100);

        catalog.publish(id, admin());
        assertThat(mvc.get().uri("/events/" + event(id).slug())).bodyText()
                .contains("src=\"" + host.logoPath() + "\"");
        assertThat(mvc.get().uri("/logos/" + hostId + "/1")).hasStatus3xxRedirection().redirectedUrl()
                .isEqualTo(host.logoPath());
        assertThat(mvc.get().uri("/logos/999999999/1")).hasStatus(404);
    }

    @Test
    void refusesATextFileCalledPngAnSvgAndATooLargeFileAndKeepsTheHostAsItWas() throws IOException {
        EventId id = draft();
        long hostId = host(id, "Partos");
        assertThat(saveHost(id, hostId, "Partos", new MockMultipartFile("logo", "logo.png", "image/png",
                picture("png", 100, 50)))).hasStatus3xxRedirection();
        String kept = event(id).hosts().getFirst().logoPath();

        assertThat(saveHost(id, hostId, "Renamed", new MockMultipartFile("logo", "logo.png", "image/png",
                "this is only text pretending to be a PNG".getBytes(StandardCharsets.UTF_8))))
                .hasStatusOk().bodyText().contains("The logo must be a PNG or JPEG image.");
        assertThat(saveHost(id, hostId, "Renamed", new MockMultipartFile("logo", "logo.svg", "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8))))
                .hasStatusOk().bodyText().contains("The logo must be a PNG or JPEG image.");
        assertThat(saveHost(id, hostId, "Renamed", new MockMultipartFile("logo", "logo.gif", "image/gif",
                picture("gif", 10, 10)))).hasStatusOk().bodyText().contains("The logo must be a PNG or JPEG image.");
        assertThat(saveHost(id, hostId, "Renamed", new MockMultipartFile("logo", "huge.png", "image/png",
                new byte[EventLimits.MAX_LOGO_BYTES + 1]))).hasStatusOk().bodyText()
                .contains("id=\"logo-error\"", "The logo is too large");
        MvcTestResult dutch = mvc.post().uri("/organiser/events/" + id.value() + "/hosts").multipart()
                .file(new MockMultipartFile("logo", "logo.png", "image/png", "GIF89a nope".getBytes()))
                .with(EventEditorPagesTests.admin()).with(csrf()).header("Accept-Language", "nl")
                .param("name[en]", "New host").exchange();
        assertThat(dutch).hasStatusOk().bodyText().contains("Het logo moet een PNG- of JPEG-afbeelding zijn.");

        assertThat(event(id).hosts()).singleElement().satisfies(h -> {
            assertThat(h.name().in("en")).isEqualTo("Partos");
            assertThat(h.logoPath()).isEqualTo(kept);
        });
    }

    @Test
    void removesALogoOnRequest() throws IOException {
        EventId id = draft();
        long hostId = host(id, "Partos");
        assertThat(saveHost(id, hostId, "Partos", new MockMultipartFile("logo", "logo.png", "image/png",
                picture("png", 100, 50)))).hasStatus3xxRedirection();

        assertThat(mvc.post().uri("/organiser/events/" + id.value() + "/hosts/" + hostId)
                .with(EventEditorPagesTests.admin()).with(csrf()).param("name[en]", "Partos")
                .param("removeLogo", "true")).hasStatus3xxRedirection();

        assertThat(event(id).hosts().getFirst().logoPath()).isNull();
    }
}
