package nl.dialoog.room.protocol;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The stage's people controls: staff take the stage live and end it, mute and unmute, remove, invite an attendee
 * up and send a guest back ({@code participantId} names whom); the invited person accepts or declines; whoever may
 * publish asks for a pass to the stage or (the panel only) to the backstage.
 */
public sealed interface StageCommand extends Command {

    @JsonTypeName("stage.goLive")
    record GoLive() implements StageCommand {
    }

    @JsonTypeName("stage.end")
    record End() implements StageCommand {
    }

    @JsonTypeName("stage.mute")
    record Mute(long participantId) implements StageCommand {
    }

    /** Lets a microphone a moderator muted be heard again. */
    @JsonTypeName("stage.unmute")
    record Unmute(long participantId) implements StageCommand {
    }

    @JsonTypeName("stage.remove")
    record Remove(long participantId) implements StageCommand {
    }

    @JsonTypeName("stage.invite")
    record Invite(long participantId) implements StageCommand {
    }

    @JsonTypeName("stage.sendBack")
    record SendBack(long participantId) implements StageCommand {
    }

    @JsonTypeName("stage.accept")
    record Accept() implements StageCommand {
    }

    @JsonTypeName("stage.decline")
    record Decline() implements StageCommand {
    }

    @JsonTypeName("stage.publishPass")
    record PublishPass() implements StageCommand {
    }

    @JsonTypeName("stage.backstagePass")
    record BackstagePass() implements StageCommand {
    }

    /** A page watching the stage through a relay Janus asks what the relay carries now (anyone in the room). */
    @JsonTypeName("stage.relayed")
    record Relayed() implements StageCommand {
    }

    /** Staff record the stage (the stage refuses anyone who is not its moderator). */
    @JsonTypeName("recording.start")
    record StartRecording() implements StageCommand {
    }

    @JsonTypeName("recording.stop")
    record StopRecording() implements StageCommand {
    }
}
