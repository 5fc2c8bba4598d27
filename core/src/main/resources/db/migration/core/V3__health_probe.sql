-- One row the readiness check rewrites every few seconds: the database must accept a write (a full
-- disk or a read-only database answer reads but refuse writes).
CREATE TABLE core_health_probe (
    id         INTEGER   NOT NULL PRIMARY KEY,
    written_at TIMESTAMP NOT NULL
);
INSERT INTO core_health_probe (id, written_at) VALUES (1, CURRENT_TIMESTAMP);
