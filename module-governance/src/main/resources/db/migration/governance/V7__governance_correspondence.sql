-- Voting by correspondence (issue 17): whether a body's statutes allow it, and which members of a
-- meeting's sheet voted that way (they count for the quorum, as present members do).
ALTER TABLE governance_body ADD COLUMN correspondence_allowed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE governance_attendance ADD COLUMN by_correspondence BOOLEAN DEFAULT FALSE NOT NULL;
