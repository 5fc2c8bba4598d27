package fr.tierslieu.core.domain.project;

/** Where a workshop proposal stands: waiting for the team's review, merged, or set aside. */
public enum ProposalStatus {
    PENDING,
    ACCEPTED,
    REJECTED
}
