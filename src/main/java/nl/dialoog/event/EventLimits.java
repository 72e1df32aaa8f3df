package nl.dialoog.event;

import java.time.Duration;

/** How long an event's texts and parts may be; forms show the same limits. */
public final class EventLimits {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 500;
    public static final int MAX_DESCRIPTION = 20_000;
    public static final int MAX_PURPOSE = 2_000;
    public static final int MAX_NAME = 200;
    public static final int MAX_BIO = 2_000;
    public static final int MAX_URL = 500;
    /** An uploaded logo file: PNG or JPEG of at most this many bytes, shown at most 400 × 200 pixels. */
    public static final int MAX_LOGO_BYTES = 2 * 1024 * 1024;
    public static final int LOGO_WIDTH = 400;
    public static final int LOGO_HEIGHT = 200;
    public static final Duration MAX_LENGTH = Duration.ofDays(14);

    private EventLimits() {
    }
}
