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
public class EconomyContributions implements RoadmapContributor, ActorUsageProvider {

    @Inject
    EconomyService economy;
    @Inject
    MessageBundles messages;

    @Override
    public List<Milestone> milestones(long projectId, Locale locale) {
        List<Milestone> out = new ArrayList<>();
        for (EconomyService.Deadline d : economy.deadlines()) {
            if (d.projectId() != null && d.projectId() == projectId) {
                out.add(new Milestone(EconomyModule.ID, "subsidy-" + d.modelId() + "-" + d.index(),
                        messages.format(locale, "economy.milestone", d.subsidy(), messages.label(locale, d.status())), d.date(),
                        "/economy/model.xhtml?id=" + d.modelId()));
            }
        }
        return out;
    }

    @Override
    public List<String> usagesOf(long actorId, Locale locale) {
        List<String> funded = economy.fundedBy(actorId);
        return funded.isEmpty() ? List.of() : List.of(messages.format(locale, "economy.usage.funder", String.join(", ", funded)));
    }
}
