-- One results report per event. content is the built report as gzipped JSON (what every page and export renders,
-- and what the JSON export hands out); it is replaced whole by each build, so a half-built report is never read.
-- While a build runs, build_step says how far it got (any node can show the progress); a build whose node died
-- is taken as failed once build_started_at is old. summary and notes are the organisers' own words, JSON maps
-- language → text. link_token_hash is the SHA-256 of the private link's token; the token itself is never stored.
CREATE TABLE outcome_report (
    event_id         BIGINT        NOT NULL PRIMARY KEY,
    build_state      VARCHAR(12)   NOT NULL,
    build_step       VARCHAR(24),
    build_started_at TIMESTAMP WITH TIME ZONE,
    build_error      VARCHAR(400),
    built_at         TIMESTAMP WITH TIME ZONE,
    content          BYTEA,
    summary          VARCHAR(100000) NOT NULL DEFAULT '{}',
    notes            VARCHAR(100000) NOT NULL DEFAULT '{}',
    parts            VARCHAR(200)  NOT NULL,
    visibility       VARCHAR(12)   NOT NULL DEFAULT 'ORGANISERS',
    link_token_hash  VARCHAR(64),
    published_at     TIMESTAMP WITH TIME ZONE,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT outcome_report_link UNIQUE (link_token_hash)
);
