-- Personal access tokens for the REST API (Authorization: Bearer …). Only a SHA-256 of the secret
-- is kept (the secret is random, 256 bits: a slow password hash would add nothing but CPU time).
CREATE TABLE core_api_token (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    user_id      BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    prefix       VARCHAR(12)  NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    expires_at   TIMESTAMP,
    last_used_at TIMESTAMP,
    revoked_at   TIMESTAMP,
    CONSTRAINT fk_core_api_token_user FOREIGN KEY (user_id) REFERENCES core_app_user (id) ON DELETE CASCADE,
    CONSTRAINT uq_core_api_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_core_api_token_user ON core_api_token (user_id);
