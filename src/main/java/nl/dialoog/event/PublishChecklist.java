package nl.dialoog.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an event still lacks before it is published: per offered language the texts a visitor reads first (title,
 * summary, description), contact people for the visitors' questions, and whatever the modules built on events miss
 * (registration: its settings were never saved). Event cannot depend on those modules, so each implements
 * {@link Source} and names its gaps, as it does for {@link EventFigures}. Gaps do not stop publishing; the organiser
 * is asked to confirm.
 */
public final class PublishChecklist {

    /** Implemented by a module that knows something an event should have before it is published. */
    public interface Source {
        void addTo(PublishChecklist checklist);
    }

    /** The texts a visitor reads first; the purpose is optional. */
    public enum Text { TITLE, SUMMARY, DESCRIPTION }

    /** A gap named by another module: a message key from its bundle and the page where it is mended. */
    public record Gap(String messageKey, String path) {
    }

    private final EventView event;
    private final Map<String, Set<Text>> missingTexts = new LinkedHashMap<>();
    private final boolean contacts;
    private final List<Gap> gaps = new ArrayList<>();

    public PublishChecklist(EventView event, boolean contacts) {
        this.event = event;
        this.contacts = contacts;
        for (String language : event.languages()) {
            Set<Text> missing = missing(event.title().in(language), event.summary().in(language),
                    event.description().in(language));
            if (!missing.isEmpty()) {
                missingTexts.put(language, missing);
            }
        }
    }

    /** Which of one language's texts are missing (empty or blank); the editor's tabs use the same rule. */
    public static Set<Text> missing(String title, String summary, String description) {
        Set<Text> missing = EnumSet.noneOf(Text.class);
        if (blank(title)) {
            missing.add(Text.TITLE);
        }
        if (blank(summary)) {
            missing.add(Text.SUMMARY);
        }
        if (blank(description)) {
            missing.add(Text.DESCRIPTION);
        }
        return missing;
    }

    public EventView event() {
        return event;
    }

    public void gap(Gap gap) {
        gaps.add(gap);
    }

    /** The offered languages that lack texts, in the event's order, each with what it lacks. */
    public Map<String, Set<Text>> missingTexts() {
        return Collections.unmodifiableMap(missingTexts);
    }

    public boolean hasContacts() {
        return contacts;
    }

    /** The gaps other modules named. */
    public List<Gap> gaps() {
        return List.copyOf(gaps);
    }

    /** Nothing missing: the event can be published without asking. */
    public boolean ready() {
        return missingTexts.isEmpty() && contacts && gaps.isEmpty();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
