CREATE TABLE sample_item (id BIGINT NOT NULL PRIMARY KEY, label VARCHAR(50) NOT NULL);
INSERT INTO sample_item (id, label) VALUES (1, 'first');
