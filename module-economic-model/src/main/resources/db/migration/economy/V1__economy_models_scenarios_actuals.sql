-- Economic models of the tiers-lieu manager. The assumptions of a model are one JSON document
-- (the model's export format: activities, costs, staff, funding, loans, investments, in-kind);
-- a scenario stores only the assumptions it overrides (JSON Pointer -> number); actual figures
-- are kept per line and month, to compare with the forecast.

CREATE SEQUENCE economy_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE economy_model (
    id           BIGINT          NOT NULL PRIMARY KEY,
    version      BIGINT          NOT NULL,
    name         VARCHAR(200)    NOT NULL,
    project_id   BIGINT,
    illustrative BOOLEAN         NOT NULL,
    assumptions  VARCHAR(1000000) NOT NULL,
    updated_at   TIMESTAMP       NOT NULL,
    CONSTRAINT fk_economy_model_project FOREIGN KEY (project_id) REFERENCES core_project (id) ON DELETE SET NULL,
    CONSTRAINT uq_economy_model_name UNIQUE (name)
);

CREATE TABLE economy_scenario (
    id        BIGINT          NOT NULL PRIMARY KEY,
    version   BIGINT          NOT NULL,
    model_id  BIGINT          NOT NULL,
    name      VARCHAR(120)    NOT NULL,
    overrides VARCHAR(100000) NOT NULL,
    CONSTRAINT fk_economy_scenario_model FOREIGN KEY (model_id) REFERENCES economy_model (id) ON DELETE CASCADE,
    CONSTRAINT uq_economy_scenario_name UNIQUE (model_id, name)
);

CREATE TABLE economy_actual (
    id         BIGINT         NOT NULL PRIMARY KEY,
    version    BIGINT         NOT NULL,
    model_id   BIGINT         NOT NULL,
    line       VARCHAR(30)    NOT NULL,
    period     VARCHAR(7)     NOT NULL,
    amount     DECIMAL(14, 2) NOT NULL,
    CONSTRAINT fk_economy_actual_model FOREIGN KEY (model_id) REFERENCES economy_model (id) ON DELETE CASCADE,
    CONSTRAINT uq_economy_actual UNIQUE (model_id, line, period)
);
