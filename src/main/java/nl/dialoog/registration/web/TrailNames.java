package nl.dialoog.registration.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.registration.RegistrationView;
import nl.dialoog.shared.Audit;
import nl.dialoog.shared.AuditSentences;
import nl.dialoog.shared.AuditSentences.Part;
import org.springframework.context.MessageSource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * How the registrations' trail names people: organisers by their name, a registrant by theirs with a link to
 * their row in the list, the event by its title with a link to its dashboard, and an erased person as such.
 */
final class TrailNames implements AuditSentences.Names {

    private final long eventId;
    private final String eventTitle;
    private final Map<String, RegistrationView> people;
    private final Accounts accounts;
    private final AuditSentences sentences;
    private final MessageSource messages;
    private final Map<String, String> organisers = new HashMap<>();

    TrailNames(long eventId, String eventTitle, Map<String, RegistrationView> people, Accounts accounts,
               AuditSentences sentences, MessageSource messages) {
        this.eventId = eventId;
        this.eventTitle = eventTitle;
        this.people = people;
        this.accounts = accounts;
        this.sentences = sentences;
        this.messages = messages;
    }

    @Override
    public Part actor(Audit.Entry entry, Locale locale) {
        if ("participant".equals(entry.actor()) && entry.subject().startsWith("registration:")) {
            return subject(entry, locale);
        }
        if (entry.actor() != null && entry.actor().contains("@")) {
            return Part.text(organisers.computeIfAbsent(entry.actor(), email -> accounts.findByEmail(email)
                    .map(AccountView::displayName).filter(name -> !name.isBlank()).orElse(email)));
        }
        return Part.text(sentences.actorName(entry.actor(), locale));
    }

    @Override
    public Part subject(Audit.Entry entry, Locale locale) {
        if (entry.subject().equals("event:" + eventId)) {
            return new Part(eventTitle, "/organiser/events/" + eventId + "/dashboard");
        }
        return Optional.ofNullable(people.get(entry.subject()))
                .map(person -> new Part(person.name(), UriComponentsBuilder
                        .fromPath("/organiser/events/{id}/registrations").queryParam("q", person.email())
                        .encode().buildAndExpand(eventId).toUriString()))
                .orElseGet(() -> Part.text(messages.getMessage("registration.audit.someoneErased", null, locale)));
    }
}
