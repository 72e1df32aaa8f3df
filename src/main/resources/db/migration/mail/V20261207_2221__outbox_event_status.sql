-- The event dashboard's mails sent and failed: one event's mails counted by status from the index alone.
CREATE INDEX mail_outbox_event_status ON mail_outbox (event_id, status);
