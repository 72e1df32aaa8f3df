package nl.dialoog.event.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Locale;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import nl.dialoog.account.AccountView;
import nl.dialoog.event.AgendaItem;
import nl.dialoog.event.EditableEvent;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.event.Host;
import nl.dialoog.event.PartMove;
import nl.dialoog.event.Speaker;
import nl.dialoog.shared.DomainError;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The editor's small forms: add, move or remove co-hosts, speakers and agenda items (changing one:
 * {@link PartEditController}).
 */
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
                () -> catalog.addHost(editable.id(), form.toDetails(), form.logoBytes(), organiser));
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

    @PostMapping("/hosts/{partId}/move")
    String moveHost(EditableEvent editable, @PathVariable long partId, @RequestParam PartMove direction) {
        catalog.moveHost(editable.id(), partId, direction, editable.organiser());
        return moved(editable, "host", partId, direction, EventView::hosts, Host::id);
    }

    @PostMapping("/speakers/{partId}/move")
    String moveSpeaker(EditableEvent editable, @PathVariable long partId, @RequestParam PartMove direction) {
        catalog.moveSpeaker(editable.id(), partId, direction, editable.organiser());
        return moved(editable, "speaker", partId, direction, EventView::speakers, Speaker::id);
    }

    @PostMapping("/agenda/{partId}/move")
    String moveAgendaItem(EditableEvent editable, @PathVariable long partId, @RequestParam PartMove direction) {
        catalog.moveAgendaItem(editable.id(), partId, direction, editable.organiser());
        return moved(editable, "agenda-item", partId, direction, EventView::agenda, AgendaItem::id);
    }

    /**
     * Back to the editor at the moved item: at the button just pressed while it can be pressed again (so moving
     * three places is pressing Enter three times), else at the item itself. A fragment puts the focus there
     * without any script.
     */
    private <T> String moved(EditableEvent editable, String prefix, long partId, PartMove direction,
                             Function<EventView, List<T>> list, ToLongFunction<T> id) {
        List<Long> ids = catalog.find(editable.id()).map(list).orElse(List.of()).stream()
                .map(part -> id.applyAsLong(part)).toList();
        int at = ids.indexOf(partId);
        boolean again = direction == PartMove.UP ? at > 0 : at >= 0 && at < ids.size() - 1;
        String anchor = prefix + "-" + partId + (again ? "-" + direction.name().toLowerCase(Locale.ROOT) : "");
        return "redirect:/organiser/events/" + editable.id().value() + "#" + anchor;
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
