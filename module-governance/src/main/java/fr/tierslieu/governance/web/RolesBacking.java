package fr.tierslieu.governance.web;

import fr.tierslieu.core.application.Choice;
import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.application.project.ProjectService;
import fr.tierslieu.core.domain.project.Raci;
import fr.tierslieu.core.module.PartnerView;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The roles matrix (stakeholders × responsibilities, RACI) of a project. It is the core project's
 * partner roles — the same records, read and written through the core's ProjectService — shown as
 * a grid for the board members who design the governance.
 */
@Named
@ViewScoped
public class RolesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ProjectService projects;

    @Inject
    ActorService actors;

    @Inject
    Msg msg;

    @Inject
    fr.tierslieu.governance.application.GovernanceService governance;

    private Long projectId;
    private List<Choice> projectChoices;
    private List<Choice> actorChoices;
    private transient List<PartnerView> partners;
    private Long actor;
    private String responsibility;
    private Raci raci = Raci.RESPONSIBLE;

    @PostConstruct
    void load() {
        projectChoices = projects.choices();
        if (!projectChoices.isEmpty()) {
            // the project the bodies govern, else the first one by name
            Long governed = governance.governedProject().orElse(null);
            projectId = projectChoices.stream()
                    .map(Choice::id)
                    .filter(i -> i.equals(governed))
                    .findFirst()
                    .orElse(projectChoices.get(0).id());
        }
    }

    public void refresh() {
        partners = null;
    }

    private List<PartnerView> partners() {
        if (partners == null) {
            partners = projectId == null ? List.of() : projects.partnerViews(projectId);
        }
        return partners;
    }

    /** Responsibilities in the order they come (the columns). */
    public List<String> getResponsibilities() {
        Set<String> r = new LinkedHashSet<>();
        partners().forEach(p -> r.add(p.responsibility()));
        return new ArrayList<>(r);
    }

    /** One row per stakeholder: its RACI letter under each responsibility. */
    public record Row(String actor, List<String> cells) {}

    public List<Row> getRows() {
        List<String> columns = getResponsibilities();
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (PartnerView p : partners()) {
            String[] cells = rows.computeIfAbsent(p.actorName(), k -> new String[columns.size()]);
            int j = columns.indexOf(p.responsibility());
            String letter = p.raci().name().substring(0, 1);
            cells[j] = cells[j] == null ? letter : cells[j] + letter;
        }
        List<Row> out = new ArrayList<>();
        rows.forEach((name, cells) -> {
            List<String> list = new ArrayList<>();
            for (String c : cells) {
                list.add(c == null ? "" : c);
            }
            out.add(new Row(name, list));
        });
        return out;
    }

    public void add() {
        FacesSupport.attempt(msg, "rolesForm", () -> {
            projects.addPartner(projectId, actor, responsibility, raci, Msg.locale());
            responsibility = null;
            refresh();
        });
    }

    public List<Choice> getProjectChoices() {
        return projectChoices;
    }

    public List<Choice> getActorChoices() {
        if (actorChoices == null) {
            actorChoices = actors.choices();
        }
        return actorChoices;
    }

    public Raci[] getRaciValues() {
        return Raci.values();
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public Long getActor() {
        return actor;
    }

    public void setActor(Long actor) {
        this.actor = actor;
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
}
