-- What a project still needs to mobilise (engineering, technical, financial, legal, premises) and,
-- at Temps 3, the recommended studies and coaching: an amount in euros and/or days, a status, and
-- the actor of the registry who could bring it. The roadmap's PDF lists them.

CREATE TABLE core_project_need (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL,
    project_id  BIGINT         NOT NULL,
    kind        VARCHAR(20)    NOT NULL,
    description VARCHAR(500)   NOT NULL,
    amount      DECIMAL(14, 2),
    days        INTEGER,
    status      VARCHAR(20)    NOT NULL,
    actor_id    BIGINT,
    CONSTRAINT fk_core_need_project FOREIGN KEY (project_id) REFERENCES core_project (id) ON DELETE CASCADE,
    CONSTRAINT fk_core_need_actor FOREIGN KEY (actor_id) REFERENCES core_actor (id) ON DELETE SET NULL,
    CONSTRAINT ck_core_need_numbers CHECK ((amount IS NULL OR amount >= 0) AND (days IS NULL OR days >= 0))
);
CREATE INDEX ix_core_need_actor ON core_project_need (actor_id);
