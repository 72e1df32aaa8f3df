-- Raised by every change to an event's registration options or questions, so a copy of them kept in memory (the
-- registration form during a rush) is checked against one column of the row instead of being read again.
ALTER TABLE registration_options ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
