-- Governance module: the legal form the governance is designed for, and its voting colleges.
-- Portable SQL only (H2 and PostgreSQL).

CREATE SEQUENCE governance_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE governance_profile (
    id         BIGINT      NOT NULL PRIMARY KEY,
    version    BIGINT      NOT NULL,
    legal_form VARCHAR(30) NOT NULL
);

CREATE TABLE governance_college (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL,
    profile_id  BIGINT         NOT NULL,
    position    INTEGER        NOT NULL,
    name        VARCHAR(120)   NOT NULL,
    weight      DECIMAL(5, 2)  NOT NULL,
    description VARCHAR(1000),
    CONSTRAINT fk_governance_college_profile FOREIGN KEY (profile_id) REFERENCES governance_profile (id) ON DELETE CASCADE,
    CONSTRAINT ck_governance_college_weight CHECK (weight >= 0 AND weight <= 100)
);
