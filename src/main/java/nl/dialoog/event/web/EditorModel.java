package nl.dialoog.event.web;

import java.security.Principal;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.shared.Languages;
import nl.dialoog.shared.Times;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the organiser's pages share: who is signed in, and the choices the editor's forms offer. */
@Component
class EditorModel {

    public record Choice(String code, String name) {
    }

    private final Accounts accounts;
    private final EventCatalog catalog;

    EditorModel(Accounts accounts, EventCatalog catalog) {
        this.accounts = accounts;
        this.catalog = catalog;
    }

    AccountView organiser(Principal principal) {
        return accounts.signedIn(principal);
    }

    /** Fills the editor page for an event; forms already in the model (e.g. with errors) are kept. */
    void editor(Model model, EventView event, Locale locale) {
        choices(model, locale);
        model.addAttribute("current", event);
        model.addAttribute("preview", EventPage.of(event, locale));
        model.addAttribute("checklist", catalog.checklist(event));
        if (!model.containsAttribute("event")) {
            model.addAttribute("event", EventForm.of(event));
        }
        if (!model.containsAttribute("host")) {
            model.addAttribute("host", PartForms.HostForm.blank());
        }
        if (!model.containsAttribute("speaker")) {
            model.addAttribute("speaker", new PartForms.SpeakerForm("", "", "", Map.of()));
        }
        if (!model.containsAttribute("contacts")) {
            model.addAttribute("contacts", PartForms.ContactsForm.of(catalog.contactAddresses(event.id())));
        }
        if (!model.containsAttribute("agendaItem")) {
            var start = event.start().atZone(event.zone());
            model.addAttribute("agendaItem", new PartForms.AgendaItemForm(start.toLocalDate(), start.toLocalTime(),
                    null, Map.of(), List.of()));
        }
    }

    void choices(Model model, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        model.addAttribute("contentLanguages", catalog.contentLanguages().stream()
                .map(code -> new Choice(code, Languages.endonym(code))).toList());
        model.addAttribute("languageNames", catalog.contentLanguages().stream()
                .collect(Collectors.toMap(Function.identity(), Languages::endonym)));
        model.addAttribute("zones", Times.zoneChoices());
        model.addAttribute("countries", java.util.Arrays.stream(Locale.getISOCountries())
                .map(code -> new Choice(code, Locale.of("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Choice::name, collator))
                .toList());
    }
}
