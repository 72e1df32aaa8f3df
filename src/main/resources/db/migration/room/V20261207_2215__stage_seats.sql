-- The stage seen from the room, beside the room's panelists: attendees a moderator invited up (INVITED, ON_STAGE
-- once they accept) and people a moderator took off the stage (OFF), who get no stage or backstage pass again.
CREATE TABLE room_stage_seat (
    event_id        BIGINT      NOT NULL,
    participant_id  BIGINT      NOT NULL,
    state           VARCHAR(12) NOT NULL,
    changed_by      BIGINT      NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (event_id, participant_id)
);
