package nl.dialoog.stage;

import java.util.List;
import nl.dialoog.shared.ConnectSources;
import org.springframework.stereotype.Component;

/** The Janus API as browsers reach it, for the pages' security policy: the stage's script talks to it directly. */
@Component
class JanusAddress implements ConnectSources {

    private final StageSettings settings;

    JanusAddress(StageSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<String> addresses() {
        return settings.janus().configured() ? List.of(settings.janus().browserUrl().toString()) : List.of();
    }
}
