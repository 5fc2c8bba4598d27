-- RGPD: the day a person's data was erased at their request (their row stays, so that the records
-- of modules that refer to it keep a name when a legal register requires it).
ALTER TABLE core_actor ADD COLUMN erased_on DATE;
