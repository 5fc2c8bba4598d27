-- An account created by invitation has no usable password until its person opens the link and
-- chooses one: the link's secret is stored only as its SHA-256 (hex), with its expiry.
ALTER TABLE core_app_user ADD COLUMN invite_hash VARCHAR(64);
ALTER TABLE core_app_user ADD COLUMN invite_expires_at TIMESTAMP;
CREATE UNIQUE INDEX ix_core_app_user_invite ON core_app_user (invite_hash);
