-- What a relay's watchers see under each mountpoint: the publisher's name in the stage's VideoRoom
-- ("screen:<name>" for a shared screen), so a page watching through a relay lays the stage out as a direct one.
ALTER TABLE stage_relay ADD COLUMN display VARCHAR(200);
