package nl.dialoog.event;

/** Which way an organiser moves a co-host, speaker or programme item in its list. */
public enum PartMove {
    UP, DOWN
}
