-- What a workspace shares with the others of the installation: experience sheets and findings
-- (success factors, points of vigilance), read elsewhere with their origin. Nothing is shared
-- until someone chooses to.
ALTER TABLE core_experience ADD COLUMN shared BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE core_project_finding ADD COLUMN shared BOOLEAN DEFAULT FALSE NOT NULL;
