-- Workspaces: one installation holds several tiers-lieux or accompanied projects. Every record
-- of a workspace carries its workspace_id, which EclipseLink's multitenancy fills on insert and
-- adds to every query (WorkspaceScoped); existing rows move into workspace 1, the one every
-- installation has, so an installation upgrades in place and keeps working without naming one.
-- Accounts, API tokens, mail preferences and the outbox stay shared by the installation.
CREATE TABLE core_workspace (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    slug        VARCHAR(60)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    CONSTRAINT uq_core_workspace_slug UNIQUE (slug)
);
INSERT INTO core_workspace (id, version, slug, name, created_at)
VALUES (1, 0, 'principal', 'Espace principal', CURRENT_TIMESTAMP);

ALTER TABLE core_actor ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_core_actor_ws ON core_actor (workspace_id);
ALTER TABLE core_assessment ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_core_assessment_ws ON core_assessment (workspace_id);
ALTER TABLE core_audit_entry ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_core_audit_entry_ws ON core_audit_entry (workspace_id);
ALTER TABLE core_experience ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_core_experience_ws ON core_experience (workspace_id);
ALTER TABLE core_indicator ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_core_indicator_ws ON core_indicator (workspace_id);
ALTER TABLE core_indicator_value ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_core_indicator_value_ws ON core_indicator_value (workspace_id);
ALTER TABLE core_journey_activity ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_core_journey_activity_ws ON core_journey_activity (workspace_id);
ALTER TABLE core_journey_outcome ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_core_journey_outcome_ws ON core_journey_outcome (workspace_id);
ALTER TABLE core_mactor_analysis ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_core_mactor_analysis_ws ON core_mactor_analysis (workspace_id);
ALTER TABLE core_meeting ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_core_meeting_ws ON core_meeting (workspace_id);
ALTER TABLE core_meeting_attendee ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_core_meeting_attendee_ws ON core_meeting_attendee (workspace_id);
ALTER TABLE core_membership ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_core_membership_ws ON core_membership (workspace_id);
ALTER TABLE core_project ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_core_project_ws ON core_project (workspace_id);
ALTER TABLE core_project_finding ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_core_project_finding_ws ON core_project_finding (workspace_id);
ALTER TABLE core_project_need ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_core_project_need_ws ON core_project_need (workspace_id);
ALTER TABLE core_project_partner ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_core_project_partner_ws ON core_project_partner (workspace_id);
ALTER TABLE core_project_position ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_core_project_position_ws ON core_project_position (workspace_id);
ALTER TABLE core_project_resource ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_core_project_resource_ws ON core_project_resource (workspace_id);
ALTER TABLE core_relationship ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_core_relationship_ws ON core_relationship (workspace_id);
ALTER TABLE core_roadmap_link ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_core_roadmap_link_ws ON core_roadmap_link (workspace_id);
ALTER TABLE core_roadmap_task ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_core_roadmap_task_ws ON core_roadmap_task (workspace_id);
ALTER TABLE core_workshop ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_core_workshop_ws ON core_workshop (workspace_id);
ALTER TABLE core_workshop_guest ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_core_workshop_guest_ws ON core_workshop_guest (workspace_id);
ALTER TABLE core_workshop_proposal ADD COLUMN workspace_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_core_workshop_proposal_ws ON core_workshop_proposal (workspace_id);

-- An indicator's code (the common base) is unique within a workspace, not across them: the
-- column is rebuilt, which drops its unnamed installation-wide constraint on H2 and PostgreSQL.
ALTER TABLE core_indicator ADD COLUMN code_in_workspace VARCHAR(60);
UPDATE core_indicator SET code_in_workspace = code;
ALTER TABLE core_indicator DROP COLUMN code;
ALTER TABLE core_indicator RENAME COLUMN code_in_workspace TO code;
ALTER TABLE core_indicator ADD CONSTRAINT uq_core_indicator_code UNIQUE (workspace_id, code);
