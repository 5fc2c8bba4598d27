package fr.tierslieu.core.domain.project;

/**
 * What a project still needs (the seed's « ressources et compétences restant à mobiliser »:
 * engineering, technical, financial, plus legal and premises), and the recommendations of Temps 3
 * (studies, coaching) that the method's « préconisations méthodologiques » call for.
 */
public enum NeedKind {
    ENGINEERING,
    TECHNICAL,
    FINANCIAL,
    LEGAL,
    PREMISES,
    STUDY,
    COACHING,
    OTHER;

    /** A recommendation of the accompaniment (study, coaching) rather than a resource to find. */
    public boolean recommendation() {
        return this == STUDY || this == COACHING;
    }
}
