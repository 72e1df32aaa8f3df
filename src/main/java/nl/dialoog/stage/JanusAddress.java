package nl.dialoog.stage;

import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import nl.dialoog.shared.ConnectSources;
import org.springframework.stereotype.Component;

/** The Janus API and its relays as browsers reach them, for the pages' security policy: the stage's script talks to it directly. */
@Component
class JanusAddress implements ConnectSources {

    private final StageSettings settings;

    JanusAddress(StageSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<String> addresses() {
        if (!settings.janus().configured()) {
            return List.of();
        }
        // attendees beyond the first Janus's share watch through a relay Janus, from the page too
        return Stream.concat(Stream.of(settings.janus().browserUrl()),
                settings.relays().stream().map(StageSettings.Relay::browserUrl))
                .filter(java.util.Objects::nonNull).map(URI::toString).toList();
    }
}
