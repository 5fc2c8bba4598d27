-- The date of a cooperative's last révision coopérative, or of its registration when it has had
-- none yet (issue 17): a SCIC undergoes the révision every five years whatever its size (loi
-- n° 47-1775, art. 19 duodecies and 25-1), and the roadmap shows when the next one is due.
ALTER TABLE governance_profile ADD COLUMN last_revision_on DATE;
