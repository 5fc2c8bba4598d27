-- Projects with partners, resources, tags and links; open questions and success factors; the
-- accompaniment journey (activities, expected outcomes) and meetings with attendance; the
-- roadmap (tasks, milestones, finish-to-start links); MACTOR actor strategy analyses.
-- Portable SQL only (H2 and PostgreSQL).

CREATE TABLE core_project (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    purpose        VARCHAR(4000),
    objectives     VARCHAR(4000),
    status         VARCHAR(20)   NOT NULL,
    start_date     DATE,
    end_date       DATE,
    lead_actor_id  BIGINT,
    created_at     TIMESTAMP     NOT NULL,
    updated_at     TIMESTAMP     NOT NULL,
    CONSTRAINT fk_core_project_lead FOREIGN KEY (lead_actor_id) REFERENCES core_actor (id) ON DELETE SET NULL,
    CONSTRAINT ck_core_project_dates CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX ix_core_project_name ON core_project (name);

CREATE TABLE core_project_tag (
    project_id BIGINT      NOT NULL,
    tag        VARCHAR(60) NOT NULL,
    CONSTRAINT pk_core_project_tag PRIMARY KEY (project_id, tag),
    CONSTRAINT fk_core_project_tag FOREIGN KEY (project_id) REFERENCES core_project (id) ON DELETE CASCADE
);

CREATE TABLE core_project_link (
    project_id BIGINT        NOT NULL,
    position   INTEGER       NOT NULL,
    label      VARCHAR(200)  NOT NULL,
    url        VARCHAR(500)  NOT NULL,
    CONSTRAINT pk_core_project_link PRIMARY KEY (project_id, position),
    CONSTRAINT fk_core_project_link FOREIGN KEY (project_id) REFERENCES core_project (id) ON DELETE CASCADE
);

CREATE TABLE core_project_partner (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    project_id     BIGINT        NOT NULL,
    actor_id       BIGINT        NOT NULL,
    responsibility VARCHAR(200)  NOT NULL,
    raci           VARCHAR(20)   NOT NULL,
    CONSTRAINT fk_core_partner_project FOREIGN KEY (project_id) REFERENCES core_project (id) ON DELETE CASCADE,
    CONSTRAINT fk_core_partner_actor FOREIGN KEY (actor_id) REFERENCES core_actor (id) ON DELETE CASCADE,
    CONSTRAINT uq_core_partner UNIQUE (project_id, actor_id, responsibility)
);
CREATE INDEX ix_core_partner_actor ON core_project_partner (actor_id);

CREATE TABLE core_project_resource (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL,
    project_id  BIGINT         NOT NULL,
    actor_id    BIGINT         NOT NULL,
    kind        VARCHAR(20)    NOT NULL,
    amount      DECIMAL(14, 2) NOT NULL,
    description VARCHAR(500),
    CONSTRAINT fk_core_resource_project FOREIGN KEY (project_id) REFERENCES core_project (id) ON DELETE CASCADE,
    CONSTRAINT fk_core_resource_actor FOREIGN KEY (actor_id) REFERENCES core_actor (id) ON DELETE CASCADE,
    CONSTRAINT ck_core_resource_amount CHECK (amount >= 0)
);
CREATE INDEX ix_core_resource_actor ON core_project_resource (actor_id);


CREATE TABLE core_journey_activity (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    project_id      BIGINT        NOT NULL,
    step            VARCHAR(20)   NOT NULL,
    position        INTEGER       NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    owner_id        BIGINT,
    due_date        DATE,
    notes           VARCHAR(4000),
    outcome_reached BOOLEAN       NOT NULL,
    evidence        VARCHAR(4000),
    CONSTRAINT fk_core_activity_project FOREIGN KEY (project_id) REFERENCES core_project (id) ON DELETE CASCADE,
    CONSTRAINT fk_core_activity_owner FOREIGN KEY (owner_id) REFERENCES core_actor (id) ON DELETE SET NULL
);
CREATE INDEX ix_core_activity_project ON core_journey_activity (project_id);

CREATE TABLE core_journey_participant (
    activity_id BIGINT NOT NULL,
    actor_id    BIGINT NOT NULL,
    CONSTRAINT pk_core_journey_participant PRIMARY KEY (activity_id, actor_id),
    CONSTRAINT fk_core_participant_activity FOREIGN KEY (activity_id) REFERENCES core_journey_activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_core_participant_actor FOREIGN KEY (actor_id) REFERENCES core_actor (id) ON DELETE CASCADE
);

CREATE TABLE core_journey_outcome (
    id         BIGINT        NOT NULL PRIMARY KEY,
    version    BIGINT        NOT NULL,
    project_id BIGINT        NOT NULL,
    step       VARCHAR(20)   NOT NULL,
    position   INTEGER       NOT NULL,
    text       VARCHAR(1000) NOT NULL,
    reached    BOOLEAN       NOT NULL,
    CONSTRAINT fk_core_outcome_project FOREIGN KEY (project_id) REFERENCES core_project (id) ON DELETE CASCADE
);
CREATE INDEX ix_core_outcome_project ON core_journey_outcome (project_id);

CREATE TABLE core_meeting (
    id         BIGINT         NOT NULL PRIMARY KEY,
    version    BIGINT         NOT NULL,
    project_id BIGINT         NOT NULL,
    title      VARCHAR(200)   NOT NULL,
    kind       VARCHAR(20)    NOT NULL,
    step       VARCHAR(20),
    starts_at  TIMESTAMP      NOT NULL,
    place      VARCHAR(200),
    agenda     VARCHAR(4000),
    minutes    VARCHAR(20000),
    decisions  VARCHAR(4000),
    CONSTRAINT fk_core_meeting_project FOREIGN KEY (project_id) REFERENCES core_project (id) ON DELETE CASCADE
);
CREATE INDEX ix_core_meeting_project ON core_meeting (project_id, starts_at);

CREATE TABLE core_meeting_attendee (
    id         BIGINT  NOT NULL PRIMARY KEY,
    version    BIGINT  NOT NULL,
    meeting_id BIGINT  NOT NULL,
    actor_id   BIGINT  NOT NULL,
    present    BOOLEAN NOT NULL,
    CONSTRAINT fk_core_attendee_meeting FOREIGN KEY (meeting_id) REFERENCES core_meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_core_attendee_actor FOREIGN KEY (actor_id) REFERENCES core_actor (id) ON DELETE CASCADE,
    CONSTRAINT uq_core_attendee UNIQUE (meeting_id, actor_id)
);
CREATE INDEX ix_core_attendee_actor ON core_meeting_attendee (actor_id);

CREATE TABLE core_project_finding (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    project_id  BIGINT        NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    text        VARCHAR(2000) NOT NULL,
    step        VARCHAR(20),
    actor_id    BIGINT,
    meeting_id  BIGINT,
    source      VARCHAR(40)   NOT NULL,
    source_ref  VARCHAR(100),
    resolved    BOOLEAN       NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    CONSTRAINT fk_core_finding_project FOREIGN KEY (project_id) REFERENCES core_project (id) ON DELETE CASCADE,
    CONSTRAINT fk_core_finding_actor FOREIGN KEY (actor_id) REFERENCES core_actor (id) ON DELETE SET NULL,
    CONSTRAINT fk_core_finding_meeting FOREIGN KEY (meeting_id) REFERENCES core_meeting (id) ON DELETE SET NULL
);
CREATE INDEX ix_core_finding_project ON core_project_finding (project_id);

CREATE TABLE core_roadmap_task (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    project_id    BIGINT        NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    milestone     BOOLEAN       NOT NULL,
    duration_days INTEGER       NOT NULL,
    fixed_date    DATE,
    not_before    DATE,
    owner_id      BIGINT,
    done          BOOLEAN       NOT NULL,
    notes         VARCHAR(2000),
    source        VARCHAR(40),
    source_ref    VARCHAR(100),
    meeting_id    BIGINT,
    CONSTRAINT fk_core_task_meeting FOREIGN KEY (meeting_id) REFERENCES core_meeting (id) ON DELETE SET NULL,
    CONSTRAINT fk_core_task_project FOREIGN KEY (project_id) REFERENCES core_project (id) ON DELETE CASCADE,
    CONSTRAINT fk_core_task_owner FOREIGN KEY (owner_id) REFERENCES core_actor (id) ON DELETE SET NULL,
    CONSTRAINT ck_core_task_duration CHECK (duration_days BETWEEN 0 AND 2000)
);
CREATE INDEX ix_core_task_project ON core_roadmap_task (project_id);

CREATE TABLE core_roadmap_link (
    id             BIGINT  NOT NULL PRIMARY KEY,
    version        BIGINT  NOT NULL,
    predecessor_id BIGINT  NOT NULL,
    successor_id   BIGINT  NOT NULL,
    lag_days       INTEGER NOT NULL,
    CONSTRAINT fk_core_link_pred FOREIGN KEY (predecessor_id) REFERENCES core_roadmap_task (id) ON DELETE CASCADE,
    CONSTRAINT fk_core_link_succ FOREIGN KEY (successor_id) REFERENCES core_roadmap_task (id) ON DELETE CASCADE,
    CONSTRAINT uq_core_link UNIQUE (predecessor_id, successor_id)
);
CREATE INDEX ix_core_link_succ ON core_roadmap_link (successor_id);

CREATE TABLE core_mactor_analysis (
    id           BIGINT         NOT NULL PRIMARY KEY,
    version      BIGINT         NOT NULL,
    project_id   BIGINT         NOT NULL,
    title        VARCHAR(200)   NOT NULL,
    analysed_on  DATE           NOT NULL,
    notes        VARCHAR(4000),
    mid_cells    VARCHAR(100000) NOT NULL,
    position_cells VARCHAR(100000) NOT NULL,
    created_at   TIMESTAMP      NOT NULL,
    updated_at   TIMESTAMP      NOT NULL,
    CONSTRAINT fk_core_mactor_project FOREIGN KEY (project_id) REFERENCES core_project (id) ON DELETE CASCADE
);
CREATE INDEX ix_core_mactor_project ON core_mactor_analysis (project_id);

CREATE TABLE core_mactor_actor (
    analysis_id BIGINT  NOT NULL,
    position    INTEGER NOT NULL,
    actor_id    BIGINT  NOT NULL,
    CONSTRAINT pk_core_mactor_actor PRIMARY KEY (analysis_id, actor_id),
    CONSTRAINT fk_core_mactor_actor_analysis FOREIGN KEY (analysis_id) REFERENCES core_mactor_analysis (id) ON DELETE CASCADE,
    CONSTRAINT fk_core_mactor_actor_actor FOREIGN KEY (actor_id) REFERENCES core_actor (id)
);
CREATE INDEX ix_core_mactor_actor_actor ON core_mactor_actor (actor_id);

CREATE TABLE core_mactor_objective (
    analysis_id   BIGINT       NOT NULL,
    position      INTEGER      NOT NULL,
    label         VARCHAR(200) NOT NULL,
    key_objective BOOLEAN      NOT NULL,
    CONSTRAINT pk_core_mactor_objective PRIMARY KEY (analysis_id, position),
    CONSTRAINT fk_core_mactor_objective FOREIGN KEY (analysis_id) REFERENCES core_mactor_analysis (id) ON DELETE CASCADE
);
