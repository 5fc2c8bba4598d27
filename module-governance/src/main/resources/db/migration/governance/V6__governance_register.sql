-- The register of members (association: adhérents; SCIC/SAS: associés): who is a member, in which
-- category and college, from when to when, with a voting right per the statutes, the shares and
-- capital of an associate, and the yearly dues paid. A general assembly's attendance sheet and
-- quorum base come from it on the meeting's date; a body may require members to be up to date
-- with their dues to vote (dues_required), and count its absolute or two-thirds majorities over the
-- votes cast, the members present or represented, or all members (majority_base; NULL: the usual).

CREATE TABLE governance_member (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    version            BIGINT         NOT NULL,
    actor_id           BIGINT         NOT NULL,
    category           VARCHAR(30)    NOT NULL,
    representative     VARCHAR(120),
    joined_on          DATE           NOT NULL,
    left_on            DATE,
    voting             BOOLEAN        NOT NULL,
    college_id         BIGINT,
    shares             INTEGER        NOT NULL,
    capital_subscribed DECIMAL(12, 2) NOT NULL,
    capital_paid       DECIMAL(12, 2) NOT NULL,
    CONSTRAINT fk_governance_member_actor FOREIGN KEY (actor_id) REFERENCES core_actor (id) ON DELETE CASCADE,
    CONSTRAINT fk_governance_member_college FOREIGN KEY (college_id) REFERENCES governance_college (id) ON DELETE SET NULL,
    CONSTRAINT ck_governance_member_dates CHECK (left_on IS NULL OR left_on >= joined_on),
    CONSTRAINT ck_governance_member_capital CHECK (shares >= 0 AND capital_paid >= 0 AND capital_paid <= capital_subscribed)
);
CREATE INDEX ix_governance_member_actor ON governance_member (actor_id);

CREATE TABLE governance_dues (
    id         BIGINT         NOT NULL PRIMARY KEY,
    version    BIGINT         NOT NULL,
    member_id  BIGINT         NOT NULL,
    dues_year  INTEGER        NOT NULL,
    amount     DECIMAL(10, 2) NOT NULL,
    paid_on    DATE           NOT NULL,
    CONSTRAINT fk_governance_dues_member FOREIGN KEY (member_id) REFERENCES governance_member (id) ON DELETE CASCADE,
    CONSTRAINT uq_governance_dues UNIQUE (member_id, dues_year)
);

ALTER TABLE governance_body ADD COLUMN dues_required BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE governance_body ADD COLUMN majority_base VARCHAR(30);
