-- Core schema: users, actors and their positions, relationships, memberships, audit log, settings.
-- Portable SQL only (H2 and PostgreSQL): no identity columns, no vendor types.

CREATE SEQUENCE core_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE core_setting (
    setting_key   VARCHAR(100)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(1000),
    version       BIGINT        NOT NULL
);

CREATE TABLE core_app_user (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    username      VARCHAR(60)   NOT NULL,
    display_name  VARCHAR(120)  NOT NULL,
    email         VARCHAR(200),
    password_hash VARCHAR(200)  NOT NULL,
    enabled       BOOLEAN       NOT NULL,
    demo_account  BOOLEAN       NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    last_login_at TIMESTAMP,
    CONSTRAINT uq_core_app_user_username UNIQUE (username)
);

CREATE TABLE core_app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    CONSTRAINT pk_core_app_user_role PRIMARY KEY (user_id, role),
    CONSTRAINT fk_core_app_user_role_user FOREIGN KEY (user_id) REFERENCES core_app_user (id) ON DELETE CASCADE
);

CREATE TABLE core_actor (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    actor_type   VARCHAR(20)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    commune      VARCHAR(120),
    contact_name VARCHAR(120),
    email        VARCHAR(200),
    phone        VARCHAR(40),
    website      VARCHAR(300),
    notes        VARCHAR(4000),
    search_key   VARCHAR(800)  NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    stance       VARCHAR(20)   NOT NULL,
    influence    INTEGER       NOT NULL,
    interest     INTEGER       NOT NULL,
    engagement   VARCHAR(20)   NOT NULL,
    maturity     VARCHAR(20)   NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    updated_at   TIMESTAMP     NOT NULL,
    CONSTRAINT ck_core_actor_influence CHECK (influence BETWEEN 1 AND 5),
    CONSTRAINT ck_core_actor_interest CHECK (interest BETWEEN 1 AND 5)
);
CREATE INDEX ix_core_actor_name ON core_actor (name);
CREATE INDEX ix_core_actor_kind ON core_actor (kind);
CREATE INDEX ix_core_actor_status ON core_actor (status);
CREATE INDEX ix_core_actor_stance ON core_actor (stance);
CREATE INDEX ix_core_actor_commune ON core_actor (commune);

CREATE TABLE core_actor_tag (
    actor_id BIGINT      NOT NULL,
    tag      VARCHAR(60) NOT NULL,
    CONSTRAINT pk_core_actor_tag PRIMARY KEY (actor_id, tag),
    CONSTRAINT fk_core_actor_tag_actor FOREIGN KEY (actor_id) REFERENCES core_actor (id) ON DELETE CASCADE
);
CREATE INDEX ix_core_actor_tag_tag ON core_actor_tag (tag);

CREATE TABLE core_assessment (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    actor_id    BIGINT        NOT NULL,
    assessed_on DATE          NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    stance      VARCHAR(20)   NOT NULL,
    influence   INTEGER       NOT NULL,
    interest    INTEGER       NOT NULL,
    engagement  VARCHAR(20)   NOT NULL,
    maturity    VARCHAR(20)   NOT NULL,
    comment     VARCHAR(1000),
    recorded_by VARCHAR(60),
    recorded_at TIMESTAMP     NOT NULL,
    CONSTRAINT fk_core_assessment_actor FOREIGN KEY (actor_id) REFERENCES core_actor (id)
);
CREATE INDEX ix_core_assessment_actor ON core_assessment (actor_id, assessed_on);

CREATE TABLE core_membership (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    person_id       BIGINT       NOT NULL,
    organisation_id BIGINT       NOT NULL,
    role            VARCHAR(120),
    CONSTRAINT fk_core_membership_person FOREIGN KEY (person_id) REFERENCES core_actor (id),
    CONSTRAINT fk_core_membership_org FOREIGN KEY (organisation_id) REFERENCES core_actor (id),
    CONSTRAINT uq_core_membership UNIQUE (person_id, organisation_id)
);

CREATE TABLE core_relationship (
    id        BIGINT        NOT NULL PRIMARY KEY,
    version   BIGINT        NOT NULL,
    source_id BIGINT        NOT NULL,
    target_id BIGINT        NOT NULL,
    rel_type  VARCHAR(20)   NOT NULL,
    strength  INTEGER       NOT NULL,
    note      VARCHAR(1000),
    CONSTRAINT fk_core_relationship_source FOREIGN KEY (source_id) REFERENCES core_actor (id),
    CONSTRAINT fk_core_relationship_target FOREIGN KEY (target_id) REFERENCES core_actor (id),
    CONSTRAINT ck_core_relationship_strength CHECK (strength BETWEEN 1 AND 3),
    CONSTRAINT ck_core_relationship_distinct CHECK (source_id <> target_id)
);
CREATE INDEX ix_core_relationship_source ON core_relationship (source_id);
CREATE INDEX ix_core_relationship_target ON core_relationship (target_id);

CREATE TABLE core_audit_entry (
    id          VARCHAR(36)    NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP      NOT NULL,
    username    VARCHAR(60)    NOT NULL,
    action      VARCHAR(10)    NOT NULL,
    entity_type VARCHAR(120)   NOT NULL,
    entity_id   VARCHAR(60),
    label       VARCHAR(200),
    changes     VARCHAR(20000)
);
CREATE INDEX ix_core_audit_entry_time ON core_audit_entry (occurred_at);
CREATE INDEX ix_core_audit_entry_entity ON core_audit_entry (entity_type, entity_id);
