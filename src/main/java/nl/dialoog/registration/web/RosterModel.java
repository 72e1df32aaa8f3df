package nl.dialoog.registration.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.Question;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.RegistrationView;
import nl.dialoog.registration.desk.RegistrationActions;
import nl.dialoog.registration.desk.RosterAction;
import nl.dialoog.registration.desk.RosterPage;
import nl.dialoog.registration.internal.AnswerLabels;
import nl.dialoog.shared.Languages;
import nl.dialoog.shared.Times;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link RosterPage} into the rows, counts and filter choices the list page shows, in the reader's language
 * and the chosen time zone.
 */
@Component
class RosterModel {

    /** Answers longer than this are cut in the list; the person's page shows them whole. */
    private static final int SHORT = 80;

    private final MessageSource messages;
    private final AnswerLabels labels;

    RosterModel(MessageSource messages, AnswerLabels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    List<RosterViews.Row> rows(RosterPage page, EventView event, ZoneId zone, Locale locale) {
        String language = event.languageFor(locale.getLanguage());
        return page.rows().stream().map(r -> new RosterViews.Row(r.id().value(), r.name(), r.email(),
                r.status().name(), status(r.status(), locale), page.questions().stream()
                .map(q -> shorten(labels.answer(q, r.answers().get(q.id()), event, language))).toList(),
                Languages.endonym(r.language()), when(r.createdAt(), zone, locale), r.createdAt().toString(),
                actions(r.status(), locale))).toList();
    }

    List<String> questionLabels(List<Question> questions, EventView event, Locale locale) {
        return questions.stream().map(q -> labels.question(q, event, event.languageFor(locale.getLanguage())))
                .toList();
    }

    /** The counts of the matches: by status, by language, and by the answer of each choice question. */
    List<RosterViews.Counts> counts(RosterPage page, EventView event, Locale locale) {
        List<RosterViews.Counts> all = new ArrayList<>();
        all.add(new RosterViews.Counts(message("registration.list.counts", locale), page.byStatus().entrySet()
                .stream().map(e -> new RosterViews.Count(status(e.getKey(), locale), e.getValue())).toList()));
        String language = event.languageFor(locale.getLanguage());
        for (Question question : page.questions()) {
            Map<String, Integer> counts = page.byAnswer().get(question.id());
            if (counts != null && !counts.isEmpty()) {
                all.add(new RosterViews.Counts(labels.question(question, event, language), sorted(counts.entrySet()
                        .stream().map(e -> new RosterViews.Count(
                                labels.answer(question, List.of(e.getKey()), event, language), e.getValue())))));
            }
        }
        if (!page.byLanguage().isEmpty()) {
            all.add(new RosterViews.Counts(message("registration.list.byLanguage", locale), sorted(page.byLanguage()
                    .entrySet().stream().map(e -> new RosterViews.Count(Languages.endonym(e.getKey()),
                            e.getValue())))));
        }
        return all;
    }

    /** A select per choice question, offering the answers given among all the event's registrations. */
    List<RosterViews.AnswerFilter> answerFilters(RosterPage page, EventView event, Map<Long, String> chosen,
                                                 Locale locale) {
        String language = event.languageFor(locale.getLanguage());
        return page.questions().stream().filter(q -> q.kind().isChoice()).map(q -> new RosterViews.AnswerFilter(
                "a" + q.id(), labels.question(q, event, language),
                page.answersGiven().getOrDefault(q.id(), Map.of()).keySet().stream()
                        .map(key -> new RosterViews.Option(key, labels.answer(q, List.of(key), event, language)))
                        .sorted(Comparator.comparing(RosterViews.Option::label)).toList(),
                chosen.getOrDefault(q.id(), ""))).toList();
    }

    List<RosterViews.Option> statuses(Locale locale) {
        return java.util.Arrays.stream(RegistrationStatus.values())
                .map(status -> new RosterViews.Option(status.name(), status(status, locale))).toList();
    }

    /** The bulk actions, labelled. */
    List<RosterViews.Option> bulkActions(Locale locale) {
        return java.util.Arrays.stream(RosterAction.values()).map(action -> new RosterViews.Option(
                action.name().toLowerCase(Locale.ROOT), action(action, locale))).toList();
    }

    List<RosterViews.Option> actions(RegistrationStatus status, Locale locale) {
        List<RosterViews.Option> actions = new ArrayList<>();
        for (RosterAction action : RosterAction.values()) {
            if (RegistrationActions.applies(action, status)) {
                actions.add(new RosterViews.Option(action.name().toLowerCase(Locale.ROOT), action(action, locale)));
            }
        }
        return actions;
    }

    List<RosterViews.Removed> removed(RosterPage page, Locale locale) {
        List<RosterViews.Removed> removed = new ArrayList<>();
        page.removed().forEach((status, dimensions) -> removed.add(new RosterViews.Removed(status(status, locale),
                List.of(), List.of(), List.of(), dimensions.getOrDefault("total", Map.of()).getOrDefault("", 0))));
        return removed;
    }

    /** A person's answers, whole. */
    List<RosterViews.Answer> answers(RegistrationView registration, List<Question> questions, EventView event,
                                     Locale locale) {
        String language = event.languageFor(locale.getLanguage());
        return questions.stream().map(q -> new RosterViews.Answer(labels.question(q, event, language),
                labels.answer(q, registration.answers().get(q.id()), event, language))).toList();
    }

    String status(RegistrationStatus status, Locale locale) {
        return message("registration.status." + status.name(), locale);
    }

    String mailStatus(nl.dialoog.mail.MailStatus status, Locale locale) {
        return message("mail.status." + status.name(), locale);
    }

    /** "Cancel the registration: done for 2 people; 0 left alone." from the redirect's parameters; null if not. */
    String bulkResult(String action, String changed, String skipped, Locale locale) {
        var chosen = RosterAction.named(action);
        if (chosen.isEmpty() || changed == null || skipped == null || !changed.matches("\\d{1,4}")
                || !skipped.matches("\\d{1,4}")) {
            return null;
        }
        return messages.getMessage("registration.bulk.result", new Object[] {action(chosen.get(), locale),
                Integer.parseInt(changed), Integer.parseInt(skipped)}, locale);
    }

    String action(RosterAction action, Locale locale) {
        return message("registration.action." + action.name().toLowerCase(Locale.ROOT), locale);
    }

    /** "8 Dec 2026, 14:05" in the zone; the zone's name is in the column heading. */
    static String when(Instant instant, ZoneId zone, Locale locale) {
        return java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                java.time.format.FormatStyle.SHORT).withLocale(locale).format(instant.atZone(zone));
    }

    static String zoneName(ZoneId zone, Locale locale) {
        return Times.zoneName(Instant.now(), zone, locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static List<RosterViews.Count> sorted(java.util.stream.Stream<RosterViews.Count> counts) {
        return counts.sorted(Comparator.comparing(RosterViews.Count::count).reversed()
                .thenComparing(RosterViews.Count::label)).toList();
    }

    private static String shorten(String answer) {
        return answer.length() <= SHORT ? answer : answer.substring(0, SHORT - 1).strip() + "…";
    }
}
