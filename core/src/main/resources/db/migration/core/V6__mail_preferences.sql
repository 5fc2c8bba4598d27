-- What each address wants to receive. Every e-mail links to a page where its recipient chooses,
-- with or without an account: the link carries the address and a signature (HMAC) made with a
-- secret kept in core_setting (mail.link.secret), so no token is stored per recipient.
-- Nothing here means "everything, no weekly digest".
CREATE TABLE core_mail_preference (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    email       VARCHAR(200)  NOT NULL,
    opted_out   VARCHAR(1000) NOT NULL,
    digest      BOOLEAN       NOT NULL,
    updated_at  TIMESTAMP     NOT NULL,
    CONSTRAINT uq_core_mail_preference_email UNIQUE (email)
);
