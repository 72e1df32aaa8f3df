-- The live opinion map: whether the host shows it to everyone (the map itself is computed every few seconds and
-- kept in memory only), and an index for "which rooms had statement votes since then", which the map's job asks
-- every few seconds and which must cost nothing when nobody votes.
ALTER TABLE room ADD COLUMN opinion_map_shared BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX room_statement_vote_at ON room_statement_vote (voted_at);
