package nl.dialoog.room.live;

import nl.dialoog.room.protocol.SnapshotParts;

/** A feature's share of the snapshot a joining client gets: its current state as the viewer may see it. */
public interface SnapshotPart {

    /** Sets this feature's part of {@code parts}, as {@code viewer} may see it. */
    void addTo(SnapshotParts parts, Actor viewer);
}
