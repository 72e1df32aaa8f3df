package nl.dialoog.registration.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.dialoog.account.AccountView;
import nl.dialoog.event.EditableEvent;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.InvalidRegistration;
import nl.dialoog.registration.reminder.Reminders;
import nl.dialoog.shared.Times;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The organiser's reminder plan of one event: how many hours before the start registrants are reminded. */
@Controller
@RequestMapping("/organiser/events/{id}/reminders")
class ReminderController {

    /** The hours as the organiser types them: "24, 1" or "48 2 0.5"; blank for no reminders. */
    record ReminderForm(String hours) {
    }

    /** One planned reminder: how long before, and when that is in the event's zone. */
    record Planned(String hours, String when) {
    }

    private final Reminders reminders;

    ReminderController(Reminders reminders) {
        this.reminders = reminders;
    }

    @GetMapping
    String page(EditableEvent editable, Model model, Locale locale) {
        AccountView organiser = editable.organiser();
        EventView event = editable.event();
        List<Integer> offsets = reminders.offsets(event.id(), organiser);
        model.addAttribute("reminders", new ReminderForm(offsets.stream().map(ReminderController::hours)
                .collect(Collectors.joining(", "))));
        return render(event, offsets, model, locale);
    }

    @PostMapping
    String save(EditableEvent editable, @ModelAttribute("reminders") ReminderForm form, BindingResult errors,
                Model model, Locale locale) {
        AccountView organiser = editable.organiser();
        EventView event = editable.event();
        try {
            reminders.saveOffsets(event.id(), minutes(form.hours()), organiser);
            return "redirect:/organiser/events/" + editable.id().value() + "/reminders?saved";
        } catch (InvalidRegistration invalid) {
            errors.rejectValue("hours", invalid.messageKey());
        }
        return render(event, reminders.offsets(event.id(), organiser), model, locale);
    }

    private String render(EventView event, List<Integer> offsets, Model model, Locale locale) {
        model.addAttribute("event", RegisterController.summary(event, locale));
        model.addAttribute("eventId", event.id().value());
        model.addAttribute("planned", offsets.stream().map(offset -> {
            var at = event.start().minus(Duration.ofMinutes(offset));
            return new Planned(hours(offset), Times.moment(at, event.zone(), locale));
        }).toList());
        return "registration/reminders";
    }

    /** "24, 1.5" → [1440, 90]; anything that is not a list of numbers is refused as a whole. */
    static List<Integer> minutes(String hours) {
        List<Integer> minutes = new ArrayList<>();
        for (String part : (hours == null ? "" : hours).split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                BigDecimal value = new BigDecimal(part.strip());
                minutes.add(value.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValueExact());
            } catch (NumberFormatException | ArithmeticException notANumber) {
                throw new InvalidRegistration("hours", "registration.reminders.error.format");
            }
        }
        return minutes;
    }

    static String hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
