package fr.tierslieu.economy.web;

import fr.tierslieu.economy.application.EconomyService;
import fr.tierslieu.economy.domain.EconomicModel;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The economic models of a project, on the project's page (ProjectTab); read once per request. */
@Named
@RequestScoped
public class EconomyProjectTab {

    @Inject
    EconomyService economy;

    private final Map<Long, List<EconomicModel>> byProject = new HashMap<>();

    public List<EconomicModel> models(Long projectId) {
        return projectId == null ? List.of() : byProject.computeIfAbsent(projectId, economy::modelsOf);
    }
}
