package nl.dialoog.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimesTests {

    static final Instant START = Instant.parse("2017-11-09T10:00:00Z");
    static final Instant END = Instant.parse("2017-11-09T12:00:00Z");

    @Test
    void namesTheZoneInTheReadersLanguage() {
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");

        assertThat(Times.span(START, END, amsterdam, Locale.ENGLISH))
                .contains("November 9, 2017", "11:00", "1:00", "Central European Standard Time");
        assertThat(Times.span(START, END, amsterdam, Locale.forLanguageTag("nl")))
                .contains("donderdag 9 november 2017", "11:00 – 13:00", "Midden-Europese standaardtijd");
    }

    @Test
    void showsSummerTimeWhenItApplies() {
        assertThat(Times.zoneName(Instant.parse("2030-07-01T10:00:00Z"), ZoneId.of("Europe/Amsterdam"),
                Locale.ENGLISH)).isEqualTo("Central European Summer Time");
    }

    @Test
    void namesBothDatesForASpanOverMidnight() {
        String span = Times.span(START, START.plusSeconds(20 * 3600), ZoneId.of("America/Bogota"),
                Locale.forLanguageTag("es"));

        assertThat(span).contains("jueves, 9 de noviembre de 2017", "viernes, 10 de noviembre de 2017")
                .contains("hora estándar de Colombia");
    }

    @Test
    void namesAMomentsZoneAndCallsTheBareUtcOffsetByItsName() {
        assertThat(Times.moment(START, ZoneId.of("Europe/Amsterdam"), Locale.ENGLISH))
                .contains("November 9, 2017", "11:00", "(Central European Standard Time)");
        assertThat(Times.moment(START, java.time.ZoneOffset.UTC, Locale.ENGLISH))
                .endsWith("(Coordinated Universal Time)");
    }

    @Test
    void offersRegionZonesAndUtcToChooseFrom() {
        assertThat(Times.zoneChoices()).startsWith("UTC").contains("Africa/Dakar", "America/Bogota")
                .noneMatch(zone -> zone.startsWith("Etc/") || zone.startsWith("SystemV/"))
                .isSortedAccordingTo((a, b) -> "UTC".equals(a) ? -1 : "UTC".equals(b) ? 1 : a.compareTo(b));
    }
}
