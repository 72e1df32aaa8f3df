package nl.dialoog.registration.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import nl.dialoog.event.EditableEvent;
import nl.dialoog.event.EventView;
import nl.dialoog.event.PartMove;
import nl.dialoog.registration.InvalidRegistration;
import nl.dialoog.registration.Question;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.registration.web.OrganiserForms.QuestionForm;
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
 * Changing one registration question (a page of its own, its kind fixed) and moving questions on the form. Bad
 * input shows the page again with the errors and changes nothing.
 */
@Controller
@RequestMapping("/organiser/events/{id}/registration/questions/{questionId}")
class QuestionEditController {

    private final RegistrationAdmin admin;
    private final FieldViews fields;

    QuestionEditController(RegistrationAdmin admin, FieldViews fields) {
        this.admin = admin;
        this.fields = fields;
    }

    @GetMapping
    String page(EditableEvent editable, @PathVariable long questionId, Model model, Locale locale) {
        Question question = admin.question(editable.id(), questionId);
        model.addAttribute("question", QuestionForm.of(question, editable.event()));
        return render(editable.event(), question, model, locale);
    }

    @PostMapping
    String save(EditableEvent editable, @PathVariable long questionId,
                @Valid @ModelAttribute("question") QuestionForm form, BindingResult errors, Model model,
                Locale locale) {
        EventView event = editable.event();
        Question question = admin.question(editable.id(), questionId);
        if (!errors.hasErrors()) {
            try {
                admin.updateQuestion(event.id(), questionId, Boolean.TRUE.equals(form.required()),
                        OrganiserForms.text(form.labels()),
                        QuestionChoices.parse(form.choices(), event, question.options()), editable.organiser());
                return "redirect:/organiser/events/" + event.id().value() + "/registration?questionSaved#question-"
                        + questionId;
            } catch (InvalidRegistration invalid) {
                errors.rejectValue(invalid.field().equals("label") ? "labels" : invalid.field(), invalid.messageKey());
            }
        }
        return render(event, question, model, locale);
    }

    /** Back at the moved question: on the button just pressed while it can be pressed again, else the question. */
    @PostMapping("/move")
    String move(EditableEvent editable, @PathVariable long questionId, @RequestParam PartMove direction) {
        admin.moveQuestion(editable.id(), questionId, direction, editable.organiser());
        List<Long> ids = admin.options(editable.id(), editable.organiser()).questions().stream()
                .map(Question::id).toList();
        int at = ids.indexOf(questionId);
        boolean again = direction == PartMove.UP ? at > 0 : at >= 0 && at < ids.size() - 1;
        return "redirect:/organiser/events/" + editable.id().value() + "/registration#question-" + questionId
                + (again ? "-" + direction.name().toLowerCase(Locale.ROOT) : "");
    }

    private String render(EventView event, Question question, Model model, Locale locale) {
        model.addAttribute("event", RegisterController.summary(event, locale));
        model.addAttribute("eventId", event.id().value());
        model.addAttribute("questionId", question.id());
        model.addAttribute("kind", question.kind());
        model.addAttribute("questionLabel", label(question, event, locale));
        return "registration/question";
    }

    /** The question's label in the reader's language, or the event's default. */
    static String label(Question question, EventView event, Locale locale) {
        return question.label().resolve(event.languageFor(locale.getLanguage()), event.defaultLanguage()).text();
    }
}
