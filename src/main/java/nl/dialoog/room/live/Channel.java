package nl.dialoog.room.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One room's clients on this node, and the entries waiting for the next tick. Entries are handed on strictly in
 * log order: one that arrives early (the bus does not promise order across commits) waits for the ones before it,
 * which the hub reads from the log if they do not arrive by themselves within a tick.
 */
final class Channel {

    final long eventId;
    final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private long delivered;
    private final TreeMap<Long, RoomEntry> early = new TreeMap<>();
    private boolean earlySeenLastTick;
    private List<RoomEntry> pending = new ArrayList<>();
    private List<String> ephemeral = new ArrayList<>();
    private List<String> staffEphemeral = new ArrayList<>();
    int lastPresence = -1;

    Channel(long eventId, long delivered) {
        this.eventId = eventId;
        this.delivered = delivered;
    }

    synchronized void accept(RoomEntry entry) {
        if (entry.seq() <= delivered) {
            return;
        }
        if (entry.seq() > delivered + 1) {
            early.put(entry.seq(), entry);
            return;
        }
        pending.add(entry);
        delivered = entry.seq();
        while (!early.isEmpty() && early.firstKey() <= delivered + 1) {
            RoomEntry next = early.pollFirstEntry().getValue();
            if (next.seq() == delivered + 1) {
                pending.add(next);
                delivered = next.seq();
            }
        }
    }

    synchronized void acceptEphemeral(String frame, Audience audience) {
        (audience == Audience.STAFF ? staffEphemeral : ephemeral).add(frame);
    }

    /** The last number handed on, when entries have waited a whole tick for a missing one; else -1. */
    synchronized long stalledAfter() {
        boolean stalled = !early.isEmpty() && earlySeenLastTick;
        earlySeenLastTick = !early.isEmpty();
        return stalled ? delivered : -1;
    }

    /** The last number handed on. */
    synchronized long delivered() {
        return delivered;
    }

    synchronized long firstEarly() {
        return early.isEmpty() ? Long.MAX_VALUE : early.firstKey();
    }

    /** Takes what the next tick sends. */
    synchronized Tick drain() {
        if (pending.isEmpty() && ephemeral.isEmpty() && staffEphemeral.isEmpty()) {
            return null;
        }
        Tick tick = new Tick(pending, ephemeral, staffEphemeral);
        pending = new ArrayList<>();
        ephemeral = new ArrayList<>();
        staffEphemeral = new ArrayList<>();
        return tick;
    }

    record Tick(List<RoomEntry> entries, List<String> ephemeral, List<String> staffEphemeral) {

        /**
         * The batch for a connection whose catch-up covered entries up to {@code floor}: {@code shared} when it
         * covered none of these, else a batch of its own without them (rare: only just after joining); null when
         * nothing is left.
         */
        String after(long floor, boolean staff, String shared) {
            if (entries.isEmpty() || entries.getFirst().seq() > floor) {
                return shared;
            }
            StringBuilder batch = new StringBuilder("[");
            for (RoomEntry entry : entries) {
                if (entry.seq() > floor) {
                    append(batch, entry.frameFor(staff));
                }
            }
            appendEphemeral(batch, staff);
            return batch.length() == 1 ? null : batch.append(']').toString();
        }

        /** The batch for staff or for everyone else, serialised once for all of them; null when empty. */
        String batch(boolean staff) {
            StringBuilder batch = new StringBuilder("[");
            for (RoomEntry entry : entries) {
                append(batch, entry.frameFor(staff));
            }
            appendEphemeral(batch, staff);
            return batch.length() == 1 ? null : batch.append(']').toString();
        }

        private void appendEphemeral(StringBuilder batch, boolean staff) {
            for (String frame : ephemeral) {
                append(batch, frame);
            }
            if (staff) {
                for (String frame : staffEphemeral) {
                    append(batch, frame);
                }
            }
        }

        private static void append(StringBuilder batch, String frame) {
            if (frame != null) {
                if (batch.length() > 1) {
                    batch.append(',');
                }
                batch.append(frame);
            }
        }
    }

    static Map<Long, Channel> registry() {
        return new ConcurrentHashMap<>();
    }
}
