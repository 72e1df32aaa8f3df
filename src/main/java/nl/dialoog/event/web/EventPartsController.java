package nl.dialoog.event.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Locale;
import java.util.function.Supplier;
import nl.dialoog.account.AccountView;
import nl.dialoog.event.EditableEvent;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import nl.dialoog.shared.DomainError;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The editor's small forms: add or remove co-hosts, speakers and agenda items. */
@Controller
@RequestMapping("/organiser/events/{id}")
class EventPartsController {

    private final EventCatalog catalog;
    private final EditorModel editor;

    EventPartsController(EventCatalog catalog, EditorModel editor) {
        this.catalog = catalog;
        this.editor = editor;
    }

    @PostMapping("/hosts")
    String addHost(EditableEvent editable, @Valid @ModelAttribute("host") PartForms.HostForm form,
                   BindingResult errors, Model model, Locale locale) {
        AccountView organiser = editable.organiser();
        return add(editable, errors, model, locale, "hosts",
                () -> catalog.addHost(editable.id(), form.toDetails(), organiser));
    }

    @PostMapping("/speakers")
    String addSpeaker(EditableEvent editable, @Valid @ModelAttribute("speaker") PartForms.SpeakerForm form,
                      BindingResult errors, Model model, Locale locale) {
        AccountView organiser = editable.organiser();
        return add(editable, errors, model, locale, "speakers",
                () -> catalog.addSpeaker(editable.id(), form.toDetails(), organiser));
    }

    @PostMapping("/agenda")
    String addAgendaItem(EditableEvent editable, @Valid @ModelAttribute("agendaItem") PartForms.AgendaItemForm form,
                         BindingResult errors, Model model, Locale locale) {
        AccountView organiser = editable.organiser();
        return add(editable, errors, model, locale, "agenda",
                () -> catalog.addAgendaItem(editable.id(), form.toDetails(), organiser));
    }

    @PostMapping("/contacts")
    String setContacts(EditableEvent editable, @Valid @ModelAttribute("contacts") PartForms.ContactsForm form,
                       BindingResult errors, Model model, Locale locale) {
        AccountView organiser = editable.organiser();
        return add(editable, errors, model, locale, "contacts", () -> {
            catalog.setContactAddresses(editable.id(), form.toList(), organiser);
            return 0L;
        });
    }

    @PostMapping("/hosts/{partId}/delete")
    String removeHost(@PathVariable long id, @PathVariable long partId, Principal principal) {
        catalog.removeHost(new EventId(id), partId, editor.organiser(principal));
        return back(id, "hosts");
    }

    @PostMapping("/speakers/{partId}/delete")
    String removeSpeaker(@PathVariable long id, @PathVariable long partId, Principal principal) {
        catalog.removeSpeaker(new EventId(id), partId, editor.organiser(principal));
        return back(id, "speakers");
    }

    @PostMapping("/agenda/{partId}/delete")
    String removeAgendaItem(@PathVariable long id, @PathVariable long partId, Principal principal) {
        catalog.removeAgendaItem(new EventId(id), partId, editor.organiser(principal));
        return back(id, "agenda");
    }

    /** Adds a part, or shows the editor again with the form's errors next to its fields. */
    private String add(EditableEvent editable, BindingResult errors, Model model, Locale locale, String section,
                       Supplier<Long> action) {
        if (!errors.hasErrors()) {
            try {
                action.get();
                return back(editable.id().value(), section);
            } catch (DomainError invalid) {
                errors.rejectValue(invalid.field(), invalid.messageKey());
            }
        }
        editor.editor(model, editable.event(), locale);
        return "event/edit";
    }

    private static String back(long id, String section) {
        return "redirect:/organiser/events/" + id + "#" + section;
    }
}
