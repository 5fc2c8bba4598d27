-- The experience library (issue 18, part 1): sheets on other tiers-lieux and hybrid places, their
-- figures and the lessons learnt there (typed in, imported from a census file, or written back by a
-- study trip's debrief). Offers are a comma-separated list of constants (COWORKING,FABLAB…).
CREATE TABLE core_experience (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    name VARCHAR(200) NOT NULL,
    census_id VARCHAR(40),
    address VARCHAR(300),
    postcode VARCHAR(10),
    commune VARCHAR(120),
    department VARCHAR(3),
    region VARCHAR(80),
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    legal_form VARCHAR(20) NOT NULL,
    year_opened INTEGER,
    offers VARCHAR(400) NOT NULL,
    typology VARCHAR(200),
    budget BIGINT,
    own_resources_pct INTEGER,
    staff_fte DOUBLE PRECISION,
    volunteers INTEGER,
    surface_m2 INTEGER,
    governance VARCHAR(2000),
    sources VARCHAR(2000),
    website VARCHAR(300),
    email VARCHAR(200),
    illustrative BOOLEAN NOT NULL,
    ours BOOLEAN NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX core_experience_name ON core_experience (name);
CREATE INDEX core_experience_census ON core_experience (census_id);

CREATE TABLE core_experience_lesson (
    experience_id BIGINT NOT NULL REFERENCES core_experience (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind VARCHAR(20) NOT NULL,
    text VARCHAR(2000) NOT NULL,
    tags VARCHAR(300),
    origin VARCHAR(120),
    PRIMARY KEY (experience_id, position)
);
