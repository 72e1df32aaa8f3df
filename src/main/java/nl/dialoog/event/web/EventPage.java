package nl.dialoog.event.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.dialoog.event.EventView;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.event.Speaker;
import nl.dialoog.shared.Languages;
import nl.dialoog.shared.Markdown;
import nl.dialoog.shared.Times;

/**
 * What the public event page shows, resolved for one reader: texts in their language or the event's default (and
 * whether that happened: {@code fallback} when the page as a whole is not in their language — not offered, or
 * offered but its title left empty — and {@code partial} when only some of its texts are missing), times in the event's zone and in UTC with zone names, ISO instants for the script that
 * adds the reader's own zone.
 */
public record EventPage(EventView event, String language, boolean fallback, boolean partial, String wantedLanguageName,
                 String languageName, Text title, Text summary, Text purpose, Text description,
                 When when, List<HostLine> hosts, List<SpeakerLine> speakers, List<AgendaLine> agenda,
                 List<LanguageLink> languages) {

    private static final ZoneId UTC = ZoneId.of("UTC");

    /** A resolved text with the language it is in, so the page can mark a fallback with a lang attribute. */
    public record Text(String value, String language) {
        public boolean isEmpty() {
            return value.isEmpty();
        }
    }

    public record When(String inEventZone, String zoneId, String inUtc, String startIso, String endIso) {
    }

    public record HostLine(Text name, String website, String logoPath) {
    }

    public record SpeakerLine(String name, String organisation, String country, Text bio) {
        /** "Organisation, Country", leaving out what is missing. */
        public String affiliation() {
            return java.util.stream.Stream.of(organisation, country).filter(java.util.Objects::nonNull)
                    .collect(Collectors.joining(", "));
        }
    }

    public record AgendaLine(String time, Text title, List<String> speakers) {
    }

    /** A language the event is offered in; a link when the site can switch to it. */
    public record LanguageLink(String code, String name, boolean current) {
        public boolean switchable() {
            return !current && Languages.isUiLanguage(code);
        }
    }

    static EventPage of(EventView event, Locale reader) {
        String wanted = reader.getLanguage();
        String language = event.languageFor(wanted);
        Locale locale = reader;
        Function<LocalizedText, Text> resolve = text -> {
            LocalizedText.Resolved resolved = text.resolve(language, event.defaultLanguage());
            return new Text(resolved.text(), resolved.language());
        };
        When when = new When(Times.span(event.start(), event.end(), event.zone(), locale), event.zone().getId(),
                Times.span(event.start(), event.end(), UTC, locale), event.start().toString(),
                event.end().toString());
        Map<Long, String> speakerNames = event.speakers().stream()
                .collect(Collectors.toMap(Speaker::id, Speaker::name));
        List<AgendaLine> agenda = event.agenda().stream()
                .map(item -> new AgendaLine(
                        Times.time(item.start(), event.zone(), locale)
                                + (item.end() == null ? "" : " – " + Times.time(item.end(), event.zone(), locale)),
                        resolve.apply(item.title()),
                        item.speakerIds().stream().map(speakerNames::get).toList()))
                .toList();
        List<SpeakerLine> speakers = event.speakers().stream()
                .map(s -> new SpeakerLine(s.name(), s.organisation(),
                        s.country() == null ? null : Locale.of("", s.country()).getDisplayCountry(locale),
                        resolve.apply(s.bio())))
                .toList();
        List<HostLine> hosts = event.hosts().stream()
                .map(h -> new HostLine(resolve.apply(h.name()), h.website(), h.logoPath()))
                .toList();
        List<LanguageLink> languages = event.languages().stream()
                .map(code -> new LanguageLink(code, Languages.endonym(code), code.equals(language)))
                .toList();
        Text title = resolve.apply(event.title());
        Text summary = resolve.apply(event.summary());
        Text purpose = resolve.apply(event.purpose());
        Text description = new Text(Markdown.toSafeHtml(resolve.apply(event.description()).value()),
                event.description().resolve(language, event.defaultLanguage()).language());
        // An offered language whose texts were left empty shows another language's: the reader is told, as when
        // their language is not offered at all.
        boolean fallback = !title.language().equals(wanted);
        boolean partial = !fallback && java.util.stream.Stream.of(summary, purpose, description)
                .anyMatch(text -> !text.isEmpty() && !text.language().equals(wanted));
        String shownIn = fallback ? title.language() : language.equals(wanted) ? event.defaultLanguage() : language;
        return new EventPage(event, language, fallback, partial,
                Locale.forLanguageTag(wanted).getDisplayLanguage(reader),
                Locale.forLanguageTag(shownIn).getDisplayLanguage(reader), title, summary, purpose, description,
                when, hosts, speakers, agenda, languages);
    }

    /** The time line for a listing card: "Thursday 9 November 2017, 11:00 – 13:00 (…)". */
    static String listingTime(EventView event, Locale reader) {
        return Times.span(event.start(), event.end(), event.zone(), reader);
    }
}
