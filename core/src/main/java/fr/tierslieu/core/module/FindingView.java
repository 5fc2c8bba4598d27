package fr.tierslieu.core.module;

import fr.tierslieu.core.domain.project.FindingKind;

/** A finding of a project (open question, success factor, point of vigilance), as modules read it. */
public record FindingView(long id, FindingKind kind, String text, boolean resolved) {}
