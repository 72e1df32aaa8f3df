package nl.dialoog.event;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.dialoog.shared.DomainError;

/**
 * The rules an event's input must keep. Each broken rule names the form field and a message key, so the organiser
 * sees a translated error next to what they typed.
 */
final class EventRules {

    private static final int MAX_TITLE = EventLimits.MAX_TITLE;
    private static final int MAX_SUMMARY = EventLimits.MAX_SUMMARY;
    private static final int MAX_DESCRIPTION = EventLimits.MAX_DESCRIPTION;
    private static final int MAX_PURPOSE = EventLimits.MAX_PURPOSE;
    private static final int MAX_NAME = EventLimits.MAX_NAME;
    private static final int MAX_BIO = EventLimits.MAX_BIO;
    private static final int MAX_URL = EventLimits.MAX_URL;
    private static final Duration MAX_LENGTH = EventLimits.MAX_LENGTH;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Deliberately simple: one @, no spaces (admin@localhost is real); the mail server has the last word. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private EventRules() {
    }

    /** The details, normalised: default language offered, texts only in offered languages. */
    static EventDetails check(EventDetails details, List<String> contentLanguages) {
        if (details.defaultLanguage() == null || !contentLanguages.contains(details.defaultLanguage())) {
            throw new DomainError("defaultLanguage", "event.error.language");
        }
        Set<String> languages = new LinkedHashSet<>();
        languages.add(details.defaultLanguage());
        for (String language : details.languages()) {
            if (!contentLanguages.contains(language)) {
                throw new DomainError("languages", "event.error.language");
            }
            languages.add(language);
        }
        if (details.zone() == null) {
            throw new DomainError("zone", "event.error.zone");
        }
        if (details.start() == null) {
            throw new DomainError("startDate", "event.error.start");
        }
        if (details.end() == null || !details.end().isAfter(details.start())) {
            throw new DomainError("endDate", "event.error.endBeforeStart");
        }
        if (Duration.between(details.start(), details.end()).compareTo(MAX_LENGTH) > 0) {
            throw new DomainError("endDate", "event.error.tooLong");
        }
        if (!details.title().has(details.defaultLanguage())) {
            throw new DomainError("texts", "event.error.titleRequired");
        }
        checkLengths(details.title(), MAX_TITLE, "texts");
        checkLengths(details.summary(), MAX_SUMMARY, "texts");
        checkLengths(details.description(), MAX_DESCRIPTION, "texts");
        checkLengths(details.purpose(), MAX_PURPOSE, "texts");
        String slug = details.slug() == null || details.slug().isBlank()
                ? slugFrom(details.title().in(details.defaultLanguage()))
                : details.slug().strip().toLowerCase(Locale.ROOT);
        if (slug.length() < 3 || slug.length() > 80 || !SLUG.matcher(slug).matches()) {
            throw new DomainError("slug", "event.error.slug");
        }
        List<String> offered = List.copyOf(languages);
        return new EventDetails(slug, details.defaultLanguage(), offered, details.zone(), details.start(),
                details.end(), details.title().restrictedTo(offered), details.summary().restrictedTo(offered),
                details.description().restrictedTo(offered), details.purpose().restrictedTo(offered));
    }

    static void checkHost(HostDetails host, String defaultLanguage) {
        if (!host.name().has(defaultLanguage)) {
            throw new DomainError("name", "event.error.hostNameRequired");
        }
        checkLengths(host.name(), MAX_NAME, "name");
        checkUrl(host.website(), "website");
    }

    static void checkSpeaker(SpeakerDetails speaker) {
        if (speaker.name() == null || speaker.name().isBlank()) {
            throw new DomainError("name", "event.error.speakerNameRequired");
        }
        if (speaker.name().length() > MAX_NAME) {
            throw new DomainError("name", "event.error.tooLong");
        }
        if (speaker.organisation() != null && speaker.organisation().length() > MAX_NAME) {
            throw new DomainError("organisation", "event.error.tooLong");
        }
        if (speaker.country() != null && !speaker.country().isEmpty() && !COUNTRIES.contains(speaker.country())) {
            throw new DomainError("country", "event.error.country");
        }
        checkLengths(speaker.bio(), MAX_BIO, "bio");
    }

    static void checkAgendaItem(AgendaItemDetails item, String defaultLanguage) {
        if (item.start() == null) {
            throw new DomainError("from", "event.error.start");
        }
        if (item.end() != null && !item.end().isAfter(item.start())) {
            throw new DomainError("until", "event.error.endBeforeStart");
        }
        if (!item.title().has(defaultLanguage)) {
            throw new DomainError("title", "event.error.titleRequired");
        }
        checkLengths(item.title(), MAX_TITLE, "title");
    }

    static List<String> checkContacts(List<String> addresses) {
        Set<String> kept = new LinkedHashSet<>();
        for (String address : addresses) {
            String email = address.strip().toLowerCase(Locale.ROOT);
            if (!email.isEmpty()) {
                if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
                    throw new DomainError("addresses", "event.error.email");
                }
                kept.add(email);
            }
        }
        if (kept.size() > 10) {
            throw new DomainError("addresses", "event.error.tooManyContacts");
        }
        return List.copyOf(kept);
    }

    private static void checkLengths(LocalizedText text, int max, String field) {
        if (text.values().values().stream().anyMatch(value -> value.length() > max)) {
            throw new DomainError(field, "event.error.tooLong");
        }
    }

    private static void checkUrl(String url, String field) {
        if (url == null || url.isEmpty()) {
            return;
        }
        try {
            URI uri = new URI(url);
            boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
            if (!web || uri.getHost() == null || url.length() > MAX_URL) {
                throw new DomainError(field, "event.error.url");
            }
        } catch (URISyntaxException e) {
            throw new DomainError(field, "event.error.url");
        }
    }

    /** A readable address from a title: accents dropped, words joined by hyphens. */
    static String slugFrom(String title) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (plain.length() > 60) {
            plain = plain.substring(0, 60).replaceAll("-+$", "");
        }
        return plain.length() < 3 ? "event" + (plain.isEmpty() ? "" : "-" + plain) : plain;
    }
}
