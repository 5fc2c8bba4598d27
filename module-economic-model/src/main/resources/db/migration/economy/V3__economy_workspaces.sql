-- Workspaces (see the core's V15): every row of the module belongs to one workspace; existing
-- rows move into workspace 1.
ALTER TABLE economy_account_mapping ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_economy_account_mapping_ws ON economy_account_mapping (workspace_id);
ALTER TABLE economy_actual ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_economy_actual_ws ON economy_actual (workspace_id);
ALTER TABLE economy_model ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_economy_model_ws ON economy_model (workspace_id);
ALTER TABLE economy_scenario ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_economy_scenario_ws ON economy_scenario (workspace_id);

-- A model's name is unique within its workspace.
ALTER TABLE economy_model DROP CONSTRAINT uq_economy_model_name;
ALTER TABLE economy_model ADD CONSTRAINT uq_economy_model_name UNIQUE (workspace_id, name);
