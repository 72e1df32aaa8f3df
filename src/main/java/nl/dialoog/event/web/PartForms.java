package nl.dialoog.event.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import nl.dialoog.event.AgendaItemDetails;
import nl.dialoog.event.EventLimits;
import nl.dialoog.event.HostDetails;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.event.SpeakerDetails;

/** The editor's small forms that add a co-host, a speaker or an agenda item; texts are keyed by language. */
public final class PartForms {

    private PartForms() {
    }

    public record HostForm(Map<String, String> name, @Size(max = EventLimits.MAX_URL) String website,
                    @Size(max = EventLimits.MAX_URL) String logoUrl) {

        public HostForm {
            name = name == null ? Map.of() : name;
        }

        HostDetails toDetails() {
            return new HostDetails(new LocalizedText(name), website, logoUrl);
        }
    }

    public record SpeakerForm(@Size(max = EventLimits.MAX_NAME) String name,
                       @Size(max = EventLimits.MAX_NAME) String organisation,
                       @Size(max = 2) String country,
                       Map<String, String> bio) {

        public SpeakerForm {
            bio = bio == null ? Map.of() : bio;
        }

        SpeakerDetails toDetails() {
            return new SpeakerDetails(name, organisation, country, new LocalizedText(bio));
        }
    }

    /** Named day/from/until so its fields never share an id with the event form on the same page. */
    public record AgendaItemForm(@NotNull LocalDate day, @NotNull LocalTime from, LocalTime until,
                          Map<String, String> title, List<Long> speakerIds) {

        public AgendaItemForm {
            title = title == null ? Map.of() : title;
            speakerIds = speakerIds == null ? List.of() : speakerIds;
        }

        AgendaItemDetails toDetails() {
            return new AgendaItemDetails(day.atTime(from), until == null ? null : day.atTime(until),
                    new LocalizedText(title), speakerIds);
        }
    }

    /** Contact addresses, one per line (or separated by commas). */
    public record ContactsForm(@Size(max = 4000) String addresses) {

        static ContactsForm of(List<String> addresses) {
            return new ContactsForm(String.join("\n", addresses));
        }

        List<String> toList() {
            return addresses == null ? List.of() : List.of(addresses.split("[\\s,;]+"));
        }
    }
}
