-- A poll launched with a time limit closes by itself at closes_at (PollTimer), whoever is still in the room.
ALTER TABLE room_poll ADD COLUMN closes_at TIMESTAMP WITH TIME ZONE;
