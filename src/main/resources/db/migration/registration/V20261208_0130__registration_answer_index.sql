-- Every answer of every registration as a row of its own (an answer of several values as several rows), so the
-- organiser's list filters on a question's answer, searches organisation names and pages through thousands of
-- registrations in SQL instead of reading every registration's answers JSON. The JSON stays the record; this is an
-- index of it, written with it (RegistrationStore) and filled for earlier registrations at start-up
-- (AnswerIndexBackfill). Long answers are cut to 200 characters: they are searched, never shown from here.
CREATE TABLE registration_answer (
    registration_id BIGINT       NOT NULL REFERENCES registration (id) ON DELETE CASCADE,
    question_id     BIGINT       NOT NULL,
    answer          VARCHAR(200) NOT NULL
);
CREATE INDEX registration_answer_question ON registration_answer (question_id, answer, registration_id);
CREATE INDEX registration_answer_registration ON registration_answer (registration_id);

-- The list's pages: an event's registrations in id order, all of them or of one status.
CREATE INDEX registration_event_id ON registration (event_id, id);
CREATE INDEX registration_event_status_id ON registration (event_id, status, id);
