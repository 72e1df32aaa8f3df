-- When a registration first got a place (for the organisers' export), and whether an organiser added it by hand
-- (the person then did not tick the consent box themselves).
ALTER TABLE registration ADD COLUMN confirmed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE registration ADD COLUMN added_by_organiser BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE registration SET confirmed_at = updated_at WHERE status = 'CONFIRMED';

-- Anonymous counts that outlive the personal data: when a registration is erased on request or purged after the
-- retention period, it is counted here and its row deleted. One count per status and one value of one dimension
-- (total, country, organisationType, language) — deliberately no combinations of dimensions, so a rare
-- combination cannot point at one person. value is '' for "total" and for an unanswered question.
CREATE TABLE registration_tally (
    event_id   BIGINT       NOT NULL,
    status     VARCHAR(20)  NOT NULL,
    dimension  VARCHAR(20)  NOT NULL,
    tally_value VARCHAR(64) NOT NULL,
    tally_count INTEGER     NOT NULL,
    PRIMARY KEY (event_id, status, dimension, tally_value)
);

-- The ids of registrations erased or purged, so the event's audit trail still finds their entries (which hold no
-- personal data). Nothing here says who they were.
CREATE TABLE registration_removed (
    registration_id BIGINT       PRIMARY KEY,
    event_id        BIGINT       NOT NULL,
    reason          VARCHAR(10)  NOT NULL,
    removed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX registration_removed_event ON registration_removed (event_id);
