-- Study trips and their participants (registry actors or external people), with a capacity and a
-- waiting list. The number of confirmed seats is kept on the trip and changed only by one atomic
-- conditional UPDATE, so that concurrent registrations can never over-book.

CREATE SEQUENCE studytrip_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE studytrip_trip (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    trip_date       DATE          NOT NULL,
    destination     VARCHAR(200)  NOT NULL,
    destination_lat DECIMAL(9, 6) NOT NULL,
    destination_lon DECIMAL(9, 6) NOT NULL,
    capacity        INTEGER       NOT NULL,
    confirmed       INTEGER       NOT NULL,
    project_id      BIGINT,
    notes           VARCHAR(4000),
    CONSTRAINT fk_studytrip_trip_project FOREIGN KEY (project_id) REFERENCES core_project (id) ON DELETE SET NULL,
    CONSTRAINT ck_studytrip_capacity CHECK (capacity >= 0 AND confirmed >= 0 AND confirmed <= capacity)
);

CREATE TABLE studytrip_participant (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    trip_id        BIGINT        NOT NULL,
    actor_id       BIGINT,
    name           VARCHAR(120)  NOT NULL,
    email          VARCHAR(200),
    diet           VARCHAR(200),
    accessibility  VARCHAR(200),
    commune        VARCHAR(120),
    origin_lat     DECIMAL(9, 6),
    origin_lon     DECIMAL(9, 6),
    driver         BOOLEAN       NOT NULL,
    free_seats     INTEGER       NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    registered_at  TIMESTAMP     NOT NULL,
    CONSTRAINT fk_studytrip_participant_trip FOREIGN KEY (trip_id) REFERENCES studytrip_trip (id) ON DELETE CASCADE,
    CONSTRAINT fk_studytrip_participant_actor FOREIGN KEY (actor_id) REFERENCES core_actor (id) ON DELETE SET NULL,
    CONSTRAINT ck_studytrip_seats CHECK (free_seats >= 0)
);
CREATE INDEX ix_studytrip_participant_trip ON studytrip_participant (trip_id, status, registered_at);
