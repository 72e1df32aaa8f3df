package nl.dialoog.outcome;

import nl.dialoog.room.ParticipantErased;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A built report is built again when the room forgets one of its people: a report names hosts, moderators and
 * panelists, a registrant may have been one, and the stored report must not keep a name the room has erased.
 * Through the event publication log like an {@code @ApplicationModuleListener}, but without one long transaction
 * around the build: the build commits its own steps, so other nodes see it running.
 */
@Component
class ErasedParticipants {

    private final Outcomes outcomes;

    ErasedParticipants(Outcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Async
    @TransactionalEventListener
    void on(ParticipantErased erased) {
        outcomes.rebuildAfterErasure(erased.event());
    }
}
