-- The minutes signed in the application by the meeting's président(e) and secrétaire de séance
-- (issue 17): who signed, with which account and when. Once one of them has signed, the meeting
-- and its minutes no longer change; the PDF is PDF/A-1b with one electronic signature per officer.
ALTER TABLE governance_meeting ADD COLUMN chair_signed_at TIMESTAMP;
ALTER TABLE governance_meeting ADD COLUMN chair_signed_by VARCHAR(120);
ALTER TABLE governance_meeting ADD COLUMN secretary_signed_at TIMESTAMP;
ALTER TABLE governance_meeting ADD COLUMN secretary_signed_by VARCHAR(120);
