-- How many registrations of the event hold a place, kept on the row every admission locks anyway: the capacity
-- check then reads one column under that lock instead of counting the confirmed registrations (which grew with the
-- capacity). Maintained by every insert, status change and deletion of a registration (RegistrationStore,
-- RosterStore).
ALTER TABLE registration_options ADD COLUMN confirmed_count INTEGER DEFAULT 0 NOT NULL;
UPDATE registration_options SET confirmed_count =
    (SELECT COUNT(*) FROM registration r WHERE r.event_id = registration_options.event_id AND r.status = 'CONFIRMED');

-- An invite code with an address (from the organiser's CSV list, or given when the code was made) works only for
-- that address; a code without one works for anyone who has it. bound stays true when the invitee's address is
-- blanked after an erasure or purge, so such a code never turns into one that anybody can use.
ALTER TABLE registration_invite ADD COLUMN bound BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE registration_invite SET bound = TRUE WHERE email IS NOT NULL;

-- The expiry job finds unverified registrations by age.
CREATE INDEX registration_status_created ON registration (status, created_at);
