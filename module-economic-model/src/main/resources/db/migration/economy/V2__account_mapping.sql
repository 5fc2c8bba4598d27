-- The accounts of the books mapped to the lines of a model when a FEC (fichier des écritures
-- comptables) is imported: the model's own choices, remembered between imports. An account (or
-- account prefix, e.g. 6226) maps to a line, or to nothing (line NULL: left out of the actual
-- figures). Accounts without a choice follow the chart's defaults.

CREATE TABLE economy_account_mapping (
    id       BIGINT      NOT NULL PRIMARY KEY,
    version  BIGINT      NOT NULL,
    model_id BIGINT      NOT NULL,
    account  VARCHAR(12) NOT NULL,
    line     VARCHAR(30),
    CONSTRAINT fk_economy_account_mapping_model FOREIGN KEY (model_id) REFERENCES economy_model (id) ON DELETE CASCADE,
    CONSTRAINT uq_economy_account_mapping UNIQUE (model_id, account)
);
