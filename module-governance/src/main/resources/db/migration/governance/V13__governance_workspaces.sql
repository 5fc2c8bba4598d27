-- Workspaces (see the core's V15): every row of the module belongs to one workspace; existing
-- rows move into workspace 1.
ALTER TABLE governance_attendance ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_governance_attendance_ws ON governance_attendance (workspace_id);
ALTER TABLE governance_ballot ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_governance_ballot_ws ON governance_ballot (workspace_id);
ALTER TABLE governance_body ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_governance_body_ws ON governance_body (workspace_id);
ALTER TABLE governance_charter ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_governance_charter_ws ON governance_charter (workspace_id);
ALTER TABLE governance_charter_article ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_governance_charter_article_ws ON governance_charter_article (workspace_id);
ALTER TABLE governance_charter_version ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_governance_charter_version_ws ON governance_charter_version (workspace_id);
ALTER TABLE governance_college ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_governance_college_ws ON governance_college (workspace_id);
ALTER TABLE governance_dues ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_governance_dues_ws ON governance_dues (workspace_id);
ALTER TABLE governance_mandate ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_governance_mandate_ws ON governance_mandate (workspace_id);
ALTER TABLE governance_meeting ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_governance_meeting_ws ON governance_meeting (workspace_id);
ALTER TABLE governance_member ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_governance_member_ws ON governance_member (workspace_id);
ALTER TABLE governance_profile ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_governance_profile_ws ON governance_profile (workspace_id);
ALTER TABLE governance_resolution ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_governance_resolution_ws ON governance_resolution (workspace_id);
ALTER TABLE governance_signature ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_governance_signature_ws ON governance_signature (workspace_id);
ALTER TABLE governance_statutes ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_governance_statutes_ws ON governance_statutes (workspace_id);

-- The statutes' answers: one row per workspace, keyed by the workspace's id (workspace 1 keeps row 1).
