package nl.dialoog.registration.desk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dialoog.account.AccountView;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.Question;
import nl.dialoog.registration.RegistrationOptions;
import nl.dialoog.registration.RegistrationView;
import nl.dialoog.registration.internal.AnswerLabels;
import nl.dialoog.registration.internal.OptionsStore;
import nl.dialoog.registration.internal.RegistrationStore;
import nl.dialoog.registration.internal.RosterStore;
import nl.dialoog.shared.CsvWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser's CSV export of an event's registrations: UTF-8 with a byte order mark (without it Excel reads
 * UTF-8 as the local code page), one row per registration, one column per question, labels and statuses in the
 * event's default language (what an organiser reads, not the code behind it), times in UTC ISO-8601.
 */
@Service
@Transactional(readOnly = true)
public class RegistrationExport {

    private final RegistrationStore store;
    private final RosterStore roster;
    private final OptionsStore options;
    private final AnswerLabels labels;
    private final EventCatalog catalog;
    private final MessageSource messages;

    RegistrationExport(RegistrationStore store, RosterStore roster, OptionsStore options, AnswerLabels labels,
                       EventCatalog catalog, MessageSource messages) {
        this.store = store;
        this.roster = roster;
        this.options = options;
        this.labels = labels;
        this.catalog = catalog;
        this.messages = messages;
    }

    public byte[] csv(EventId id, AccountView by) {
        EventView event = catalog.editable(id, by);
        String language = event.defaultLanguage();
        Locale locale = Locale.forLanguageTag(language);
        List<Question> questions = options.find(id.value()).map(RegistrationOptions::questions).orElse(List.of());
        Map<Long, RosterStore.Extra> extras = roster.extras(id.value());
        CsvWriter csv = new CsvWriter();
        List<String> header = new ArrayList<>();
        for (String column : List.of("id", "name", "email", "status", "language", "zone", "registeredAt",
                "confirmedAt", "consentVersion", "addedByOrganiser")) {
            header.add(messages.getMessage("registration.csv." + column, null, locale));
        }
        questions.forEach(question -> header.add(labels.question(question, event, language)));
        csv.row(header);
        for (RegistrationView registration : store.ofEvent(id.value())) {
            RosterStore.Extra extra = extras.get(registration.id().value());
            List<String> row = new ArrayList<>(List.of(String.valueOf(registration.id().value()), registration.name(),
                    registration.email(),
                    messages.getMessage("registration.status." + registration.status().name(), null, locale),
                    registration.language(),
                    registration.zone().getId(), iso(registration.createdAt()),
                    iso(extra == null ? null : extra.confirmedAt()), String.valueOf(registration.consentVersion()),
                    String.valueOf(extra != null && extra.addedByOrganiser())));
            questions.forEach(question -> row.add(
                    labels.answer(question, registration.answers().get(question.id()), event, language)));
            csv.row(row);
        }
        return csv.bytes();
    }

    private static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
