package nl.dialoog.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dialoog.account.AccountId;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.OrganisationId;
import nl.dialoog.account.Role;
import nl.dialoog.shared.Audit;
import nl.dialoog.shared.DomainError;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@RecordApplicationEvents
class EventCatalogTests {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Autowired
    EventCatalog catalog;

    @Autowired
    Audit audit;

    @Autowired
    ApplicationEvents events;

    final AccountView organiser = organiserOf(1_000 + (long) (Math.random() * 1_000_000));

    static AccountView organiserOf(long organisation) {
        return new AccountView(new AccountId(organisation), new OrganisationId(organisation), "Org " + organisation,
                "o" + organisation + "@example.org", "Organiser", Role.ORGANISER);
    }

    static EventDetails details(String slug, LocalDateTime start) {
        return new EventDetails(slug, "en", List.of("en", "nl"), AMSTERDAM, start, start.plusHours(2),
                new LocalizedText(Map.of("en", "Changing roles", "nl", "Veranderende rollen")),
                LocalizedText.of("en", "A summary"), LocalizedText.of("en", "**Hello**"),
                LocalizedText.of("nl", "Een doel"));
    }

    static String uniqueSlug() {
        return "event-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createsDraftWithStartAndEndInTheEventsZone() {
        EventId id = catalog.create(details(uniqueSlug(), LocalDateTime.of(2017, 11, 9, 11, 0)), organiser);

        EventView event = catalog.editable(id, organiser);
        assertThat(event.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(event.start()).isEqualTo(Instant.parse("2017-11-09T10:00:00Z"));
        assertThat(event.end()).isEqualTo(Instant.parse("2017-11-09T12:00:00Z"));
        assertThat(event.title().in("nl")).isEqualTo("Veranderende rollen");
        assertThat(catalog.findPublished(event.slug())).isEmpty();
        assertThat(audit.forSubject("event:" + id.value())).extracting(Audit.Entry::action).contains("event.created");
    }

    @Test
    void makesAReadableUniqueSlugFromTheTitleWhenNoneIsGiven() {
        String title = "Café Dialogue " + UUID.randomUUID().toString().substring(0, 6);
        EventDetails first = withTitle(details("", LocalDateTime.of(2030, 1, 1, 10, 0)), title);

        EventView one = catalog.editable(catalog.create(first, organiser), organiser);
        EventView two = catalog.editable(catalog.create(first, organiser), organiser);

        assertThat(one.slug()).startsWith("cafe-dialogue-");
        assertThat(two.slug()).isEqualTo(one.slug() + "-2");
    }

    @Test
    void refusesATakenSlug() {
        String slug = uniqueSlug();
        catalog.create(details(slug, LocalDateTime.of(2030, 1, 1, 10, 0)), organiser);

        assertThatThrownBy(() -> catalog.create(details(slug, LocalDateTime.of(2030, 1, 1, 10, 0)), organiser))
                .isInstanceOfSatisfying(DomainError.class,
                        e -> assertThat(e.messageKey()).isEqualTo("event.error.slugTaken"));
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        EventDetails d = details(uniqueSlug(), LocalDateTime.of(2030, 1, 1, 10, 0));
        EventDetails backwards = new EventDetails(d.slug(), "en", d.languages(), AMSTERDAM, d.start(),
                d.start().minusMinutes(1), d.title(), d.summary(), d.description(), d.purpose());

        assertThatThrownBy(() -> catalog.create(backwards, organiser))
                .isInstanceOfSatisfying(DomainError.class,
                        e -> assertThat(e.field()).isEqualTo("endDate"));
    }

    @Test
    void refusesAnEventWithoutTitleInItsDefaultLanguage() {
        EventDetails d = details(uniqueSlug(), LocalDateTime.of(2030, 1, 1, 10, 0));
        EventDetails untitled = new EventDetails(d.slug(), "en", d.languages(), AMSTERDAM, d.start(), d.end(),
                LocalizedText.of("nl", "Alleen Nederlands"), d.summary(), d.description(), d.purpose());

        assertThatThrownBy(() -> catalog.create(untitled, organiser))
                .isInstanceOfSatisfying(DomainError.class,
                        e -> assertThat(e.messageKey()).isEqualTo("event.error.titleRequired"));
    }

    @Test
    void refusesLanguagesOutsideTheOfferedList() {
        EventDetails d = details(uniqueSlug(), LocalDateTime.of(2030, 1, 1, 10, 0));
        EventDetails klingon = new EventDetails(d.slug(), "en", List.of("en", "tlh"), AMSTERDAM, d.start(), d.end(),
                d.title(), d.summary(), d.description(), d.purpose());

        assertThatThrownBy(() -> catalog.create(klingon, organiser)).isInstanceOf(DomainError.class);
    }

    @Test
    void keepsTextsOnlyInOfferedLanguagesAndAlwaysOffersTheDefault() {
        EventDetails d = details(uniqueSlug(), LocalDateTime.of(2030, 1, 1, 10, 0));
        EventDetails onlyNl = new EventDetails(d.slug(), "en", List.of("nl"), AMSTERDAM, d.start(), d.end(),
                new LocalizedText(Map.of("en", "Title", "nl", "Titel", "fr", "Titre")), d.summary(),
                d.description(), d.purpose());

        EventView event = catalog.editable(catalog.create(onlyNl, organiser), organiser);

        assertThat(event.languages()).containsExactly("en", "nl");
        assertThat(event.title().values()).containsOnlyKeys("en", "nl");
    }

    @Test
    void hidesOtherOrganisationsEventsFromEditing() {
        EventId id = catalog.create(details(uniqueSlug(), LocalDateTime.of(2030, 1, 1, 10, 0)), organiser);
        AccountView stranger = organiserOf(organiser.organisationId().value() + 1);

        assertThatThrownBy(() -> catalog.editable(id, stranger)).isInstanceOf(EventNotFound.class);
        assertThatThrownBy(() -> catalog.publish(id, stranger)).isInstanceOf(EventNotFound.class);
        assertThat(catalog.workingSet(stranger)).noneMatch(e -> e.id().equals(id));
    }

    @Test
    void publishesAndUnpublishesWithAnAuditEntry() {
        EventId id = catalog.create(details(uniqueSlug(), LocalDateTime.of(2030, 1, 1, 10, 0)), organiser);

        catalog.publish(id, organiser);
        String slug = catalog.editable(id, organiser).slug();
        assertThat(catalog.findPublished(slug)).isPresent();
        assertThat(audit.forSubject("event:" + id.value())).extracting(Audit.Entry::action).contains("event.published");

        catalog.unpublish(id, organiser);
        assertThat(catalog.findPublished(slug)).isEmpty();
        assertThat(audit.forSubject("event:" + id.value())).extracting(Audit.Entry::action)
                .containsSubsequence("event.published", "event.unpublished");
    }

    @Test
    void aPublishedEventReadAgainShowsEveryChangeAtOnce() {
        EventId id = catalog.create(details(uniqueSlug(), LocalDateTime.of(2030, 1, 1, 10, 0)), organiser);
        catalog.publish(id, organiser);
        String slug = catalog.editable(id, organiser).slug();
        EventView first = catalog.findPublished(slug).orElseThrow();
        assertThat(catalog.findPublished(slug).orElseThrow()).isSameAs(first); // kept, not read again

        catalog.update(id, new EventDetails(slug, "en", List.of("en", "nl"), AMSTERDAM,
                LocalDateTime.of(2030, 1, 1, 10, 0), LocalDateTime.of(2030, 1, 1, 12, 0),
                LocalizedText.of("en", "Renamed"), LocalizedText.EMPTY, LocalizedText.EMPTY, LocalizedText.EMPTY),
                organiser);
        EventView renamed = catalog.findPublished(slug).orElseThrow();
        assertThat(renamed.title().in("en")).isEqualTo("Renamed");
        assertThat(renamed.version()).isGreaterThan(first.version());

        long hostId = catalog.addHost(id, new HostDetails(LocalizedText.of("en", "Partos"), null), organiser);
        EventView withHost = catalog.findPublished(slug).orElseThrow();
        assertThat(withHost.hosts()).extracting(Host::id).containsExactly(hostId);

        catalog.removeHost(id, hostId, organiser);
        assertThat(catalog.findPublished(slug).orElseThrow().hosts()).isEmpty();

        catalog.unpublish(id, organiser);
        assertThat(catalog.findPublished(slug)).isEmpty();
    }

    @Test
    void reschedulingAPublishedEventMovesItsAgendaAndAnnouncesTheNewTime() {
        LocalDateTime start = LocalDateTime.of(2030, 3, 1, 11, 0);
        EventDetails d = details(uniqueSlug(), start);
        EventId id = catalog.create(d, organiser);
        catalog.addAgendaItem(id, new AgendaItemDetails(start.plusMinutes(15), start.plusMinutes(45),
                LocalizedText.of("en", "Panel"), List.of()), organiser);
        catalog.publish(id, organiser);

        LocalDateTime later = start.plusDays(7).plusHours(1);
        catalog.update(id, new EventDetails(d.slug(), "en", d.languages(), AMSTERDAM, later, later.plusHours(2),
                d.title(), d.summary(), d.description(), d.purpose()), organiser);

        EventView event = catalog.editable(id, organiser);
        assertThat(event.calendarSequence()).isEqualTo(1);
        assertThat(event.agenda().getFirst().start())
                .isEqualTo(later.plusMinutes(15).atZone(AMSTERDAM).toInstant());
        assertThat(events.stream(EventRescheduled.class)).singleElement()
                .satisfies(moved -> assertThat(moved.start()).isEqualTo(event.start()));
    }

    @Test
    void addsHostsSpeakersAndAgendaItemsInOrder() {
        LocalDateTime start = LocalDateTime.of(2030, 3, 1, 11, 0);
        EventId id = catalog.create(details(uniqueSlug(), start), organiser);

        catalog.addHost(id, new HostDetails(LocalizedText.of("en", "IOB"), "https://www.iob-evaluatie.nl"),
                organiser);
        catalog.addHost(id, new HostDetails(LocalizedText.of("en", "Partos"), null), organiser);
        long speaker = catalog.addSpeaker(id, new SpeakerDetails("Amina", "CSO Network", "KE",
                LocalizedText.of("en", "Works on civic space.")), organiser);
        catalog.addAgendaItem(id, new AgendaItemDetails(start, null, LocalizedText.of("en", "Opening"),
                List.of(speaker)), organiser);

        EventView event = catalog.editable(id, organiser);
        assertThat(event.hosts()).extracting(h -> h.name().in("en")).containsExactly("IOB", "Partos");
        assertThat(event.speakers()).singleElement().satisfies(s -> assertThat(s.country()).isEqualTo("KE"));
        assertThat(event.agenda()).singleElement().satisfies(a -> assertThat(a.speakerIds()).containsExactly(speaker));
    }

    @Test
    void refusesInvalidPartsWithoutSavingAnything() {
        EventId id = catalog.create(details(uniqueSlug(), LocalDateTime.of(2030, 3, 1, 11, 0)), organiser);

        assertThatThrownBy(() -> catalog.addHost(id, new HostDetails(LocalizedText.of("en", "X"),
                "javascript:alert(1)"), organiser)).isInstanceOf(DomainError.class);
        assertThatThrownBy(() -> catalog.addHost(id, new HostDetails(LocalizedText.of("nl", "Alleen NL"), null),
                organiser)).isInstanceOf(DomainError.class);
        assertThatThrownBy(() -> catalog.addSpeaker(id, new SpeakerDetails("A", null, "XX", LocalizedText.EMPTY),
                organiser)).isInstanceOf(DomainError.class);
        assertThatThrownBy(() -> catalog.addAgendaItem(id, new AgendaItemDetails(
                LocalDateTime.of(2030, 3, 1, 11, 0), null, LocalizedText.of("en", "Item"), List.of(424242L)),
                organiser)).isInstanceOf(DomainError.class);

        EventView event = catalog.editable(id, organiser);
        assertThat(event.hosts()).isEmpty();
        assertThat(event.speakers()).isEmpty();
        assertThat(event.agenda()).isEmpty();
    }

    @Test
    void listsPublishedEventsAsUpcomingUntilTheyEnd() {
        EventId future = catalog.create(details(uniqueSlug(), LocalDateTime.now().plusDays(30)), organiser);
        EventId old = catalog.create(details(uniqueSlug(), LocalDateTime.of(2017, 11, 9, 11, 0)), organiser);
        catalog.publish(future, organiser);
        catalog.publish(old, organiser);

        assertThat(catalog.upcoming(1000)).extracting(EventView::id).contains(future).doesNotContain(old);
        assertThat(catalog.past(1000)).extracting(EventView::id).contains(old).doesNotContain(future);
    }

    @Test
    void writesACalendarFileWhoseEventLastsAsLongAsTheEvent() {
        EventId id = catalog.create(details(uniqueSlug(), LocalDateTime.of(2017, 11, 9, 11, 0)), organiser);
        EventView event = catalog.editable(id, organiser);

        String ics = catalog.calendarFile(event, "nl", java.net.URI.create("https://dialoog.example/events/x"));

        assertThat(ics).contains("BEGIN:VTIMEZONE", "TZID:Europe/Amsterdam", "SUMMARY:Veranderende rollen",
                "UID:event-" + id.value() + "@dialoog.example");
        assertThat(Duration.between(event.start(), event.end())).isEqualTo(Duration.ofHours(2));
    }

    private static EventDetails withTitle(EventDetails d, String title) {
        return new EventDetails(d.slug(), d.defaultLanguage(), d.languages(), d.zone(), d.start(), d.end(),
                LocalizedText.of("en", title), d.summary(), d.description(), d.purpose());
    }

    @Test
    void keepsContactAddressesNormalisedAndRefusesInvalidOnes() {
        EventId id = catalog.create(details(uniqueSlug(), LocalDateTime.of(2030, 3, 1, 11, 0)), organiser);

        catalog.setContactAddresses(id, List.of(" IOB@Example.org ", "", "iob@example.org", "partos@example.org"),
                organiser);

        assertThat(catalog.contactAddresses(id)).containsExactly("iob@example.org", "partos@example.org");
        catalog.setContactAddresses(id, List.of("admin@localhost"), organiser);
        assertThat(catalog.contactAddresses(id)).as("the default admin address of bin/run").containsExactly(
                "admin@localhost");
        catalog.setContactAddresses(id, List.of("iob@example.org", "partos@example.org"), organiser);
        assertThatThrownBy(() -> catalog.setContactAddresses(id, List.of("not an address"), organiser))
                .isInstanceOf(DomainError.class);
        assertThat(catalog.contactAddresses(id)).hasSize(2);
    }
}
