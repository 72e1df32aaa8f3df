package nl.dialoog.event.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import nl.dialoog.account.AccountView;
import nl.dialoog.event.EditableEvent;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventFigures;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.event.PublishChecklist;
import nl.dialoog.shared.DomainError;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * My events (with the figures other modules add through {@link EventFigures.Source}) and the event editor: create,
 * edit, preview, publish (asking first when the {@link PublishChecklist} has gaps) and unpublish.
 */
@Controller
@RequestMapping("/organiser")
class EventEditorController {

    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Amsterdam");

    private final EventCatalog catalog;
    private final EditorModel editor;
    private final Clock clock;
    private final List<EventFigures.Source> figureSources;

    EventEditorController(EventCatalog catalog, EditorModel editor, Clock clock,
                          List<EventFigures.Source> figureSources) {
        this.catalog = catalog;
        this.editor = editor;
        this.clock = clock;
        this.figureSources = figureSources;
    }

    @GetMapping
    String dashboard(Principal principal, Model model, Locale locale,
                     @org.springframework.web.bind.annotation.RequestParam(required = false) String page) {
        AccountView organiser = editor.organiser(principal);
        model.addAttribute("organiser", organiser);
        MyEventsPager pager = MyEventsPager.of(page, catalog.workingSetSize(organiser));
        model.addAttribute("pager", pager);
        EventFigures figures = new EventFigures(catalog.workingSet(organiser, pager.offset(), MyEventsPager.SIZE));
        figureSources.forEach(source -> source.addTo(figures));
        Instant now = clock.instant();
        model.addAttribute("events", figures.events().stream()
                .map(event -> MyEventsRow.of(event, figures.of(event.id().value()), now, locale)).toList());
        return "event/dashboard";
    }

    @GetMapping("/events/new")
    String newEvent(Model model, Locale locale) {
        String language = catalog.contentLanguages().contains(locale.getLanguage()) ? locale.getLanguage() : "en";
        model.addAttribute("event", EventForm.blank(language, DEFAULT_ZONE,
                LocalDate.now(clock.withZone(DEFAULT_ZONE)).plusWeeks(3)));
        editor.choices(model, locale);
        return "event/new";
    }

    @PostMapping("/events")
    String create(@Valid @ModelAttribute("event") EventForm form, BindingResult errors, Principal principal,
                  Model model, Locale locale) {
        if (!errors.hasErrors()) {
            try {
                EventId id = catalog.create(form.toDetails(), editor.organiser(principal));
                return "redirect:/organiser/events/" + id.value() + "?created";
            } catch (DomainError invalid) {
                errors.rejectValue(invalid.field(), invalid.messageKey());
            }
        }
        editor.choices(model, locale);
        return "event/new";
    }

    @GetMapping("/events/{id}")
    String edit(EditableEvent editable, Model model, Locale locale) {
        editor.editor(model, editable.event(), locale);
        return "event/edit";
    }

    @PostMapping("/events/{id}")
    String update(EditableEvent editable, @Valid @ModelAttribute("event") EventForm form, BindingResult errors,
                  Model model, Locale locale) {
        AccountView organiser = editable.organiser();
        EventView event = editable.event();
        if (!errors.hasErrors()) {
            try {
                catalog.update(event.id(), form.toDetails(), organiser);
                return "redirect:/organiser/events/" + editable.id().value() + "?saved";
            } catch (DomainError invalid) {
                errors.rejectValue(invalid.field(), invalid.messageKey());
            }
        }
        model.addAttribute("event", form.withFieldsetsFor(event.languages()));
        model.addAttribute("org.springframework.validation.BindingResult.event", errors);
        editor.editor(model, event, locale);
        return "event/edit";
    }

    /**
     * Publishes at once when nothing is missing; with gaps the organiser first sees them on the confirmation page
     * and publishes anyway by ticking its box ({@code confirming} says the post came from that page).
     */
    @PostMapping("/events/{id}/publish")
    String publish(EditableEvent editable, @RequestParam(defaultValue = "false") boolean anyway,
                   @RequestParam(defaultValue = "false") boolean confirming, Model model, Locale locale) {
        String editorPath = "/organiser/events/" + editable.id().value();
        PublishChecklist checklist = catalog.checklist(editable.event());
        if (!checklist.ready() && !anyway && !editable.event().isPublished()) {
            if (!confirming) {
                return "redirect:" + editorPath + "/publish";
            }
            model.addAttribute("unconfirmed", true);
            return confirmPage(editable, checklist, model, locale);
        }
        catalog.publish(editable.id(), editable.organiser());
        return "redirect:" + editorPath + "?published";
    }

    @GetMapping("/events/{id}/publish")
    String confirmPublish(EditableEvent editable, Model model, Locale locale) {
        if (editable.event().isPublished()) {
            return "redirect:/organiser/events/" + editable.id().value();
        }
        return confirmPage(editable, catalog.checklist(editable.event()), model, locale);
    }

    private String confirmPage(EditableEvent editable, PublishChecklist checklist, Model model, Locale locale) {
        editor.choices(model, locale);
        model.addAttribute("current", editable.event());
        model.addAttribute("preview", EventPage.of(editable.event(), locale));
        model.addAttribute("checklist", checklist);
        return "event/publish";
    }

    @PostMapping("/events/{id}/unpublish")
    String unpublish(@PathVariable long id, Principal principal) {
        catalog.unpublish(new EventId(id), editor.organiser(principal));
        return "redirect:/organiser/events/" + id + "?unpublished";
    }

    @GetMapping("/events/{id}/preview")
    String preview(EditableEvent editable, Model model, Locale locale) {
        EventView event = editable.event();
        model.addAttribute("page", EventPage.of(event, locale));
        model.addAttribute("preview", true);
        model.addAttribute("over", event.end().isBefore(clock.instant()));
        return "event/page";
    }
}
