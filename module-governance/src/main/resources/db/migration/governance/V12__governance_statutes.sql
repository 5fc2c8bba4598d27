-- The answers the draft statutes and règlement intérieur need beyond the register, the colleges
-- and the bodies (issue 17, item 5): one row; empty answers leave their articles flagged.
CREATE TABLE governance_statutes (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    legal_form VARCHAR(20) NOT NULL,
    name VARCHAR(200),
    purpose VARCHAR(2000),
    seat VARCHAR(300),
    duration_years INTEGER,
    share_value DECIMAL(12, 2),
    board_min INTEGER,
    board_max INTEGER,
    renewal VARCHAR(10),
    dues_amount DECIMAL(10, 2)
);
