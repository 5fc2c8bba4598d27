package fr.tierslieu.economy.application;

import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.module.ActorSummary;
import fr.tierslieu.economy.domain.ModelSpec;
import fr.tierslieu.economy.domain.ModelSpec.FunderLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The funder level of a subsidy in the Cerfa budget: the one chosen on the subsidy; otherwise
 * derived from its funder in the registry (an EPCI is « Intercommunalité », a State agency « État »,
 * a local authority a Région, a Département or else a commune by its name, a foundation, company or
 * association « Aides privées »); otherwise from the subsidy's own name; otherwise « Autres
 * établissements publics ». The manager corrects a wrong guess by choosing the level on the line.
 */
@ApplicationScoped
public class FunderLevels {

    @Inject
    ActorService actors;

    public FunderLevels() {}

    /** @param actors the registry, or null to guess from names only */
    public FunderLevels(ActorService actors) {
        this.actors = actors;
    }

    public FunderLevel of(ModelSpec.SubsidySpec s) {
        if (s.funderLevel != null) {
            return s.funderLevel;
        }
        if (s.funderActorId != null && actors != null) {
            try {
                ActorSummary funder = actors.summary(s.funderActorId);
                FunderLevel byKind = guess(funder.kind(), funder.name());
                if (byKind != null) {
                    return byKind;
                }
            } catch (NotFoundException e) {
                // deleted since: guess from the subsidy's name
            }
        }
        FunderLevel byName = fromName(s.name);
        return byName == null ? FunderLevel.OTHER_PUBLIC : byName;
    }

    /** The name of a funder of the registry, or null (unknown, deleted, or no registry). */
    public String funderName(Long actorId) {
        if (actorId == null || actors == null) {
            return null;
        }
        try {
            return actors.summary(actorId).name();
        } catch (NotFoundException e) {
            return null;
        }
    }

    /** The level a funder of this kind and name most likely has, or null when its kind says nothing. */
    static FunderLevel guess(ActorKind kind, String name) {
        if (kind == null) {
            return fromName(name);
        }
        return switch (kind) {
            case EPCI -> FunderLevel.EPCI;
            case STATE_AGENCY -> {
                FunderLevel byName = fromName(name);
                yield byName == FunderLevel.EUROPEAN_FUNDS
                                || byName == FunderLevel.ASP
                                || byName == FunderLevel.SOCIAL_BODIES
                        ? byName
                        : FunderLevel.STATE;
            }
            case LOCAL_AUTHORITY -> {
                FunderLevel byName = fromName(name);
                yield byName == FunderLevel.REGION || byName == FunderLevel.DEPARTMENT || byName == FunderLevel.EPCI
                        ? byName
                        : FunderLevel.COMMUNE;
            }
            case FUNDER, COMPANY, ASSOCIATION -> FunderLevel.PRIVATE;
            case RESEARCH_EDUCATION -> FunderLevel.OTHER_PUBLIC;
            default -> fromName(name);
        };
    }

    /** A level read from a name (« Région Bretagne », « Fabrique de territoire (ANCT) »), or null. */
    static FunderLevel fromName(String name) {
        if (name == null) {
            return null;
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        if (n.matches(".*\\b(fse|feder|feader|leader|europe|europeen|europeenne|union europeenne)\\b.*")) {
            return FunderLevel.EUROPEAN_FUNDS;
        }
        if (n.matches(".*\\b(asp|agence de services et de paiement)\\b.*")) {
            return FunderLevel.ASP;
        }
        if (n.matches(".*\\b(caf|msa|cpam|carsat|urssaf)\\b.*")) {
            return FunderLevel.SOCIAL_BODIES;
        }
        if (n.matches(".*\\bregion\\b.*")) {
            return FunderLevel.REGION;
        }
        if (n.matches(".*\\bdepartement\\b.*")) {
            return FunderLevel.DEPARTMENT;
        }
        if (n.matches(".*\\b(agglomeration|communaute de communes|communaute urbaine|metropole|epci)\\b.*")) {
            return FunderLevel.EPCI;
        }
        if (n.matches(".*\\b(etat|anct|prefecture|dreets|ddets|drac|ademe|ministere|fonjep)\\b.*")) {
            return FunderLevel.STATE;
        }
        if (n.matches(".*\\b(commune|mairie|ville)\\b.*")) {
            return FunderLevel.COMMUNE;
        }
        if (n.matches(".*\\b(fondation|fonds de dotation|mecenat)\\b.*")) {
            return FunderLevel.PRIVATE;
        }
        return null;
    }
}
