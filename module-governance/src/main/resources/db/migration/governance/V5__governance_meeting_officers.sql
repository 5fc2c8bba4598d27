-- The meeting's officers (président et secrétaire de séance), chosen among those present and
-- named in the minutes above their signatures. Actor ids of the core's registry, like the
-- attendance sheet's.
ALTER TABLE governance_meeting ADD COLUMN chair_actor_id BIGINT;
ALTER TABLE governance_meeting ADD COLUMN secretary_actor_id BIGINT;
