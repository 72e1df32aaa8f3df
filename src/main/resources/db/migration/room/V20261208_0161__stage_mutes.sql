-- Whom a moderator muted on the stage (Janus keeps the mute on their microphone until unmuted), so every
-- moderator's page, also after a reload, shows who is muted. Gone when they are unmuted, taken off the stage, sent
-- back, or given a new pass to publish (Janus does not carry a mute over to a new publisher).
CREATE TABLE room_stage_mute (
    event_id        BIGINT      NOT NULL,
    participant_id  BIGINT      NOT NULL,
    muted_by        BIGINT      NOT NULL,
    muted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (event_id, participant_id)
);
