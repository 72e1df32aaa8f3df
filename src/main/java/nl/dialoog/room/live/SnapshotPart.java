package nl.dialoog.room.live;

/** One feature's share of the snapshot a joining client gets: its current state as the viewer may see it. */
public interface SnapshotPart {

    String name();

    Object snapshot(Actor viewer);
}
