CREATE SEQUENCE testmod_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE testmod_note (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    workspace_id BIGINT       NOT NULL,
    actor_id     BIGINT,
    text         VARCHAR(200) NOT NULL
);
INSERT INTO testmod_note (id, version, workspace_id, actor_id, text) VALUES (0, 0, 1, NULL, 'migrated by the test module');
