/**
 * The live room of an event: chat, questions, polls, statements, reactions and raised hands, presence and
 * moderation, carried over WebSocket (or Server-Sent Events + POST where sockets are blocked) from an append-only,
 * numbered log so that a client that reconnects gets exactly what it missed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Live room",
        allowedDependencies = {"event", "registration", "stage", "account", "shared"})
package nl.dialoog.room;
