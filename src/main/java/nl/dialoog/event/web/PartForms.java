package nl.dialoog.event.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.dialoog.event.AgendaItem;
import nl.dialoog.event.AgendaItemDetails;
import nl.dialoog.event.EventLimits;
import nl.dialoog.event.Host;
import nl.dialoog.event.HostDetails;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.event.Speaker;
import nl.dialoog.event.SpeakerDetails;
import nl.dialoog.shared.DomainError;
import org.springframework.web.multipart.MultipartFile;

/** The editor's small forms that add or change a co-host, a speaker or an agenda item; texts are keyed by language. */
public final class PartForms {

    private PartForms() {
    }

    /** The logo is an uploaded file (a multipart part, empty: keep what is stored); removeLogo drops it. */
    public record HostForm(Map<String, String> name, @Size(max = EventLimits.MAX_URL) String website,
                           Boolean removeLogo, MultipartFile logo) {

        public HostForm {
            name = name == null ? Map.of() : name;
        }

        static HostForm blank() {
            return new HostForm(Map.of(), "", false, null);
        }

        static HostForm of(Host host) {
            return new HostForm(host.name().values(), host.website() == null ? "" : host.website(), false, null);
        }

        /** The uploaded file's bytes, or null when none was chosen; an unreadable upload counts as no image. */
        byte[] logoBytes() {
            if (logo == null || logo.isEmpty()) {
                return null;
            }
            if (logo.getSize() > EventLimits.MAX_LOGO_BYTES) {
                throw new DomainError("logo", "event.error.logoTooLarge");
            }
            try {
                return logo.getBytes();
            } catch (IOException unreadable) {
                throw new DomainError("logo", "event.error.logoNotImage");
            }
        }

        boolean dropsLogo() {
            return Boolean.TRUE.equals(removeLogo);
        }

        HostDetails toDetails() {
            return new HostDetails(new LocalizedText(name), website);
        }
    }

    public record SpeakerForm(@Size(max = EventLimits.MAX_NAME) String name,
                       @Size(max = EventLimits.MAX_NAME) String organisation,
                       @Size(max = 2) String country,
                       Map<String, String> bio) {

        public SpeakerForm {
            bio = bio == null ? Map.of() : bio;
        }

        static SpeakerForm of(Speaker speaker) {
            return new SpeakerForm(speaker.name(), nullToEmpty(speaker.organisation()),
                    nullToEmpty(speaker.country()), speaker.bio().values());
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

        static AgendaItemForm of(AgendaItem item, ZoneId zone) {
            var start = item.start().atZone(zone);
            return new AgendaItemForm(start.toLocalDate(), start.toLocalTime(),
                    item.end() == null ? null : item.end().atZone(zone).toLocalTime(), item.title().values(),
                    item.speakerIds());
        }

        AgendaItemDetails toDetails() {
            return new AgendaItemDetails(day.atTime(from), until == null ? null : day.atTime(until),
                    new LocalizedText(title), speakerIds);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
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
