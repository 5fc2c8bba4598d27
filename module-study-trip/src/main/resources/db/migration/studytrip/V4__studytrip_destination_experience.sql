-- A destination created from a sheet of the core's experience library remembers it, so that the
-- debrief of the trip to it writes its lessons back to that sheet. No foreign key across modules:
-- a sheet deleted meanwhile is simply skipped.
ALTER TABLE studytrip_destination ADD COLUMN experience_id BIGINT;
