package nl.dialoog.stage;

import java.util.Optional;

/**
 * The stage of one event as the room shows it.
 *
 * @param janusConfigured whether Dialoog has a Janus to put the panel on video
 * @param open            whether the event's VideoRoom exists now
 * @param room            its number in Janus while open
 * @param stream          the external stream the organisers set, if any
 */
public record StageView(boolean janusConfigured, boolean open, long room, Optional<ExternalStream> stream) {
}
