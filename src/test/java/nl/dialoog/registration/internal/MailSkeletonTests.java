package nl.dialoog.registration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventDetails;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.mail.MailContent;
import nl.dialoog.registration.TestEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A registration mail filled in from its skeleton is, byte for byte, the mail the templates render for that person
 * (see {@link MailSkeletons}), and a changed event is rendered anew.
 */
@SpringBootTest
class MailSkeletonTests {

    private static final String BASE = "http://localhost:8080";
    private static final String TOKEN = "q1w2E3r4T5y6U7i8O9p0-_aSdFgHjKlZxCvBnM12345";

    static final List<String> NAMES = List.of(
            "Ama Mensah",
            "<script>alert('x')</script>",
            "Tom & Jerry &amp; &lt;co&gt; &#39;",
            "O'Brien \"the \u2018best\u2019\" {0} '{1}' $name ${name} [(${name})] #{x}",
            "Wang Xiǎomíng 王小明 and Ægir Þórsson, Ольга, Σωκράτης, 😀",
            "\u05d3\u05d5\u05d3 \u05db\u05d4\u05df \u0645\u062d\u0645\u062f \u202eevil\u202c",
            "Slot \uE000 \uE001\uE002 person \uE003",
            "  spaced\ttab\nnewline  ",
            "A very long name that runs on and on, " + "<b>& \"quoted\"</b> ".repeat(8));

    @Autowired
    RegistrationMails mails;

    @Autowired
    MailSkeletons skeletons;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    static Stream<Arguments> kindsLanguagesAndZones() throws IOException {
        Resource[] templates = new PathMatchingResourcePatternResolver()
                .getResources("classpath:/templates/registration/mail/*.html");
        List<String> kinds = Arrays.stream(templates).map(Resource::getFilename).filter(Objects::nonNull)
                .map(name -> name.substring(0, name.length() - ".html".length()))
                .filter(kind -> !kind.equals("parts")).sorted().toList();
        assertThat(kinds).contains("confirmation", "waitlisted", "verify", "awaiting-approval", "cancelled");
        return kinds.stream().flatMap(kind -> Stream.of("en", "fr").flatMap(language -> Stream.of(
                ZoneId.of("Africa/Accra"), ZoneId.of("America/St_Johns"))
                .map(zone -> Arguments.of(kind, language, zone))));
    }

    @ParameterizedTest
    @MethodSource("kindsLanguagesAndZones")
    void fillsTheSkeletonExactlyAsTheTemplatesRenderTheMailForAnyName(String kind, String language, ZoneId zone) {
        EventView event = event("Rôles & <changing> \"roles\" 'live'");

        for (boolean manage : new boolean[] {false, true}) {
            for (boolean join : manage ? new boolean[] {false, true} : new boolean[] {false}) {
                String manageUrl = manage ? BASE + "/registrations/" + TOKEN : null;
                String joinUrl = join ? BASE + "/join/" + TOKEN.toLowerCase() : null;
                for (String name : NAMES) {
                    MailContent filled = mails.content(kind, name, language, zone, event, manageUrl, joinUrl,
                            Map.of());

                    assertThat(filled).as("%s, %s, %s, links %s/%s, name %s", kind, language, zone, manage, join,
                            name).isEqualTo(mails.render(kind, name, language, zone, event, manageUrl, joinUrl,
                            Map.of()));
                }
                assertThat(skeletons.get(new MailSkeletons.Key(kind, event.id().value(), event.version(), language,
                        zone, manage, join), () -> fail("the skeleton was not kept"))).isPresent();
            }
        }
    }

    @Test
    void rendersTheMailAnewWhenTheEventChanges() {
        EventView before = event("Changing roles");
        ZoneId zone = ZoneId.of("Europe/Amsterdam");
        MailContent old = mails.content("confirmation", "Ama Mensah", "en", zone, before, null, null, Map.of());

        catalog.update(before.id(), details(before, "Roles, changed"), accounts.firstAdmin().orElseThrow());
        EventView after = catalog.find(before.id()).orElseThrow();
        MailContent changed = mails.content("confirmation", "Ama Mensah", "en", zone, after, null, null, Map.of());

        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(old.subject()).contains("Changing roles");
        assertThat(changed).isNotEqualTo(old)
                .isEqualTo(mails.render("confirmation", "Ama Mensah", "en", zone, after, null, null, Map.of()));
        assertThat(changed.subject()).contains("Roles, changed");
    }

    @Test
    void rendersDirectlyWhenTheEventTitleHoldsTheSlotCharacters() {
        EventView event = event("Slots \uE000\uE001\uE002 in a title");
        ZoneId zone = ZoneId.of("Europe/Amsterdam");
        String manageUrl = BASE + "/registrations/" + TOKEN;

        MailContent mail = mails.content("waitlisted", "Ama Mensah", "en", zone, event, manageUrl, null, Map.of());

        assertThat(mail).isEqualTo(mails.render("waitlisted", "Ama Mensah", "en", zone, event, manageUrl, null,
                Map.of()));
        assertThat(mail.subject()).contains("Slots \uE000\uE001\uE002 in a title");
    }

    @Test
    void keepsOnlyTheMostRecentlyUsedSkeletons() {
        MailSkeletons few = new MailSkeletons(2);
        few.get(key(1), () -> skeleton("one"));
        few.get(key(2), () -> skeleton("two"));
        few.get(key(1), () -> fail("kept"));

        few.get(key(3), () -> skeleton("three"));

        assertThat(few.get(key(1), () -> fail("kept"))).isPresent();
        assertThat(few.get(key(2), () -> skeleton("two again")).orElseThrow().fill("x", "y", null).subject())
                .isEqualTo("two again");
    }

    @Test
    void givesEveryThreadItsOwnMailWhileManyShareAFewSkeletons() throws InterruptedException {
        MailSkeletons few = new MailSkeletons(4);
        List<String> wrong = new CopyOnWriteArrayList<>();

        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 4000; i++) {
                int person = i;
                threads.submit(() -> {
                    int event = person % 12;
                    String name = "<" + person + "&>";
                    MailContent mail = few.get(key(event), () -> skeleton("event " + event)).orElseThrow()
                            .fill(name, "/m?" + person + "&", null);
                    if (!mail.equals(new MailContent("event " + event, "Dear " + name + ": /m?" + person + "&",
                            "<p>Dear &lt;" + person + "&amp;&gt;</p><a href=\"/m?" + person + "&amp;\">"))) {
                        wrong.add(mail.toString());
                    }
                });
            }
        }

        assertThat(wrong).isEmpty();
    }

    private static MailSkeletons.Key key(long event) {
        return new MailSkeletons.Key("confirmation", event, 1, "en", ZoneId.of("UTC"), true, false);
    }

    private static Optional<MailContent> skeleton(String subject) {
        return Optional.of(new MailContent(subject, "Dear " + MailSkeletons.NAME + ": " + MailSkeletons.MANAGE_URL,
                "<p>Dear " + MailSkeletons.NAME + "</p><a href=\"" + MailSkeletons.MANAGE_URL + "\">"));
    }

    private EventView event(String title) {
        AccountView organiser = accounts.firstAdmin().orElseThrow();
        LocalDateTime start = LocalDateTime.now(TestEvents.AMSTERDAM).plusMonths(1).withHour(11).withMinute(0)
                .withSecond(0).withNano(0);
        EventId id = catalog.create(new EventDetails("skel-" + UUID.randomUUID().toString().substring(0, 12), "en",
                List.of("en", "fr"), TestEvents.AMSTERDAM, start, start.plusHours(2),
                new LocalizedText(Map.of("en", title, "fr", title + " (fr)")), LocalizedText.EMPTY,
                LocalizedText.EMPTY, LocalizedText.EMPTY), organiser);
        catalog.publish(id, organiser);
        return catalog.find(id).orElseThrow();
    }

    private static EventDetails details(EventView event, String title) {
        return new EventDetails(event.slug(), event.defaultLanguage(), event.languages(), event.zone(),
                event.start().atZone(event.zone()).toLocalDateTime(),
                event.end().atZone(event.zone()).toLocalDateTime(), LocalizedText.of("en", title), event.summary(),
                event.description(), event.purpose());
    }
}
