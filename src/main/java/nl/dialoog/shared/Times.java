package nl.dialoog.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Dates and times as people read them: always in a named zone, never a bare "11:00". Used by pages and, later,
 * mails, so every time shown carries its zone's name in the reader's language.
 */
public final class Times {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final List<String> ZONE_CHOICES = Stream.concat(Stream.of("UTC"), ZoneId.getAvailableZoneIds()
                    .stream()
                    .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
                    .filter(id -> Character.isUpperCase(id.charAt(0)))
                    .sorted())
            .toList();

    private Times() {
    }

    /**
     * The instant as the database stores it: a {@code timestamp with time zone} at offset UTC, so H2 and PostgreSQL
     * read back the same moment whatever the server's zone. Null stays null.
     */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** "Thursday 9 November 2017". */
    public static String date(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(instant.atZone(zone));
    }

    /** "11:00" in the locale's style. */
    public static String time(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(instant.atZone(zone));
    }

    /** The zone's long name at that instant, e.g. "Central European Standard Time" in winter, "… Summer Time". */
    public static String zoneName(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofPattern("zzzz", locale).format(instant.atZone(zone));
    }

    /**
     * One moment with its zone's name: "Thursday 9 November 2017, 11:00 (Central European Standard Time)". The
     * offset UTC has no name of its own ("Z"), so it is shown as the region UTC, "Coordinated Universal Time".
     */
    public static String moment(Instant instant, ZoneId zone, Locale locale) {
        ZoneId named = zone.normalized().equals(ZoneOffset.UTC) ? UTC : zone;
        return date(instant, named, locale) + ", " + time(instant, named, locale) + " ("
                + zoneName(instant, named, locale) + ")";
    }

    /** The zones a person can pick: UTC and the region-based IANA zones ("Africa/Dakar"), sorted. */
    public static List<String> zoneChoices() {
        return ZONE_CHOICES;
    }

    /**
     * A start–end span in one zone with its name: "Thursday 9 November 2017, 11:00 – 13:00 (Central European
     * Standard Time)"; a span over several days names both dates.
     */
    public static String span(Instant start, Instant end, ZoneId zone, Locale locale) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        String zoneName = zoneName(start, zone, locale);
        String endZoneName = zoneName(end, zone, locale);
        if (from.toLocalDate().equals(to.toLocalDate())) {
            return date(start, zone, locale) + ", " + time(start, zone, locale) + " – " + time(end, zone, locale)
                    + " (" + zoneName + (endZoneName.equals(zoneName) ? "" : " / " + endZoneName) + ")";
        }
        return date(start, zone, locale) + ", " + time(start, zone, locale) + " (" + zoneName + ") – "
                + date(end, zone, locale) + ", " + time(end, zone, locale) + " (" + endZoneName + ")";
    }
}
