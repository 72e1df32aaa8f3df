package nl.dialoog.event;

/**
 * A link that another module adds to an event's public page (the results, once published): a path on this site
 * and the message key of its text.
 */
public record EventPageLink(String path, String textKey) {

    /** Implemented by a module that has something to link from an event's page; asked on each view of the page. */
    public interface Source {
        java.util.Optional<EventPageLink> linkFor(EventView event);
    }
}
