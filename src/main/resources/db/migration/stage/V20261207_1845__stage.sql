-- The stage of an event: its Janus VideoRoom while open (the room's secret is needed to allow tokens in and to
-- destroy it), and the external stream shown when no Janus is configured.
CREATE TABLE stage (
    event_id     BIGINT       NOT NULL PRIMARY KEY,
    janus_room   BIGINT,
    room_secret  VARCHAR(64),
    opened_at    TIMESTAMP WITH TIME ZONE,
    closed_at    TIMESTAMP WITH TIME ZONE,
    stream_url   VARCHAR(500)
);

-- Janus tokens handed out, so they can be removed when they expire or their person is removed.
CREATE TABLE stage_token (
    token       VARCHAR(64)  NOT NULL PRIMARY KEY,
    event_id    BIGINT       NOT NULL,
    person      VARCHAR(120) NOT NULL,
    role        VARCHAR(16)  NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX stage_token_person ON stage_token (event_id, person);
CREATE INDEX stage_token_expiry ON stage_token (expires_at);
