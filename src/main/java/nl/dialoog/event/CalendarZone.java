package nl.dialoog.event;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * A VTIMEZONE for one event, made from Java's own zone rules: the observance in force at the start and every change
 * until the end. ical4j's bundled definitions follow tzdata links (Europe/Amsterdam became Europe/Brussels), which
 * would leave the event's TZID without a matching VTIMEZONE; and a calendar file needs no history since 1880.
 */
final class CalendarZone {

    private static final DateTimeFormatter SHORT_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
    private static final LocalDateTime FIXED_SINCE = LocalDateTime.of(1970, 1, 1, 0, 0);

    private CalendarZone() {
    }

    static VTimeZone of(ZoneId zone, Instant start, Instant end) {
        ZoneRules rules = zone.getRules();
        List<Observance> observances = new ArrayList<>();
        ZoneOffsetTransition inForce = rules.previousTransition(start.plusSeconds(1));
        if (inForce == null) {
            ZoneOffset offset = rules.getOffset(start);
            observances.add(observance(zone, start, FIXED_SINCE, offset, offset));
        } else {
            observances.add(observance(zone, inForce.getInstant(), inForce.getDateTimeBefore(),
                    inForce.getOffsetBefore(), inForce.getOffsetAfter()));
            for (ZoneOffsetTransition next = rules.nextTransition(start);
                 next != null && !next.getInstant().isAfter(end); next = rules.nextTransition(next.getInstant())) {
                observances.add(observance(zone, next.getInstant(), next.getDateTimeBefore(),
                        next.getOffsetBefore(), next.getOffsetAfter()));
            }
        }
        VTimeZone vtimezone = new VTimeZone(new ComponentList<>(observances));
        vtimezone.add(new TzId(zone.getId()));
        return vtimezone;
    }

    private static Observance observance(ZoneId zone, Instant at, LocalDateTime localStart, ZoneOffset from,
                                         ZoneOffset to) {
        Observance observance = zone.getRules().isDaylightSavings(at) ? new Daylight() : new Standard();
        observance.add(new DtStart<>(localStart));
        observance.add(new TzOffsetFrom(from));
        observance.add(new TzOffsetTo(to));
        observance.add(new TzName(SHORT_NAME.format(at.atZone(zone))));
        return observance;
    }
}
