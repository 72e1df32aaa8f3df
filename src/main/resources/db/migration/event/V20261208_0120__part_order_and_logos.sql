-- The programme keeps the order the organiser gives it (first: by start time, as it was shown until now).
ALTER TABLE agenda_item ADD COLUMN position INTEGER;
UPDATE agenda_item SET position = (SELECT COUNT(*) FROM agenda_item b
    WHERE b.event_id = agenda_item.event_id
      AND (b.starts_at < agenda_item.starts_at OR (b.starts_at = agenda_item.starts_at AND b.id <= agenda_item.id)));
ALTER TABLE agenda_item ALTER COLUMN position SET NOT NULL;
CREATE INDEX agenda_item_position ON agenda_item (event_id, position);

-- Logos are uploaded, checked and stored by Dialoog: a page never loads an image from another site.
ALTER TABLE event_host DROP COLUMN logo_url;
CREATE TABLE event_host_logo (
    host_id    BIGINT       PRIMARY KEY REFERENCES event_host (id) ON DELETE CASCADE,
    version    INTEGER      NOT NULL,
    media_type VARCHAR(40)  NOT NULL,
    content    BYTEA        NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
