package nl.dialoog.event.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import nl.dialoog.event.AgendaItem;
import nl.dialoog.event.EditableEvent;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventNotFound;
import nl.dialoog.event.EventView;
import nl.dialoog.event.Host;
import nl.dialoog.event.Speaker;
import nl.dialoog.shared.DomainError;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Changing one co-host, speaker or programme item: a page of its own with the same fields as the editor's add form,
 * filled in. Bad input shows the page again with the errors and changes nothing.
 */
@Controller
@RequestMapping("/organiser/events/{id}")
class PartEditController {

    private final EventCatalog catalog;
    private final EditorModel editor;

    PartEditController(EventCatalog catalog, EditorModel editor) {
        this.catalog = catalog;
        this.editor = editor;
    }

    @GetMapping("/hosts/{partId}")
    String host(EditableEvent editable, @PathVariable long partId, Model model, Locale locale) {
        Host host = part(editable.event().hosts(), Host::id, partId);
        model.addAttribute("host", PartForms.HostForm.of(host));
        return page(editable, "host", partId, model, locale);
    }

    @PostMapping("/hosts/{partId}")
    String saveHost(EditableEvent editable, @PathVariable long partId,
                    @Valid @ModelAttribute("host") PartForms.HostForm form, BindingResult errors, Model model,
                    Locale locale) {
        part(editable.event().hosts(), Host::id, partId);
        return save(editable, "host", partId, errors, model, locale, () -> catalog.updateHost(editable.id(), partId,
                form.toDetails(), form.logoBytes(), form.dropsLogo(), editable.organiser()));
    }

    @GetMapping("/speakers/{partId}")
    String speaker(EditableEvent editable, @PathVariable long partId, Model model, Locale locale) {
        model.addAttribute("speaker", PartForms.SpeakerForm.of(part(editable.event().speakers(), Speaker::id, partId)));
        return page(editable, "speaker", partId, model, locale);
    }

    @PostMapping("/speakers/{partId}")
    String saveSpeaker(EditableEvent editable, @PathVariable long partId,
                       @Valid @ModelAttribute("speaker") PartForms.SpeakerForm form, BindingResult errors,
                       Model model, Locale locale) {
        part(editable.event().speakers(), Speaker::id, partId);
        return save(editable, "speaker", partId, errors, model, locale, () -> catalog.updateSpeaker(editable.id(),
                partId, form.toDetails(), editable.organiser()));
    }

    @GetMapping("/agenda/{partId}")
    String agendaItem(EditableEvent editable, @PathVariable long partId, Model model, Locale locale) {
        AgendaItem item = part(editable.event().agenda(), AgendaItem::id, partId);
        model.addAttribute("agendaItem", PartForms.AgendaItemForm.of(item, editable.event().zone()));
        return page(editable, "agenda-item", partId, model, locale);
    }

    @PostMapping("/agenda/{partId}")
    String saveAgendaItem(EditableEvent editable, @PathVariable long partId,
                          @Valid @ModelAttribute("agendaItem") PartForms.AgendaItemForm form, BindingResult errors,
                          Model model, Locale locale) {
        part(editable.event().agenda(), AgendaItem::id, partId);
        return save(editable, "agenda-item", partId, errors, model, locale, () -> catalog.updateAgendaItem(
                editable.id(), partId, form.toDetails(), editable.organiser()));
    }

    private String save(EditableEvent editable, String kind, long partId, BindingResult errors, Model model,
                        Locale locale, Runnable change) {
        if (!errors.hasErrors()) {
            try {
                change.run();
                return "redirect:/organiser/events/" + editable.id().value() + "?partSaved=" + kind + "#" + kind + "-"
                        + partId;
            } catch (DomainError invalid) {
                errors.rejectValue(invalid.field(), invalid.messageKey());
            }
        }
        return page(editable, kind, partId, model, locale);
    }

    private String page(EditableEvent editable, String kind, long partId, Model model, Locale locale) {
        EventView event = editable.event();
        editor.choices(model, locale);
        model.addAttribute("current", event);
        model.addAttribute("preview", EventPage.of(event, locale));
        model.addAttribute("kind", kind);
        model.addAttribute("partId", partId);
        model.addAttribute("logoPath", "host".equals(kind)
                ? part(event.hosts(), Host::id, partId).logoPath() : null);
        return "event/part";
    }

    /** The part of this event with that id; another event's or none is "not found", as the event itself would be. */
    private static <T> T part(List<T> parts, Function<T, Long> id, long partId) {
        Optional<T> found = parts.stream().filter(part -> id.apply(part) == partId).findFirst();
        return found.orElseThrow(() -> new EventNotFound("part " + partId));
    }
}
