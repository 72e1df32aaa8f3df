-- Going live: from when the panel is on air for the audience (NULL: not live).
ALTER TABLE stage ADD COLUMN live_since TIMESTAMP WITH TIME ZONE;

-- Where a token lets its person in (the stage's VideoRoom, or the backstage room the audience never gets a token
-- for), and the publisher id Dialoog assigned to a person who may publish, so a moderator's mute and kick find them
-- in Janus and a publisher with any other id can be sent out.
ALTER TABLE stage_token ADD COLUMN place VARCHAR(16) DEFAULT 'STAGE' NOT NULL;
ALTER TABLE stage_token ADD COLUMN feed BIGINT;
