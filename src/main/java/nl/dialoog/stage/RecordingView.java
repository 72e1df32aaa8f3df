package nl.dialoog.stage;

import java.time.Instant;

/**
 * An event's recording as organisers see it.
 *
 * @param startedAt  when recording first began: the replay page places the room's chat from it
 * @param fileType   the playable file's media type once {@link RecordingState#READY} ({@code video/webm} or
 *                   {@code video/mp4}), else null
 * @param durationMs the playable file's length, once ready
 * @param failure    why processing failed, as the external tool said it (organisers pass it on to whoever runs
 *                   the server)
 */
public record RecordingView(long eventId, RecordingState state, Instant startedAt, Instant stoppedAt,
                            String fileType, Long fileBytes, Long durationMs, String failure) {

    public boolean ready() {
        return state == RecordingState.READY;
    }
}
