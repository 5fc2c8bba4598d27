package fr.tierslieu.economy.web;

import fr.tierslieu.core.application.Choice;
import fr.tierslieu.core.application.project.ProjectService;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.economy.application.EconomyService;
import fr.tierslieu.economy.domain.EconomicModel;
import fr.tierslieu.economy.domain.ModelJson;
import fr.tierslieu.economy.domain.ModelSpec;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The list of economic models and a new model (empty, or a copy of an existing one). */
@Named
@ViewScoped
public class ModelsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    EconomyService economy;

    @Inject
    ProjectService projects;

    @Inject
    Msg msg;

    private transient List<EconomicModel> models;
    private transient Map<Long, String> projectNames;
    private transient List<Choice> projectChoices;
    private String name;
    private Long projectId;
    private Long copyOf;
    private fr.tierslieu.economy.domain.ModelTemplate template;

    public List<EconomicModel> getModels() {
        if (models == null) {
            models = economy.models();
        }
        return models;
    }

    public String projectName(Long id) {
        if (projectNames == null) {
            projectNames = getProjectChoices().stream().collect(Collectors.toMap(Choice::id, Choice::label));
        }
        return id == null ? "" : projectNames.getOrDefault(id, "");
    }

    public void create() throws IOException {
        ModelSpec spec = copyOf != null
                ? ModelJson.copy(economy.model(copyOf).spec())
                : template != null ? template.spec(java.time.LocalDate.now().getYear()) : new ModelSpec();
        EconomicModel[] created = new EconomicModel[1];
        if (FacesSupport.attempt(
                msg, "newModelForm", () -> created[0] = economy.create(name, projectId, false, spec, Msg.locale()))) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/economy/model.xhtml?id=" + created[0].getId());
        }
    }

    public void delete(long id) {
        if (FacesSupport.attempt(msg, "modelsForm", () -> economy.delete(id))) {
            models = null;
        }
    }

    public List<Choice> getProjectChoices() {
        if (projectChoices == null) {
            projectChoices = projects.choices();
        }
        return projectChoices;
    }

    public String getName() {
        return name;
    }

    public void setName(String v) {
        name = v;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long v) {
        projectId = v;
    }

    public fr.tierslieu.economy.domain.ModelTemplate getTemplate() {
        return template;
    }

    public void setTemplate(fr.tierslieu.economy.domain.ModelTemplate v) {
        template = v;
    }

    public java.util.List<fr.tierslieu.economy.domain.ModelTemplate> getTemplates() {
        return fr.tierslieu.economy.domain.ModelTemplate.all();
    }

    public Long getCopyOf() {
        return copyOf;
    }

    public void setCopyOf(Long v) {
        copyOf = v;
    }
}
