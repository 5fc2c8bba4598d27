package fr.tierslieu.core.module;

import fr.tierslieu.core.domain.project.Raci;

/** A partner of a project with its RACI role for one responsibility, as modules read it. */
public record PartnerView(long actorId, String actorName, String responsibility, Raci raci) {}
