-- Co-construction with partners (issue 18, part 5).
-- An actor's stance, influence and interest on one project, when it differs from its general position.
CREATE TABLE core_project_position (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    project_id BIGINT NOT NULL REFERENCES core_project (id) ON DELETE CASCADE,
    actor_id BIGINT NOT NULL REFERENCES core_actor (id) ON DELETE CASCADE,
    stance VARCHAR(20) NOT NULL,
    influence INTEGER NOT NULL,
    interest INTEGER NOT NULL,
    assessed_on DATE NOT NULL,
    recorded_by VARCHAR(100),
    CONSTRAINT core_project_position_once UNIQUE (project_id, actor_id)
);

-- A co-construction workshop of a project (Temps 1 or 2): partners signed in, or guests by a personal
-- link, propose actors, relationships, their engagement and their expectations; the team reviews.
CREATE TABLE core_workshop (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    project_id BIGINT NOT NULL REFERENCES core_project (id) ON DELETE CASCADE,
    title VARCHAR(200) NOT NULL,
    step VARCHAR(20),
    closes_on DATE NOT NULL,
    closed BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- A guest's personal link: only the SHA-256 of its token is kept.
CREATE TABLE core_workshop_guest (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    workshop_id BIGINT NOT NULL REFERENCES core_workshop (id) ON DELETE CASCADE,
    name VARCHAR(120) NOT NULL,
    actor_id BIGINT REFERENCES core_actor (id) ON DELETE SET NULL,
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE core_workshop_proposal (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    workshop_id BIGINT NOT NULL REFERENCES core_workshop (id) ON DELETE CASCADE,
    guest_id BIGINT REFERENCES core_workshop_guest (id) ON DELETE SET NULL,
    author VARCHAR(120) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    actor_name VARCHAR(200),
    actor_kind VARCHAR(30),
    commune VARCHAR(120),
    actor_id BIGINT REFERENCES core_actor (id) ON DELETE SET NULL,
    other_actor_id BIGINT REFERENCES core_actor (id) ON DELETE SET NULL,
    relationship_type VARCHAR(20),
    engagement VARCHAR(20),
    text VARCHAR(2000),
    status VARCHAR(12) NOT NULL,
    decided_by VARCHAR(100),
    decided_at TIMESTAMP,
    result VARCHAR(200),
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX core_workshop_proposal_of ON core_workshop_proposal (workshop_id, status);
