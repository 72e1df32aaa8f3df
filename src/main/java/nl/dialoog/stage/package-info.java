/**
 * The stage: the panel on video. Dialoog is the control plane of a Janus WebRTC Server — one VideoRoom per event,
 * created with the project's admin key and destroyed after the event, and stored Janus tokens per person that
 * expire and are revoked — or, where no Janus is configured, an external stream (YouTube, Vimeo, HLS) that the
 * room shows instead. The room depends on the stage, never the other way round.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Stage",
        allowedDependencies = {"event", "account", "shared"})
package nl.dialoog.stage;
