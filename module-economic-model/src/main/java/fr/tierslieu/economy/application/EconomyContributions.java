package fr.tierslieu.economy.application;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.module.ActorUsageProvider;
import fr.tierslieu.core.module.RoadmapContributor;
import fr.tierslieu.economy.EconomyModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the economic model gives the core through the contract: the deadlines of the subsidies of
 * a project's models as milestones of its roadmap, and the subsidies an actor funds.
 */
@ApplicationScoped
public class EconomyContributions
        implements RoadmapContributor,
                ActorUsageProvider,
                fr.tierslieu.core.module.DigestContributor,
                fr.tierslieu.core.module.GettingStartedContributor {

    @Inject
    EconomyService economy;

    @Inject
    MessageBundles messages;

    @jakarta.persistence.PersistenceContext(unitName = "economy")
    jakarta.persistence.EntityManager em;

    public EconomyContributions() {}

    /** For plain Java SE tests (the digest). */
    public EconomyContributions(jakarta.persistence.EntityManager em, MessageBundles messages) {
        this.em = em;
        this.messages = messages;
    }

    /**
     * For the weekly digest: deadlines of subsidies still to request or requested within the next 30
     * days (read directly: the digest runs with no signed-in user).
     */
    @Override
    public List<String> digest(Locale locale, java.time.LocalDate today) {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofLocalizedDate(
                        java.time.format.FormatStyle.SHORT)
                .withLocale(locale);
        List<String> out = new ArrayList<>();
        for (fr.tierslieu.economy.domain.EconomicModel m : em.createQuery(
                        "select m from EconomicModel m order by m.name",
                        fr.tierslieu.economy.domain.EconomicModel.class)
                .getResultList()) {
            for (fr.tierslieu.economy.domain.ModelSpec.SubsidySpec s : m.spec().subsidies) {
                if (s.deadline != null
                        && !s.deadline.isBefore(today)
                        && !s.deadline.isAfter(today.plusDays(30))
                        && (s.status == fr.tierslieu.economy.domain.ModelSpec.SubsidyStatus.TO_REQUEST
                                || s.status == fr.tierslieu.economy.domain.ModelSpec.SubsidyStatus.REQUESTED)) {
                    out.add(messages.format(
                            locale,
                            "economy.digest.deadline",
                            s.name,
                            m.getName(),
                            s.deadline.format(f),
                            messages.label(locale, s.status)));
                }
            }
        }
        return out;
    }

    @Override
    public List<Milestone> milestones(long projectId, Locale locale) {
        List<Milestone> out = new ArrayList<>();
        for (EconomyService.Deadline d : economy.deadlines()) {
            if (d.projectId() != null && d.projectId() == projectId) {
                out.add(new Milestone(
                        EconomyModule.ID,
                        "subsidy-" + d.modelId() + "-" + d.index(),
                        messages.format(locale, "economy.milestone", d.subsidy(), messages.label(locale, d.status())),
                        d.date(),
                        "/economy/model.xhtml?id=" + d.modelId()));
            }
        }
        return out;
    }

    @Override
    public List<String> usagesOf(long actorId, Locale locale) {
        List<String> funded = economy.fundedBy(actorId);
        return funded.isEmpty()
                ? List.of()
                : List.of(messages.format(locale, "economy.usage.funder", String.join(", ", funded)));
    }

    /** First step: an economic model, from a template of a kind of place (done once a model exists). */
    @Override
    public List<fr.tierslieu.core.module.GettingStartedStep> gettingStarted() {
        boolean models = em.createQuery("select count(m) from EconomicModel m", Long.class)
                        .getSingleResult()
                > 0;
        return List.of(new fr.tierslieu.core.module.GettingStartedStep(
                "model",
                50,
                "economy.start.model",
                "economy.start.model.hint",
                "/economy/models.xhtml",
                models,
                false,
                java.util.Set.of(fr.tierslieu.core.domain.security.Role.MANAGER)));
    }
}
