package nl.dialoog.registration.internal;

import nl.dialoog.event.PublishChecklist;
import org.springframework.stereotype.Component;

/**
 * The registration module's item on an event's publish checklist: its settings (places, opening times, privacy text)
 * were never saved, so the form would open with the defaults nobody chose.
 */
@Component
class RegistrationChecklist implements PublishChecklist.Source {

    private final OptionsStore options;

    RegistrationChecklist(OptionsStore options) {
        this.options = options;
    }

    @Override
    public void addTo(PublishChecklist checklist) {
        long id = checklist.event().id().value();
        if (options.stamp(id).isEmpty()) {
            checklist.gap(new PublishChecklist.Gap("registration.checklist.settings",
                    "/organiser/events/" + id + "/registration"));
        }
    }
}
