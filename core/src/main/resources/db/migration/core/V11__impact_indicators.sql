-- Activity and impact indicators (issue 18, part 2): the social part of the framework. A common base
-- (rows with a code, modelled on the France Tiers-Lieux census and Commune Mesure's « socle commun »:
-- publics, activity, employment, volunteering, governance, economic model, territorial anchoring),
-- named by the application's bundles, next to the indicators the team defines (a name, no code).
-- Some are computed from the data already here (their source_key names where from); the others are
-- entered once a year with the source of each figure.
CREATE TABLE core_indicator (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    code VARCHAR(60) UNIQUE,
    name VARCHAR(120),
    unit VARCHAR(40) NOT NULL,
    theme VARCHAR(20) NOT NULL,
    target DOUBLE PRECISION,
    frequency VARCHAR(12) NOT NULL,
    source_key VARCHAR(80),
    position INTEGER NOT NULL
);

CREATE TABLE core_indicator_value (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    indicator_id BIGINT NOT NULL REFERENCES core_indicator (id) ON DELETE CASCADE,
    year_of INTEGER NOT NULL,
    figure DOUBLE PRECISION NOT NULL,
    source VARCHAR(300) NOT NULL,
    entered_at TIMESTAMP NOT NULL,
    entered_by VARCHAR(100),
    CONSTRAINT core_indicator_value_once UNIQUE (indicator_id, year_of)
);

-- The common base (ids below the sequence's start, 1000). Units are keys of the bundles' unit list.
INSERT INTO core_indicator (id, version, code, unit, theme, frequency, source_key, position) VALUES
 (1, 0, 'USERS_TOTAL', 'PEOPLE', 'PUBLICS', 'YEARLY', NULL, 10),
 (2, 0, 'USERS_GENERAL_PUBLIC', 'PEOPLE', 'PUBLICS', 'YEARLY', NULL, 11),
 (3, 0, 'USERS_JOB_SEEKERS', 'PEOPLE', 'PUBLICS', 'YEARLY', NULL, 12),
 (4, 0, 'USERS_CRAFTSPEOPLE', 'PEOPLE', 'PUBLICS', 'YEARLY', NULL, 13),
 (5, 0, 'USERS_FREELANCERS', 'PEOPLE', 'PUBLICS', 'YEARLY', NULL, 14),
 (6, 0, 'USERS_STUDENTS', 'PEOPLE', 'PUBLICS', 'YEARLY', NULL, 15),
 (7, 0, 'USERS_COMPANIES', 'ORGANISATIONS', 'PUBLICS', 'YEARLY', NULL, 16),
 (8, 0, 'EVENTS', 'EVENTS', 'ACTIVITY', 'YEARLY', NULL, 20),
 (9, 0, 'ATTENDANCE', 'PEOPLE', 'ACTIVITY', 'YEARLY', NULL, 21),
 (10, 0, 'PROJECT_MEETINGS', 'MEETINGS', 'ACTIVITY', 'YEARLY', 'core.meetings', 22),
 (11, 0, 'SERVICES_OFFERED', 'SERVICES', 'ACTIVITY', 'YEARLY', 'core.ourOffers', 23),
 (12, 0, 'SURFACE_OPEN', 'SQUARE_METRES', 'ACTIVITY', 'YEARLY', 'core.ourSurface', 24),
 (13, 0, 'JOBS_FTE', 'FTE', 'EMPLOYMENT', 'YEARLY', 'economy.staffFte', 30),
 (14, 0, 'CONTRACTS', 'CONTRACTS', 'EMPLOYMENT', 'YEARLY', NULL, 31),
 (15, 0, 'VOLUNTEERS', 'PEOPLE', 'VOLUNTEERING', 'YEARLY', NULL, 40),
 (16, 0, 'VOLUNTEER_HOURS', 'HOURS', 'VOLUNTEERING', 'YEARLY', NULL, 41),
 (17, 0, 'VOLUNTEERING_VALUE', 'EUROS', 'VOLUNTEERING', 'YEARLY', 'economy.volunteeringValue', 42),
 (18, 0, 'MEMBERS', 'PEOPLE', 'GOVERNANCE', 'YEARLY', 'governance.members', 50),
 (19, 0, 'GOVERNANCE_MEETINGS', 'MEETINGS', 'GOVERNANCE', 'YEARLY', 'governance.meetingsHeld', 51),
 (20, 0, 'PARTNERS_ENGAGED', 'ORGANISATIONS', 'GOVERNANCE', 'YEARLY', 'core.partnersEngaged', 52),
 (21, 0, 'BUDGET', 'EUROS', 'ECONOMIC_MODEL', 'YEARLY', 'economy.charges', 60),
 (22, 0, 'OWN_RESOURCES', 'PERCENT', 'ECONOMIC_MODEL', 'YEARLY', 'economy.ownResources', 61),
 (23, 0, 'LOCAL_USERS_SHARE', 'PERCENT', 'TERRITORY', 'YEARLY', NULL, 70),
 (24, 0, 'LOCAL_SUPPLIERS_SHARE', 'PERCENT', 'TERRITORY', 'YEARLY', NULL, 71);
