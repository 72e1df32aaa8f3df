-- The dispatcher's claim: a node sets claim_token when it takes a mail, and only the holder of the token may record
-- the outcome. While a mail is SENDING its next_attempt_at is the moment it counts as abandoned (its node died).
ALTER TABLE mail_outbox ADD COLUMN claim_token VARCHAR(36);
ALTER TABLE mail_outbox ADD COLUMN last_attempt_at TIMESTAMP WITH TIME ZONE;
-- a resent mail points at the one it copies
ALTER TABLE mail_outbox ADD COLUMN resent_from BIGINT;
