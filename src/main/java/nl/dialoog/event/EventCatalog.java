package nl.dialoog.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.dialoog.account.AccountView;
import nl.dialoog.shared.Audit;
import nl.dialoog.shared.DomainError;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events module's API: organisers create, edit and publish events; everyone else reads published ones.
 * Editing is limited to the owning organisation (administrators may edit all); anything else reads as "not found".
 */
@Service
@Transactional(readOnly = true)
public class EventCatalog {

    private final EventStore store;
    private final PartStore parts;
    private final RecentEvents recent;
    private final EventSettings settings;
    private final ApplicationEventPublisher events;
    private final Audit audit;
    private final Clock clock;
    private final ObjectProvider<PublishChecklist.Source> checklistSources;

    EventCatalog(EventStore store, PartStore parts, RecentEvents recent, EventSettings settings,
                 ApplicationEventPublisher events, Audit audit, Clock clock,
                 ObjectProvider<PublishChecklist.Source> checklistSources) {
        this.store = store;
        this.parts = parts;
        this.recent = recent;
        this.settings = settings;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.checklistSources = checklistSources;
    }

    /** The languages an event's texts may be written in. */
    public List<String> contentLanguages() {
        return settings.contentLanguages();
    }

    @Transactional
    public EventId create(EventDetails details, AccountView by) {
        EventDetails checked = EventRules.check(details, settings.contentLanguages());
        if (details.slug() == null || details.slug().isBlank()) {
            checked = withSlug(checked, freeSlug(checked.slug(), 0));
        } else if (store.slugTaken(checked.slug(), 0)) {
            throw new DomainError("slug", "event.error.slugTaken");
        }
        long id = store.insert(by.organisationId().value(), checked, instant(checked, true), instant(checked, false),
                clock.instant());
        audit.record("event.created", subject(id), checked.slug());
        return new EventId(id);
    }

    @Transactional
    public void update(EventId id, EventDetails details, AccountView by) {
        EventView current = editable(id, by);
        EventDetails checked = EventRules.check(details, settings.contentLanguages());
        if (store.slugTaken(checked.slug(), id.value())) {
            throw new DomainError("slug", "event.error.slugTaken");
        }
        Instant start = instant(checked, true);
        Instant end = instant(checked, false);
        boolean moved = !start.equals(current.start()) || !end.equals(current.end());
        store.update(id.value(), checked, start, end, moved, clock.instant());
        if (!start.equals(current.start())) {
            store.shiftAgenda(id.value(), Duration.between(current.start(), start));
        }
        audit.record("event.updated", subject(id.value()), moved ? "rescheduled to " + start + " – " + end : null);
        if (moved && current.isPublished()) {
            events.publishEvent(new EventRescheduled(id, current.start(), start, end,
                    current.calendarSequence() + 1));
        }
    }

    @Transactional
    public void publish(EventId id, AccountView by) {
        EventView event = editable(id, by);
        if (store.setStatus(id.value(), EventStatus.PUBLISHED, clock.instant())) {
            audit.record("event.published", subject(id.value()), event.slug());
        }
    }

    /**
     * What an event still lacks before it is published, from this module and the modules built on it. The event is
     * one the caller read through {@link #editable}.
     */
    public PublishChecklist checklist(EventView event) {
        PublishChecklist checklist = new PublishChecklist(event, !store.contacts(event.id().value()).isEmpty());
        checklistSources.orderedStream().forEach(source -> source.addTo(checklist));
        return checklist;
    }

    @Transactional
    public void unpublish(EventId id, AccountView by) {
        EventView event = editable(id, by);
        if (store.setStatus(id.value(), EventStatus.DRAFT, clock.instant())) {
            audit.record("event.unpublished", subject(id.value()), event.slug());
        }
    }

    @Transactional
    public long addHost(EventId id, HostDetails host, AccountView by) {
        return addHost(id, host, null, by);
    }

    /** Adds a co-host with an uploaded logo (null: none); a refused logo adds nothing. */
    @Transactional
    public long addHost(EventId id, HostDetails host, byte[] logo, AccountView by) {
        EventView event = editable(id, by);
        HostDetails kept = keptHost(host, event);
        byte[] png = logo == null ? null : LogoImages.normalise(logo);
        long hostId = store.addHost(id.value(), kept.name(), kept.website());
        if (png != null) {
            parts.setLogo(id.value(), hostId, LogoImages.MEDIA_TYPE, png, clock.instant());
        }
        audit.record("event.host.added", subject(id.value()), kept.name().in(event.defaultLanguage()));
        return hostId;
    }

    /**
     * Changes a co-host's name and website and, if given, replaces its logo with an uploaded one (null: keep it) or
     * removes it; a refused logo changes nothing at all.
     */
    @Transactional
    public void updateHost(EventId id, long hostId, HostDetails host, byte[] logo, boolean removeLogo,
                           AccountView by) {
        EventView event = editable(id, by);
        HostDetails kept = keptHost(host, event);
        byte[] png = logo == null ? null : LogoImages.normalise(logo);
        found(parts.updateHost(id.value(), hostId, kept), "host " + hostId);
        if (png != null) {
            parts.setLogo(id.value(), hostId, LogoImages.MEDIA_TYPE, png, clock.instant());
        } else if (removeLogo) {
            parts.removeLogo(id.value(), hostId);
        }
        audit.record("event.host.changed", subject(id.value()), kept.name().in(event.defaultLanguage()));
    }

    /** A co-host's logo, for anyone: it is shown on the public page. */
    public Optional<HostLogo> hostLogo(long hostId) {
        return parts.logo(hostId);
    }

    @Transactional
    public long addSpeaker(EventId id, SpeakerDetails speaker, AccountView by) {
        EventView event = editable(id, by);
        SpeakerDetails kept = keptSpeaker(speaker, event);
        long speakerId = store.addSpeaker(id.value(), kept.name(), kept.organisation(), kept.country(), kept.bio());
        audit.record("event.speaker.added", subject(id.value()), kept.name());
        return speakerId;
    }

    @Transactional
    public void updateSpeaker(EventId id, long speakerId, SpeakerDetails speaker, AccountView by) {
        EventView event = editable(id, by);
        SpeakerDetails kept = keptSpeaker(speaker, event);
        found(parts.updateSpeaker(id.value(), speakerId, kept), "speaker " + speakerId);
        audit.record("event.speaker.changed", subject(id.value()), kept.name());
    }

    @Transactional
    public long addAgendaItem(EventId id, AgendaItemDetails item, AccountView by) {
        EventView event = editable(id, by);
        AgendaItemDetails kept = keptAgendaItem(item, event);
        long itemId = store.addAgendaItem(id.value(), kept.start().atZone(event.zone()).toInstant(),
                kept.end() == null ? null : kept.end().atZone(event.zone()).toInstant(), kept.title(),
                kept.speakerIds());
        audit.record("event.agenda.added", subject(id.value()), kept.title().in(event.defaultLanguage()));
        return itemId;
    }

    /** Changes a programme item's times, title and speakers; its place in the programme stays. */
    @Transactional
    public void updateAgendaItem(EventId id, long itemId, AgendaItemDetails item, AccountView by) {
        EventView event = editable(id, by);
        AgendaItemDetails kept = keptAgendaItem(item, event);
        found(parts.updateAgendaItem(id.value(), itemId, kept.start().atZone(event.zone()).toInstant(),
                kept.end() == null ? null : kept.end().atZone(event.zone()).toInstant(), kept.title(),
                kept.speakerIds()), "agenda item " + itemId);
        audit.record("event.agenda.changed", subject(id.value()), kept.title().in(event.defaultLanguage()));
    }

    @Transactional
    public void moveHost(EventId id, long hostId, PartMove move, AccountView by) {
        move(EventStore.Part.HOST, id, hostId, move, by);
    }

    @Transactional
    public void moveSpeaker(EventId id, long speakerId, PartMove move, AccountView by) {
        move(EventStore.Part.SPEAKER, id, speakerId, move, by);
    }

    @Transactional
    public void moveAgendaItem(EventId id, long itemId, PartMove move, AccountView by) {
        move(EventStore.Part.AGENDA_ITEM, id, itemId, move, by);
    }

    @Transactional
    public void removeHost(EventId id, long hostId, AccountView by) {
        remove(EventStore.Part.HOST, id, hostId, by);
    }

    @Transactional
    public void removeSpeaker(EventId id, long speakerId, AccountView by) {
        remove(EventStore.Part.SPEAKER, id, speakerId, by);
    }

    @Transactional
    public void removeAgendaItem(EventId id, long itemId, AccountView by) {
        remove(EventStore.Part.AGENDA_ITEM, id, itemId, by);
    }

    private void move(EventStore.Part part, EventId id, long partId, PartMove move, AccountView by) {
        editable(id, by);
        found(parts.move(part, id.value(), partId, move), part + " " + partId);
        audit.record(switch (part) {
            case HOST -> "event.host.moved";
            case SPEAKER -> "event.speaker.moved";
            case AGENDA_ITEM -> "event.agenda_item.moved";
        }, subject(id.value()), partId + " " + move.name().toLowerCase(java.util.Locale.ROOT));
    }

    private void remove(EventStore.Part part, EventId id, long partId, AccountView by) {
        editable(id, by);
        found(store.removePart(part, id.value(), partId), part + " " + partId);
        audit.record(switch (part) {
            case HOST -> "event.host.removed";
            case SPEAKER -> "event.speaker.removed";
            case AGENDA_ITEM -> "event.agenda_item.removed";
        }, subject(id.value()), String.valueOf(partId));
    }

    private static void found(boolean found, String what) {
        if (!found) {
            throw new EventNotFound(what);
        }
    }

    private static HostDetails keptHost(HostDetails host, EventView event) {
        HostDetails kept = new HostDetails(host.name().restrictedTo(event.languages()), blankToNull(host.website()));
        EventRules.checkHost(kept, event.defaultLanguage());
        return kept;
    }

    private static SpeakerDetails keptSpeaker(SpeakerDetails speaker, EventView event) {
        SpeakerDetails kept = new SpeakerDetails(strip(speaker.name()), blankToNull(speaker.organisation()),
                blankToNull(speaker.country()), speaker.bio().restrictedTo(event.languages()));
        EventRules.checkSpeaker(kept);
        return kept;
    }

    private static AgendaItemDetails keptAgendaItem(AgendaItemDetails item, EventView event) {
        AgendaItemDetails kept = new AgendaItemDetails(item.start(), item.end(),
                item.title().restrictedTo(event.languages()), item.speakerIds());
        EventRules.checkAgendaItem(kept, event.defaultLanguage());
        List<Long> known = event.speakers().stream().map(Speaker::id).toList();
        if (!known.containsAll(kept.speakerIds())) {
            throw new DomainError("speakerIds", "event.error.unknownSpeaker");
        }
        return kept;
    }

    /** The addresses that receive an event's questions and suggestions; never shown on its page. */
    public List<String> contactAddresses(EventId id) {
        return store.contacts(id.value());
    }

    /** Replaces the contact addresses: at most 10 valid e-mail addresses, duplicates folded. */
    @Transactional
    public void setContactAddresses(EventId id, List<String> addresses, AccountView by) {
        editable(id, by);
        List<String> kept = EventRules.checkContacts(addresses);
        store.replaceContacts(id.value(), kept);
        audit.record("event.contacts.changed", subject(id.value()), String.join(", ", kept));
    }

    /** An event its organiser may edit or preview. */
    public EventView editable(EventId id, AccountView by) {
        return store.find(id.value())
                .filter(event -> by.isAdmin() || event.organisationId() == by.organisationId().value())
                .orElseThrow(() -> new EventNotFound(String.valueOf(id.value())));
    }

    /** A published event by its address; no transaction around it (one query while the kept copy is current). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<EventView> findPublished(String slug) {
        return store.stampBySlug(slug).flatMap(stamp -> recent.current(stamp).or(() -> {
            Optional<EventView> read = store.find(stamp.id());
            read.ifPresent(recent::remember);
            return read;
        })).filter(EventView::isPublished);
    }

    public Optional<EventView> find(EventId id) {
        return store.find(id.value());
    }

    /** Published events not yet over, soonest first. */
    public List<EventView> upcoming(int limit) {
        return upcoming(limit, 0);
    }

    /** A page of published events not yet over, soonest first, skipping the first {@code offset}. */
    public List<EventView> upcoming(int limit, int offset) {
        return store.published(clock.instant(), true, limit, offset);
    }

    /** Published events that are over, latest first. */
    public List<EventView> past(int limit) {
        return store.published(clock.instant(), false, limit, 0);
    }

    /** The events an organiser works on: their organisation's, or all for an administrator. */
    public List<EventView> workingSet(AccountView by) {
        return store.ofOrganisation(by.isAdmin() ? null : by.organisationId().value());
    }

    /** One page of {@link #workingSet}: events not yet ended first (soonest first), then past ones (latest first). */
    public List<EventView> workingSet(AccountView by, int offset, int limit) {
        return store.ofOrganisation(by.isAdmin() ? null : by.organisationId().value(), clock.instant(), limit, offset);
    }

    /** How many events {@link #workingSet} holds. */
    public int workingSetSize(AccountView by) {
        return store.countOfOrganisation(by.isAdmin() ? null : by.organisationId().value());
    }

    /** The event as an iCalendar file, texts in the given language, linking to its public page. */
    public String calendarFile(EventView event, String language, java.net.URI page) {
        return CalendarFile.write(event, language, page, clock.instant());
    }

    /** The event as an iCalendar invitation (REQUEST or CANCEL) for one attendee, to attach to a mail. */
    public String calendarInvitation(EventView event, String language, java.net.URI page,
                                     CalendarInvitation invitation) {
        return CalendarFile.write(event, language, page, clock.instant(), invitation);
    }

    private String freeSlug(String base, int attempt) {
        String candidate = attempt == 0 ? base : base + "-" + (attempt + 1);
        return store.slugTaken(candidate, 0) ? freeSlug(base, attempt + 1) : candidate;
    }

    private static EventDetails withSlug(EventDetails d, String slug) {
        return new EventDetails(slug, d.defaultLanguage(), d.languages(), d.zone(), d.start(), d.end(), d.title(),
                d.summary(), d.description(), d.purpose());
    }

    private static Instant instant(EventDetails details, boolean start) {
        return (start ? details.start() : details.end()).atZone(details.zone()).toInstant();
    }

    private static String subject(long eventId) {
        return "event:" + eventId;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
