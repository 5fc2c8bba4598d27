-- The common charter: a working draft of articles (each with its own version, so that two board
-- members editing the same article at once cannot overwrite each other), adopted versions (a
-- snapshot of the text, adopted by a voted resolution), and the partners' signatures of a version
-- with their commitments.

CREATE TABLE governance_charter (
    id      BIGINT       NOT NULL PRIMARY KEY,
    version BIGINT       NOT NULL,
    title   VARCHAR(200) NOT NULL
);

CREATE TABLE governance_charter_article (
    id         BIGINT        NOT NULL PRIMARY KEY,
    version    BIGINT        NOT NULL,
    charter_id BIGINT        NOT NULL,
    position   INTEGER       NOT NULL,
    heading    VARCHAR(200)  NOT NULL,
    body       VARCHAR(8000) NOT NULL,
    CONSTRAINT fk_governance_article_charter FOREIGN KEY (charter_id) REFERENCES governance_charter (id) ON DELETE CASCADE
);

CREATE TABLE governance_charter_version (
    id            BIGINT          NOT NULL PRIMARY KEY,
    version       BIGINT          NOT NULL,
    charter_id    BIGINT          NOT NULL,
    number        INTEGER         NOT NULL,
    adopted_on    DATE            NOT NULL,
    resolution_id BIGINT,
    text          VARCHAR(100000) NOT NULL,
    CONSTRAINT fk_governance_cv_charter FOREIGN KEY (charter_id) REFERENCES governance_charter (id) ON DELETE CASCADE,
    CONSTRAINT fk_governance_cv_resolution FOREIGN KEY (resolution_id) REFERENCES governance_resolution (id) ON DELETE SET NULL,
    CONSTRAINT uq_governance_cv UNIQUE (charter_id, number)
);

CREATE TABLE governance_signature (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL,
    charter_version_id BIGINT        NOT NULL,
    actor_id           BIGINT        NOT NULL,
    signatory          VARCHAR(120)  NOT NULL,
    capacity           VARCHAR(120),
    signed_on          DATE          NOT NULL,
    commitments        VARCHAR(2000),
    CONSTRAINT fk_governance_sig_version FOREIGN KEY (charter_version_id) REFERENCES governance_charter_version (id) ON DELETE CASCADE,
    CONSTRAINT fk_governance_sig_actor FOREIGN KEY (actor_id) REFERENCES core_actor (id) ON DELETE CASCADE,
    CONSTRAINT uq_governance_sig UNIQUE (charter_version_id, actor_id)
);
