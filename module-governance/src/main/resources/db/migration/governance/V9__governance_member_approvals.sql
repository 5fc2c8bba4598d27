-- The general assembly that approved a member's entry and, later, their exit (issue 17: the
-- associates of a SCIC or a cooperative are admitted and leave by a decision of the AG).
ALTER TABLE governance_member ADD COLUMN entry_meeting_id BIGINT;
ALTER TABLE governance_member ADD COLUMN exit_meeting_id BIGINT;
ALTER TABLE governance_member ADD CONSTRAINT fk_governance_member_entry FOREIGN KEY (entry_meeting_id)
    REFERENCES governance_meeting (id) ON DELETE SET NULL;
ALTER TABLE governance_member ADD CONSTRAINT fk_governance_member_exit FOREIGN KEY (exit_meeting_id)
    REFERENCES governance_meeting (id) ON DELETE SET NULL;
