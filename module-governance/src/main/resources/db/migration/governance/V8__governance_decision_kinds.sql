-- Majority base per kind of decision (issue 17): statutes often count a change of statutes, a
-- dissolution or an exclusion over another base than ordinary decisions.
ALTER TABLE governance_body ADD COLUMN statutes_base VARCHAR(30);
ALTER TABLE governance_body ADD COLUMN dissolution_base VARCHAR(30);
ALTER TABLE governance_body ADD COLUMN exclusion_base VARCHAR(30);
ALTER TABLE governance_resolution ADD COLUMN decision_kind VARCHAR(20) DEFAULT 'ORDINARY' NOT NULL;
