-- E-mail leaves through an outbox: a message is a row written in the same transaction as the change
-- that causes it (no change without its mail, no mail for a rolled-back change), then sent by a
-- background worker that claims it with a conditional update (once, even with several servers).
CREATE TABLE core_mail (
    id              BIGINT         NOT NULL PRIMARY KEY,
    version         BIGINT         NOT NULL,
    message_id      VARCHAR(100)   NOT NULL,
    kind            VARCHAR(60)    NOT NULL,
    recipient       VARCHAR(200)   NOT NULL,
    recipient_name  VARCHAR(200),
    locale          VARCHAR(10)    NOT NULL,
    subject         VARCHAR(300)   NOT NULL,
    text_body       VARCHAR(100000) NOT NULL,
    html_body       VARCHAR(200000),
    status          VARCHAR(20)    NOT NULL,
    attempts        INTEGER        NOT NULL,
    next_attempt_at TIMESTAMP,
    claimed_at      TIMESTAMP,
    claimed_by      VARCHAR(100),
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP      NOT NULL,
    sent_at         TIMESTAMP,
    CONSTRAINT uq_core_mail_message UNIQUE (message_id)
);
CREATE INDEX ix_core_mail_due ON core_mail (status, next_attempt_at);
