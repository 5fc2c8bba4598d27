-- Who takes part in which workspace, with which role (one row per role). The installation's first
-- workspace keeps the accounts' own roles (core_app_user_role), as before workspaces existed.
CREATE TABLE core_workspace_member (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    workspace_id  BIGINT       NOT NULL,
    user_id       BIGINT       NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    CONSTRAINT fk_core_workspace_member_ws FOREIGN KEY (workspace_id) REFERENCES core_workspace (id) ON DELETE CASCADE,
    CONSTRAINT fk_core_workspace_member_user FOREIGN KEY (user_id) REFERENCES core_app_user (id) ON DELETE CASCADE,
    CONSTRAINT uq_core_workspace_member UNIQUE (workspace_id, user_id, role)
);
CREATE INDEX ix_core_workspace_member_user ON core_workspace_member (user_id);
