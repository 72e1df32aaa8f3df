-- Who answers an event's questions and suggestions: mailed, never published on the page.
CREATE TABLE event_contact (
    event_id BIGINT       NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    email    VARCHAR(320) NOT NULL,
    PRIMARY KEY (event_id, email)
);
