-- Everything around the day: candidate destinations ranked by a weighted criteria grid, a date
-- poll answered through personal links, the itinerary, the transport choice (carpool or coach),
-- the budget shared between organisations, and what the group brings back (questions, notes,
-- points of vigilance, key success factors) published to the project.

ALTER TABLE studytrip_trip ADD COLUMN chosen_destination_id BIGINT;
ALTER TABLE studytrip_trip ADD COLUMN choice_reasons VARCHAR(2000);
ALTER TABLE studytrip_trip ADD COLUMN transport VARCHAR(20) DEFAULT 'CARPOOL' NOT NULL;
ALTER TABLE studytrip_trip ADD COLUMN coach_cost DECIMAL(10, 2);
ALTER TABLE studytrip_trip ADD COLUMN share_mode VARCHAR(20) DEFAULT 'PER_PARTICIPANT' NOT NULL;
ALTER TABLE studytrip_trip ADD COLUMN debrief_published_at TIMESTAMP;

CREATE TABLE studytrip_destination (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    trip_id        BIGINT        NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    commune        VARCHAR(120),
    lat            DECIMAL(9, 6) NOT NULL,
    lon            DECIMAL(9, 6) NOT NULL,
    themes         VARCHAR(500),
    host_actor_id  BIGINT,
    learning_goals VARCHAR(2000),
    CONSTRAINT fk_studytrip_destination_trip FOREIGN KEY (trip_id) REFERENCES studytrip_trip (id) ON DELETE CASCADE,
    CONSTRAINT fk_studytrip_destination_host FOREIGN KEY (host_actor_id) REFERENCES core_actor (id) ON DELETE SET NULL,
    CONSTRAINT uq_studytrip_destination UNIQUE (trip_id, name)
);

-- the project's open questions the group wants to work on at a destination
CREATE TABLE studytrip_destination_question (
    destination_id BIGINT NOT NULL,
    finding_id     BIGINT NOT NULL,
    PRIMARY KEY (destination_id, finding_id),
    CONSTRAINT fk_studytrip_dq_destination FOREIGN KEY (destination_id) REFERENCES studytrip_destination (id) ON DELETE CASCADE,
    CONSTRAINT fk_studytrip_dq_finding FOREIGN KEY (finding_id) REFERENCES core_project_finding (id) ON DELETE CASCADE
);

CREATE TABLE studytrip_criterion (
    id       BIGINT       NOT NULL PRIMARY KEY,
    version  BIGINT       NOT NULL,
    trip_id  BIGINT       NOT NULL,
    name     VARCHAR(120) NOT NULL,
    weight   INTEGER      NOT NULL,
    position INTEGER      NOT NULL,
    CONSTRAINT fk_studytrip_criterion_trip FOREIGN KEY (trip_id) REFERENCES studytrip_trip (id) ON DELETE CASCADE,
    CONSTRAINT ck_studytrip_criterion_weight CHECK (weight BETWEEN 1 AND 5)
);

CREATE TABLE studytrip_score (
    destination_id BIGINT  NOT NULL,
    criterion_id   BIGINT  NOT NULL,
    score          INTEGER NOT NULL,
    PRIMARY KEY (destination_id, criterion_id),
    CONSTRAINT fk_studytrip_score_destination FOREIGN KEY (destination_id) REFERENCES studytrip_destination (id) ON DELETE CASCADE,
    CONSTRAINT fk_studytrip_score_criterion FOREIGN KEY (criterion_id) REFERENCES studytrip_criterion (id) ON DELETE CASCADE,
    CONSTRAINT ck_studytrip_score CHECK (score BETWEEN 0 AND 5)
);

ALTER TABLE studytrip_trip ADD CONSTRAINT fk_studytrip_trip_destination
    FOREIGN KEY (chosen_destination_id) REFERENCES studytrip_destination (id) ON DELETE SET NULL;

CREATE TABLE studytrip_poll_date (
    id      BIGINT       NOT NULL PRIMARY KEY,
    version BIGINT       NOT NULL,
    trip_id BIGINT       NOT NULL,
    poll_day DATE        NOT NULL,
    CONSTRAINT fk_studytrip_poll_date_trip FOREIGN KEY (trip_id) REFERENCES studytrip_trip (id) ON DELETE CASCADE,
    CONSTRAINT uq_studytrip_poll_date UNIQUE (trip_id, poll_day)
);

-- an invitee answers through a personal link carrying a random token (no account needed)
CREATE TABLE studytrip_invitee (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL,
    trip_id     BIGINT       NOT NULL,
    actor_id    BIGINT,
    name        VARCHAR(120) NOT NULL,
    email       VARCHAR(200),
    token       VARCHAR(64)  NOT NULL,
    answered_at TIMESTAMP,
    CONSTRAINT fk_studytrip_invitee_trip FOREIGN KEY (trip_id) REFERENCES studytrip_trip (id) ON DELETE CASCADE,
    CONSTRAINT fk_studytrip_invitee_actor FOREIGN KEY (actor_id) REFERENCES core_actor (id) ON DELETE SET NULL,
    CONSTRAINT uq_studytrip_invitee_token UNIQUE (token)
);

CREATE TABLE studytrip_answer (
    invitee_id   BIGINT      NOT NULL,
    poll_date_id BIGINT      NOT NULL,
    answer       VARCHAR(10) NOT NULL,
    PRIMARY KEY (invitee_id, poll_date_id),
    CONSTRAINT fk_studytrip_answer_invitee FOREIGN KEY (invitee_id) REFERENCES studytrip_invitee (id) ON DELETE CASCADE,
    CONSTRAINT fk_studytrip_answer_date FOREIGN KEY (poll_date_id) REFERENCES studytrip_poll_date (id) ON DELETE CASCADE
);

CREATE TABLE studytrip_stop (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    trip_id       BIGINT        NOT NULL,
    position      INTEGER       NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    lat           DECIMAL(9, 6),
    lon           DECIMAL(9, 6),
    planned_start TIME,
    minutes       INTEGER       NOT NULL,
    closes        TIME,
    CONSTRAINT fk_studytrip_stop_trip FOREIGN KEY (trip_id) REFERENCES studytrip_trip (id) ON DELETE CASCADE,
    CONSTRAINT ck_studytrip_stop_minutes CHECK (minutes BETWEEN 0 AND 1440)
);

CREATE TABLE studytrip_cost (
    id      BIGINT         NOT NULL PRIMARY KEY,
    version BIGINT         NOT NULL,
    trip_id BIGINT         NOT NULL,
    label   VARCHAR(200)   NOT NULL,
    amount  DECIMAL(10, 2) NOT NULL,
    payer   VARCHAR(200)   NOT NULL,
    CONSTRAINT fk_studytrip_cost_trip FOREIGN KEY (trip_id) REFERENCES studytrip_trip (id) ON DELETE CASCADE,
    CONSTRAINT ck_studytrip_cost_amount CHECK (amount >= 0)
);

CREATE TABLE studytrip_note (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    trip_id       BIGINT        NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    text          VARCHAR(2000) NOT NULL,
    tags          VARCHAR(300),
    suggest_task  BOOLEAN       NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    CONSTRAINT fk_studytrip_note_trip FOREIGN KEY (trip_id) REFERENCES studytrip_trip (id) ON DELETE CASCADE
);
CREATE INDEX ix_studytrip_note_trip ON studytrip_note (trip_id, kind);
