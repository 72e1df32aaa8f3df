package nl.dialoog.room;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.dialoog.account.AccountView;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.LiveRoom;
import nl.dialoog.registration.ParticipantCard;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.RegistrationView;
import nl.dialoog.registration.Registrations;
import nl.dialoog.room.live.Participant;
import nl.dialoog.room.live.ParticipantStore;
import nl.dialoog.room.live.RoomPasses;
import nl.dialoog.room.live.RoomSettings;
import nl.dialoog.room.live.RoomState;
import nl.dialoog.room.live.RoomStore;
import nl.dialoog.room.statement.OpinionMaps;
import nl.dialoog.shared.Audit;
import nl.dialoog.shared.DomainError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The room module's API: who may enter an event's room, as what, and when it is open. Participants enter by their
 * personal join link from {@code registration}; the event's organisers enter as hosts.
 */
@Service
public class Rooms implements LiveRoom {

    public static final int MAX_OPENING_MINUTES = 240;

    private final RoomStore rooms;
    private final ParticipantStore participants;
    private final RoomPasses passes;
    private final Registrations registrations;
    private final EventCatalog catalog;
    private final RoomSettings settings;
    private final RoomRecordStore records;
    private final OpinionMaps opinionMaps;
    private final Audit audit;
    private final Clock clock;

    Rooms(RoomStore rooms, ParticipantStore participants, RoomPasses passes, Registrations registrations,
          EventCatalog catalog, RoomSettings settings, RoomRecordStore records, OpinionMaps opinionMaps,
          Audit audit, Clock clock) {
        this.rooms = rooms;
        this.participants = participants;
        this.passes = passes;
        this.registrations = registrations;
        this.catalog = catalog;
        this.settings = settings;
        this.records = records;
        this.opinionMaps = opinionMaps;
        this.audit = audit;
        this.clock = clock;
    }

    /** Open from the organiser's chosen minutes before the start until a while after the end. */
    @Override
    public boolean isOpen(EventView event) {
        if (!event.isPublished()) {
            return false;
        }
        RoomState room = rooms.get(event.id().value());
        Instant now = clock.instant();
        return !now.isBefore(opensAt(event, room)) && now.isBefore(event.end().plus(settings.openAfterEnd()));
    }

    @Override
    public Instant opensAt(EventView event) {
        return opensAt(event, rooms.get(event.id().value()));
    }

    @Override
    public String entryPath(String joinToken) {
        return "/room/join/" + joinToken;
    }

    /** A registered participant entering by their join link. */
    public RoomDoor enterByJoinToken(String token) {
        RegistrationView registration = registrations.byJoinToken(token);
        if (registration.status() != RegistrationStatus.CONFIRMED) {
            throw new RoomClosed("room.closed.notConfirmed");
        }
        EventView event = catalog.find(registration.eventId()).orElseThrow(() -> new RoomClosed("room.closed.gone"));
        if (!isOpen(event)) {
            throw new RoomClosed("room.closed.notOpen");
        }
        ParticipantCard card = registrations.card(registration);
        Participant participant = participants.forRegistration(event.id().value(), registration.id().value(),
                registration.name(), card.organisation(), card.country());
        return door(participant, registration.zone().getId());
    }

    /** An organiser of the event (or an administrator) entering as host; at any time, to prepare. */
    public RoomDoor enterAsHost(EventId eventId, AccountView account) {
        EventView event = catalog.editable(eventId, account);
        rooms.ensure(event.id().value());
        Participant participant = participants.forAccount(event.id().value(), account.id().value(), RoomRole.HOST,
                account.displayName(), account.organisationName());
        return door(participant, event.zone().getId());
    }

    /** How many minutes before the start the room opens; organisers of the event only. */
    @Transactional
    public void setOpening(EventId eventId, int minutesBefore, AccountView account) {
        EventView event = catalog.editable(eventId, account);
        if (minutesBefore < 0 || minutesBefore > MAX_OPENING_MINUTES) {
            throw new DomainError("room.opening.error");
        }
        rooms.setOpensMinutesBefore(event.id().value(), minutesBefore);
        audit.record("room.opening.changed", "event:" + event.id().value(), minutesBefore + " minutes before");
    }

    /** The room's settings, for the page that changes them. */
    public int openingMinutes(EventId eventId) {
        return rooms.get(eventId.value()).opensMinutesBefore();
    }

    /** Everything said and voted in the event's room, for the results; an empty record when nobody entered. */
    @Transactional(readOnly = true)
    public RoomRecord record(EventId event) {
        return records.read(event.value());
    }

    /** The accepted statements of the room and everyone's current vote on them, for the live opinion map. */
    public StatementVotes statementVotes(EventId eventId) {
        return opinionMaps.votes(eventId.value());
    }

    /**
     * The open rooms in which someone voted on a statement (or changed a vote) at or after {@code since}: one
     * indexed query, so that the map's job costs nothing while nobody votes. Vote times are the clock of the node
     * that took the vote; a job that passes its previous run's time should allow for a little skew.
     */
    public List<EventId> roomsWithVotesSince(Instant since) {
        return opinionMaps.votedSince(since).stream()
                .map(EventId::new)
                .filter(id -> catalog.find(id).filter(this::isOpen).isPresent())
                .toList();
    }

    /**
     * Shows a freshly computed opinion map in its room: at once to the room's staff on every node, and to everyone
     * while the host shares it; a client that joins later gets the latest map in its snapshot. Nobody is sent a
     * person id, and nothing is stored.
     */
    public void showOpinionMap(OpinionMap map) {
        opinionMaps.show(map);
    }

    private RoomDoor door(Participant participant, String zone) {
        if (participant.removed()) {
            throw new RoomClosed("room.closed.removed");
        }
        return new RoomDoor(participant.eventId(), participant.id(), participant.displayName(), participant.role(),
                zone, passes.issue(participant));
    }

    private static Instant opensAt(EventView event, RoomState room) {
        return event.start().minus(Duration.ofMinutes(room.opensMinutesBefore()));
    }
}
