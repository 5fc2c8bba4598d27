-- The module's first migration: tables prefixed with the module's id, ids from its sequence.
-- Never edit a migration once shipped: add V2__….sql. Every table of an entity has the
-- workspace_id column (entities extend WorkspaceScoped; EclipseLink fills and filters it).
CREATE SEQUENCE example_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE example_note (
    id       BIGINT       NOT NULL PRIMARY KEY,
    version  BIGINT       NOT NULL,
    workspace_id BIGINT   NOT NULL,
    actor_id BIGINT,
    text     VARCHAR(500) NOT NULL
);
CREATE INDEX ix_example_note_ws ON example_note (workspace_id);
