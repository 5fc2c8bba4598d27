-- A vote's record keeps the tally's steps as message keys and numbers (JSON), formatted when read,
-- in the reader's language and number format. "summary" keeps the text of votes recorded before
-- this version (formatted in the recorder's language at the time), shown as it was written.
ALTER TABLE governance_resolution ADD COLUMN tally_steps VARCHAR(400000);
