-- What each debrief note last sent to the project (its text as published, the task flag), so that
-- publishing again says what is new or changed, and sends nothing for what has not changed.
ALTER TABLE studytrip_note ADD COLUMN published_text VARCHAR(2400);
ALTER TABLE studytrip_note ADD COLUMN published_task BOOLEAN DEFAULT FALSE NOT NULL;
