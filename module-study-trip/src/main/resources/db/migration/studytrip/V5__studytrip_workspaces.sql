-- Workspaces (see the core's V15): every row of the module belongs to one workspace; existing
-- rows move into workspace 1.
ALTER TABLE studytrip_cost ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_studytrip_cost_ws ON studytrip_cost (workspace_id);
ALTER TABLE studytrip_criterion ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_studytrip_criterion_ws ON studytrip_criterion (workspace_id);
ALTER TABLE studytrip_destination ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_studytrip_destination_ws ON studytrip_destination (workspace_id);
ALTER TABLE studytrip_invitee ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_studytrip_invitee_ws ON studytrip_invitee (workspace_id);
ALTER TABLE studytrip_note ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_studytrip_note_ws ON studytrip_note (workspace_id);
ALTER TABLE studytrip_participant ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_studytrip_participant_ws ON studytrip_participant (workspace_id);
ALTER TABLE studytrip_poll_date ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_studytrip_poll_date_ws ON studytrip_poll_date (workspace_id);
ALTER TABLE studytrip_stop ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_studytrip_stop_ws ON studytrip_stop (workspace_id);
ALTER TABLE studytrip_trip ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_studytrip_trip_ws ON studytrip_trip (workspace_id);
