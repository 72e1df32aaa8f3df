package nl.dialoog.event.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import nl.dialoog.event.EventDetails;
import nl.dialoog.event.EventLimits;
import nl.dialoog.event.EventView;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.event.PublishChecklist;
import nl.dialoog.shared.DomainError;

/**
 * The event editor's main form: address, languages, time and, per offered language, the texts. The form for a new
 * event is the same with only the default language's texts.
 */
public record EventForm(@Size(max = 80) String slug,
                 @NotBlank String defaultLanguage,
                 List<String> languages,
                 @NotBlank @Size(max = 64) String zone,
                 @NotNull LocalDate startDate,
                 @NotNull LocalTime startTime,
                 @NotNull LocalDate endDate,
                 @NotNull LocalTime endTime,
                 @Valid List<TextsForm> texts) {

    /** The texts of one language. */
    public record TextsForm(String language,
                     @Size(max = EventLimits.MAX_TITLE) String title,
                     @Size(max = EventLimits.MAX_SUMMARY) String summary,
                     @Size(max = EventLimits.MAX_DESCRIPTION) String description,
                     @Size(max = EventLimits.MAX_PURPOSE) String purpose) {

        /** The texts a visitor reads first that are still empty, as the publish checklist counts them. */
        public Set<PublishChecklist.Text> missing() {
            return PublishChecklist.missing(title, summary, description);
        }
    }

    public EventForm {
        languages = languages == null ? List.of() : languages;
        texts = texts == null ? List.of() : texts;
    }

    static EventForm blank(String language, ZoneId zone, LocalDate date) {
        return new EventForm("", language, List.of(language), zone.getId(), date, LocalTime.of(11, 0), date,
                LocalTime.of(13, 0), List.of(new TextsForm(language, "", "", "", "")));
    }

    static EventForm of(EventView event) {
        List<TextsForm> texts = new ArrayList<>();
        for (String language : event.languages()) {
            texts.add(new TextsForm(language, event.title().in(language), event.summary().in(language),
                    event.description().in(language), event.purpose().in(language)));
        }
        var start = event.start().atZone(event.zone());
        var end = event.end().atZone(event.zone());
        return new EventForm(event.slug(), event.defaultLanguage(), event.languages(), event.zone().getId(),
                start.toLocalDate(), start.toLocalTime(), end.toLocalDate(), end.toLocalTime(), texts);
    }

    /** The same form with a fieldset for each offered language, keeping what was typed. */
    EventForm withFieldsetsFor(List<String> offered) {
        List<TextsForm> all = new ArrayList<>();
        for (String language : offered) {
            all.add(texts.stream().filter(t -> language.equals(t.language())).findFirst()
                    .orElse(new TextsForm(language, "", "", "", "")));
        }
        return new EventForm(slug, defaultLanguage, languages, zone, startDate, startTime, endDate, endTime, all);
    }

    EventDetails toDetails() {
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone);
        } catch (RuntimeException invalid) {
            throw new DomainError("zone", "event.error.zone");
        }
        List<String> offered = new ArrayList<>(languages);
        return new EventDetails(slug, defaultLanguage, offered, zoneId, startDate.atTime(startTime),
                endDate.atTime(endTime), text(TextsForm::title), text(TextsForm::summary),
                text(TextsForm::description), text(TextsForm::purpose));
    }

    private LocalizedText text(Function<TextsForm, String> field) {
        Map<String, String> values = new TreeMap<>();
        for (TextsForm form : texts) {
            if (form != null && field.apply(form) != null) {
                // the new-event form has one unnamed fieldset: the default language's
                values.put(form.language() == null ? defaultLanguage : form.language(), field.apply(form));
            }
        }
        return new LocalizedText(values);
    }
}
