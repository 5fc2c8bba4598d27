-- The scale test's network (scale.sh, docs/benchmarks.md), written straight into PostgreSQL once
-- the first instance has migrated the schema and loaded the demonstration in workspace 1:
-- :workspaces workspaces, each with :actors actors, :projects projects and one economic model (copies
-- of the demonstration's first actor, project and model, renamed), and :users accounts "scale-N"
-- (the demo manager's password, « demo »), each MANAGER of its own workspace, spread over the
-- network, and VIEWER of the first (an account holds a role there). The copies are taken column by
-- column (SELECT *), so that columns added by later migrations come along. Ids are taken far above
-- what the application handed out, and the sequences are moved past them.
\set ON_ERROR_STOP on
BEGIN;

INSERT INTO core_workspace (id, version, slug, name, created_at)
SELECT 1 + w, 0, 'reseau-' || lpad(w::text, 4, '0'), 'Tiers-lieu du réseau n° ' || w, now()
FROM generate_series(1, :workspaces) w;

CREATE TEMP TABLE t_actor AS
SELECT a.* FROM (SELECT * FROM core_actor WHERE workspace_id = 1 ORDER BY id LIMIT 1) a
CROSS JOIN generate_series(1, :workspaces * :actors);
ALTER TABLE t_actor ADD COLUMN n BIGSERIAL;
UPDATE t_actor SET id = 10000000 + n, version = 1,
    workspace_id = 2 + (n - 1) / :actors,
    name = 'Acteur ' || (1 + (n - 1) % :actors) || ' de l''espace ' || (1 + (n - 1) / :actors),
    search_key = 'acteur ' || (1 + (n - 1) % :actors) || ' de l''espace ' || (1 + (n - 1) / :actors),
    email = NULL, phone = '02 98 00 00 00';
ALTER TABLE t_actor DROP COLUMN n;
INSERT INTO core_actor SELECT * FROM t_actor;

CREATE TEMP TABLE t_project AS
SELECT p.* FROM (SELECT * FROM core_project WHERE workspace_id = 1 ORDER BY id LIMIT 1) p
CROSS JOIN generate_series(1, :workspaces * :projects);
ALTER TABLE t_project ADD COLUMN n BIGSERIAL;
UPDATE t_project SET id = 20000000 + n, version = 1, lead_actor_id = NULL,
    workspace_id = 2 + (n - 1) / :projects,
    name = 'Projet ' || (1 + (n - 1) % :projects);
ALTER TABLE t_project DROP COLUMN n;
INSERT INTO core_project SELECT * FROM t_project;

CREATE TEMP TABLE t_model AS
SELECT m.* FROM (SELECT * FROM economy_model WHERE workspace_id = 1 ORDER BY id LIMIT 1) m
CROSS JOIN generate_series(1, :workspaces);
ALTER TABLE t_model ADD COLUMN n BIGSERIAL;
UPDATE t_model SET id = 10000000 + n, version = 1, project_id = NULL, workspace_id = 1 + n,
    name = 'Modèle économique';
ALTER TABLE t_model DROP COLUMN n;
INSERT INTO economy_model SELECT * FROM t_model;

CREATE TEMP TABLE t_user AS
SELECT u.* FROM (SELECT * FROM core_app_user WHERE username = 'manager') u
CROSS JOIN generate_series(1, :users);
ALTER TABLE t_user ADD COLUMN n BIGSERIAL;
UPDATE t_user SET id = 30000000 + n, version = 1, username = 'scale-' || n,
    display_name = 'Utilisateur ' || n, email = NULL, demo_account = FALSE, last_login_at = NULL;
ALTER TABLE t_user DROP COLUMN n;
INSERT INTO core_app_user SELECT * FROM t_user;
INSERT INTO core_app_user_role (user_id, role) SELECT id, 'VIEWER' FROM t_user;
-- user n manages workspace 2 + (n - 1) * (workspaces / users): spread over the network
INSERT INTO core_workspace_member (id, version, workspace_id, user_id, role)
SELECT 31000000 + n, 1, 2 + (n - 1) * (:workspaces / :users), 30000000 + n, 'MANAGER'
FROM generate_series(1, :users) n;

SELECT setval('core_seq', 40000000);
SELECT setval('economy_seq', 20000000);
COMMIT;
ANALYZE;
