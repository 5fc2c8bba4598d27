package fr.tierslieu.economy.web;

import fr.tierslieu.core.application.Choice;
import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.application.project.ProjectService;
import fr.tierslieu.economy.domain.ModelSpec;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** What the selects of the model page offer: projects and actors (read once per view) and the kinds of rows. */
@Named
@ViewScoped
public class ModelChoices implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ProjectService projects;

    @Inject
    ActorService actors;

    private List<Choice> projectChoices;
    private List<Choice> actorChoices;

    public List<Choice> getProjects() {
        if (projectChoices == null) {
            projectChoices = projects.choices();
        }
        return projectChoices;
    }

    public List<Choice> getActors() {
        if (actorChoices == null) {
            actorChoices = actors.choices();
        }
        return actorChoices;
    }

    public ModelSpec.ActivityKind[] getActivityKinds() {
        return ModelSpec.ActivityKind.values();
    }

    public ModelSpec.CostCategory[] getCostCategories() {
        return ModelSpec.CostCategory.values();
    }

    public ModelSpec.LoanKind[] getLoanKinds() {
        return ModelSpec.LoanKind.values();
    }

    public ModelSpec.FunderLevel[] getFunderLevels() {
        return ModelSpec.FunderLevel.values();
    }

    public ModelSpec.SubsidyStatus[] getSubsidyStatuses() {
        return ModelSpec.SubsidyStatus.values();
    }

    public ModelSpec.InKindKind[] getInKindKinds() {
        return ModelSpec.InKindKind.values();
    }
}
