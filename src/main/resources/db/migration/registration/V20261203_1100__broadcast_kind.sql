-- A broadcast is the organisers' own message ('message': subject and body as they wrote them) or the follow-up
-- with the results ('results': body holds the results page's address; each registrant's mail is written from the
-- follow-up template in their own language).
ALTER TABLE registration_broadcast ADD COLUMN kind VARCHAR(12) DEFAULT 'message' NOT NULL;
