-- Each workspace's own settings (issue 20): the privacy levels of persons' sensitive fields and
-- their retention, the public panorama's publication, the getting-started checklist hidden.
-- core_setting keeps the installation's (the secret that signs e-mail links). An installation's
-- existing choices become workspace 1's.
CREATE TABLE core_workspace_setting (
    workspace_id  BIGINT        NOT NULL REFERENCES core_workspace (id),
    setting_key   VARCHAR(100)  NOT NULL,
    setting_value VARCHAR(1000),
    version       BIGINT        NOT NULL,
    PRIMARY KEY (workspace_id, setting_key)
);
INSERT INTO core_workspace_setting (workspace_id, setting_key, setting_value, version)
    SELECT 1, setting_key, setting_value, version FROM core_setting
    WHERE setting_key LIKE 'privacy.%' OR setting_key IN ('impact.published', 'getting-started.dismissed');
DELETE FROM core_setting
    WHERE setting_key LIKE 'privacy.%' OR setting_key IN ('impact.published', 'getting-started.dismissed');
