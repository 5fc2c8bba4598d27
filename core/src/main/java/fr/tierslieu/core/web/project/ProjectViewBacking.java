package fr.tierslieu.core.web.project;

import fr.tierslieu.core.application.Choice;
import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.application.project.ProjectService;
import fr.tierslieu.core.domain.project.Project;
import fr.tierslieu.core.domain.project.ProjectPartner;
import fr.tierslieu.core.domain.project.ProjectResource;
import fr.tierslieu.core.domain.project.Raci;
import fr.tierslieu.core.domain.project.ResourceKind;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A project: overview, partners (RACI) and committed resources. Its other sections have their own
 * beans: {@link ProjectFindingsBacking}, {@link ProjectNeedsBacking}, {@link ProjectPositionsBacking},
 * {@link ProjectAnalysesBacking}.
 */
@Named
@ViewScoped
public class ProjectViewBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ProjectService projects;

    @Inject
    ActorService actors;

    @Inject
    Msg msg;

    @Inject
    fr.tierslieu.core.module.ModuleRegistry registry;

    @Inject
    fr.tierslieu.core.application.security.CurrentUser currentUser;

    private Long id;
    private transient Project project;
    private transient List<ProjectPartner> partners;
    private transient List<ProjectResource> resources;
    private List<Choice> actorChoices;

    // forms
    private Long partnerActor;
    private String responsibility;
    private Raci raci = Raci.RESPONSIBLE;
    private Long resourceActor;
    private ResourceKind resourceKind = ResourceKind.CASH;
    private BigDecimal amount;
    private String resourceDescription;

    public void load() throws IOException {
        try {
            if (id == null) {
                FacesSupport.notFound();
                return;
            }
            getProject();
        } catch (NotFoundException e) {
            FacesSupport.notFound();
        }
    }

    private void refresh() {
        project = null;
        partners = null;
        resources = null;
    }

    public Project getProject() {
        if (project == null) {
            project = projects.get(id);
        }
        return project;
    }

    public List<ProjectPartner> getPartners() {
        if (partners == null) {
            partners = projects.partners(id);
        }
        return partners;
    }

    public List<ProjectResource> getResources() {
        if (resources == null) {
            resources = projects.resources(id);
        }
        return resources;
    }

    /** Sum of committed resources by kind (euros, or hours for volunteer time). */
    public Map<ResourceKind, BigDecimal> getTotals() {
        Map<ResourceKind, BigDecimal> totals = new EnumMap<>(ResourceKind.class);
        for (ProjectResource r : getResources()) {
            totals.merge(r.getKind(), r.getAmount(), BigDecimal::add);
        }
        return totals;
    }

    public List<Map.Entry<ResourceKind, BigDecimal>> getTotalEntries() {
        return List.copyOf(getTotals().entrySet());
    }

    public List<Choice> getActorChoices() {
        if (actorChoices == null) {
            actorChoices = actors.choices();
        }
        return actorChoices;
    }

    private void attempt(Runnable action, String form) {
        if (FacesSupport.attempt(msg, form, action)) {
            refresh();
        }
    }

    public void addPartner() {
        attempt(
                () -> {
                    projects.addPartner(id, partnerActor, responsibility, raci, Msg.locale());
                    responsibility = null;
                },
                "partnerForm");
    }

    public void removePartner(long partnerId) {
        attempt(() -> projects.removePartner(partnerId), "partnerForm");
    }

    public void addResource() {
        attempt(
                () -> {
                    projects.addResource(id, resourceActor, resourceKind, amount, resourceDescription, Msg.locale());
                    amount = null;
                    resourceDescription = null;
                },
                "resourceForm");
    }

    public void removeResource(long resourceId) {
        attempt(() -> projects.removeResource(resourceId), "resourceForm");
    }

    public void delete() {
        FacesSupport.attempt(msg, null, () -> {
            projects.delete(id, getProject().getVersion());
            FacesSupport.info(msg.get("core.project.deleted"));
            FacesSupport.keepMessages();
            FacesSupport.redirect("/core/projects/list.xhtml");
        });
    }

    public Raci[] getRaciValues() {
        return Raci.values();
    }

    public ResourceKind[] getResourceKinds() {
        return ResourceKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getPartnerActor() {
        return partnerActor;
    }

    public void setPartnerActor(Long partnerActor) {
        this.partnerActor = partnerActor;
    }

    public String getResponsibility() {
        return responsibility;
    }

    public void setResponsibility(String responsibility) {
        this.responsibility = responsibility;
    }

    public Raci getRaci() {
        return raci;
    }

    public void setRaci(Raci raci) {
        this.raci = raci;
    }

    public Long getResourceActor() {
        return resourceActor;
    }

    public void setResourceActor(Long resourceActor) {
        this.resourceActor = resourceActor;
    }

    public ResourceKind getResourceKind() {
        return resourceKind;
    }

    public void setResourceKind(ResourceKind resourceKind) {
        this.resourceKind = resourceKind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getResourceDescription() {
        return resourceDescription;
    }

    public void setResourceDescription(String resourceDescription) {
        this.resourceDescription = resourceDescription;
    }

    /** The parts of this page the installed modules contribute, for the user's roles. */
    public List<fr.tierslieu.core.module.ProjectTab> getModuleTabs() {
        return registry.projectTabsFor(currentUser.getRoles());
    }
}
