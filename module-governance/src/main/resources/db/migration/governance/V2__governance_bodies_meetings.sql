-- Governance bodies (AG, CA, bureau, COPIL, commissions) with their statutory rules, the mandates
-- of their members (actors of the core registry), their meetings with attendance and proxies, and
-- resolutions with each member's vote.

CREATE TABLE governance_body (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    name           VARCHAR(120)  NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    parent_id      BIGINT,
    quorum_first   DECIMAL(5, 2) NOT NULL,
    quorum_second  DECIMAL(5, 2) NOT NULL,
    majority       VARCHAR(20)   NOT NULL,
    max_proxies    INTEGER       NOT NULL,
    notice_days    INTEGER       NOT NULL,
    weighted       BOOLEAN       NOT NULL,
    mandate_years  INTEGER,
    renewal_rule   VARCHAR(300),
    project_id     BIGINT,
    CONSTRAINT fk_governance_body_project FOREIGN KEY (project_id) REFERENCES core_project (id) ON DELETE SET NULL,
    CONSTRAINT fk_governance_body_parent FOREIGN KEY (parent_id) REFERENCES governance_body (id) ON DELETE SET NULL,
    CONSTRAINT ck_governance_body_quorum CHECK (quorum_first BETWEEN 0 AND 100 AND quorum_second BETWEEN 0 AND 100),
    CONSTRAINT ck_governance_body_numbers CHECK (max_proxies >= 0 AND notice_days >= 0)
);

CREATE TABLE governance_mandate (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    body_id        BIGINT        NOT NULL,
    actor_id       BIGINT        NOT NULL,
    representative VARCHAR(120),
    position       VARCHAR(30)   NOT NULL,
    college_id     BIGINT,
    start_date     DATE          NOT NULL,
    end_date       DATE,
    CONSTRAINT fk_governance_mandate_body FOREIGN KEY (body_id) REFERENCES governance_body (id) ON DELETE CASCADE,
    CONSTRAINT fk_governance_mandate_actor FOREIGN KEY (actor_id) REFERENCES core_actor (id) ON DELETE CASCADE,
    CONSTRAINT fk_governance_mandate_college FOREIGN KEY (college_id) REFERENCES governance_college (id) ON DELETE SET NULL,
    CONSTRAINT ck_governance_mandate_dates CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX ix_governance_mandate_actor ON governance_mandate (actor_id);

CREATE TABLE governance_meeting (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    version             BIGINT         NOT NULL,
    body_id             BIGINT         NOT NULL,
    title               VARCHAR(200)   NOT NULL,
    starts_at           TIMESTAMP      NOT NULL,
    place               VARCHAR(200),
    agenda              VARCHAR(4000),
    convened_on         DATE,
    second_convocation  BOOLEAN        NOT NULL,
    minutes             VARCHAR(20000),
    CONSTRAINT fk_governance_meeting_body FOREIGN KEY (body_id) REFERENCES governance_body (id) ON DELETE CASCADE
);

CREATE TABLE governance_attendance (
    id          BIGINT  NOT NULL PRIMARY KEY,
    version     BIGINT  NOT NULL,
    meeting_id  BIGINT  NOT NULL,
    actor_id    BIGINT  NOT NULL,
    present     BOOLEAN NOT NULL,
    proxy_to_id BIGINT,
    CONSTRAINT fk_governance_att_meeting FOREIGN KEY (meeting_id) REFERENCES governance_meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_governance_att_actor FOREIGN KEY (actor_id) REFERENCES core_actor (id) ON DELETE CASCADE,
    CONSTRAINT fk_governance_att_proxy FOREIGN KEY (proxy_to_id) REFERENCES core_actor (id) ON DELETE SET NULL,
    CONSTRAINT uq_governance_att UNIQUE (meeting_id, actor_id)
);

CREATE TABLE governance_resolution (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL,
    meeting_id  BIGINT         NOT NULL,
    position    INTEGER        NOT NULL,
    title       VARCHAR(200)   NOT NULL,
    text        VARCHAR(4000),
    majority    VARCHAR(20)    NOT NULL,
    voted       BOOLEAN        NOT NULL,
    adopted     BOOLEAN        NOT NULL,
    summary     VARCHAR(4000),
    CONSTRAINT fk_governance_res_meeting FOREIGN KEY (meeting_id) REFERENCES governance_meeting (id) ON DELETE CASCADE
);

CREATE TABLE governance_ballot (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    resolution_id BIGINT       NOT NULL,
    actor_id      BIGINT       NOT NULL,
    vote          VARCHAR(10)  NOT NULL,
    objection     VARCHAR(500),
    CONSTRAINT fk_governance_ballot_res FOREIGN KEY (resolution_id) REFERENCES governance_resolution (id) ON DELETE CASCADE,
    CONSTRAINT fk_governance_ballot_actor FOREIGN KEY (actor_id) REFERENCES core_actor (id) ON DELETE CASCADE,
    CONSTRAINT uq_governance_ballot UNIQUE (resolution_id, actor_id)
);
