package nl.dialoog.event;

/**
 * A demo event was loaded (dialoog.event.demo); other modules add their part of the demo to it. {@code upcoming}
 * tells the edition a newcomer can try at once from the scenario's webinar of 2017.
 */
public record DemoEventLoaded(EventId event, boolean upcoming) {
}
