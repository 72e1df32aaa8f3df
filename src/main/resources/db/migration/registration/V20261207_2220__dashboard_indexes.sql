-- The event dashboard's registrations over time: one event's creation times read from the index alone.
CREATE INDEX registration_event_created ON registration (event_id, created_at);
