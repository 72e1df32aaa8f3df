package nl.dialoog.account;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import nl.dialoog.shared.Times;

/** A moment as the administration pages show it: date, time and the zone's name. */
final class DisplayTimes {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private DisplayTimes() {
    }

    static String at(Instant instant, ZoneId zone, Locale locale) {
        // The system clock's ZoneOffset.UTC has no name ("Z"); the region UTC reads "Coordinated Universal Time".
        ZoneId named = zone.equals(ZoneOffset.UTC) ? UTC : zone;
        return Times.date(instant, named, locale) + ", " + Times.time(instant, named, locale)
                + " (" + Times.zoneName(instant, named, locale) + ")";
    }
}
