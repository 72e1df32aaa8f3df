-- An organiser's own text for one of the event's mails (confirmation, reminder, follow-up) in one language; without
-- a row the mail says what the message bundle says. The body is Markdown with a few {placeholders}.
CREATE TABLE registration_mail_text (
    event_id   BIGINT        NOT NULL,
    language   VARCHAR(12)   NOT NULL,
    kind       VARCHAR(20)   NOT NULL,
    subject    VARCHAR(200)  NOT NULL,
    body       VARCHAR(5000) NOT NULL,
    updated_by VARCHAR(320)  NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (event_id, language, kind)
);

-- A message to registrants in the event's other languages; the broadcast row holds the first language's text, which
-- is what a registrant gets when their language has none here.
CREATE TABLE registration_broadcast_text (
    broadcast_id BIGINT         NOT NULL REFERENCES registration_broadcast (id),
    language     VARCHAR(12)    NOT NULL,
    subject      VARCHAR(200)   NOT NULL,
    body         VARCHAR(20000) NOT NULL,
    PRIMARY KEY (broadcast_id, language)
);
