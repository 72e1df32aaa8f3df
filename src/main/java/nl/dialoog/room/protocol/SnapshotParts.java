package nl.dialoog.room.protocol;

import java.util.List;

/**
 * The features' parts of a snapshot, gathered before it is written: each feature sets its own (as the viewer may
 * see it), and {@link SessionFrame.Snapshot#of} puts them beside the connection's own fields. A part left unset, or
 * set to null (moderation for anyone but staff), is null on the wire.
 */
public final class SnapshotParts {

    private List<ChatFrame.Posted> chat;
    private QaFrame.Snapshot qa;
    private PollFrame.Snapshot polls;
    private StatementFrame.Snapshot statements;
    private StatementFrame.MapSnapshot opinionMap;
    private ModerationFrame.Snapshot moderation;
    private StageFrame.Snapshot onstage;

    public void chat(List<ChatFrame.Posted> latest) {
        this.chat = latest;
    }

    public void qa(QaFrame.Snapshot part) {
        this.qa = part;
    }

    public void polls(PollFrame.Snapshot part) {
        this.polls = part;
    }

    public void statements(StatementFrame.Snapshot part) {
        this.statements = part;
    }

    public void opinionMap(StatementFrame.MapSnapshot part) {
        this.opinionMap = part;
    }

    public void moderation(ModerationFrame.Snapshot part) {
        this.moderation = part;
    }

    public void onstage(StageFrame.Snapshot part) {
        this.onstage = part;
    }

    SessionFrame.Snapshot snapshot(long seq, SessionFrame.You you, ModerationFrame.Settings room, int presence) {
        return new SessionFrame.Snapshot(seq, you, room, presence, chat, qa, polls, statements, opinionMap,
                moderation, onstage);
    }
}
