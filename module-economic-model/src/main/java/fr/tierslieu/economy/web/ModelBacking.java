package fr.tierslieu.economy.web;

import fr.tierslieu.core.application.security.AccessDeniedException;
import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.economy.application.EconomyService;
import fr.tierslieu.economy.domain.EconomicModel;
import fr.tierslieu.economy.domain.Forecast;
import fr.tierslieu.economy.domain.ModelSpec;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One economic model: its assumptions being edited (every change recomputes the forecast at once,
 * without saving), the forecast they give, saving and reverting. Each tab has its own bean reading
 * from this one: {@link AssumptionRowsBacking} (adding and removing rows), {@link ForecastBacking},
 * {@link PremisesBacking}, {@link ScenariosBacking}, {@link RiskBacking}, {@link ActualsBacking}. The
 * manager saves; others read. Every figure comes from the services; the page only shows them.
 */
@Named
@ViewScoped
public class ModelBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String FORM = ModelMessages.FORM;

    @Inject
    EconomyService economy;

    @Inject
    Msg msg;

    private Long id;
    private long version;
    private String name;
    private Long projectId;
    private boolean illustrative;
    private ModelSpec spec;
    private boolean expired;
    private transient Forecast.Result forecast;
    private transient List<String> problems;
    /** Counts the changes of the assumptions (and saves): the tabs' beans drop what they computed before. */
    private long revision;
    /** The tab shown: only it is rendered (dynamic tabs), the others load when opened. */
    private int tab;

    /**
     * The assumptions being edited. A view can be lost between the page's action and its rendering
     * (several tabs of one session opening pages at once evict each other's views): a new bean then
     * reads the model again from the request's {@code id}, instead of failing; with no id at all it
     * shows an empty model and {@link #isExpired()} asks the user to reload.
     */
    private ModelSpec spec() {
        if (spec == null) {
            if (id == null) {
                id = requestedId();
            }
            try {
                if (id != null) {
                    reload(economy.model(id));
                }
            } catch (NotFoundException e) {
                id = null;
            }
            if (spec == null) {
                spec = new ModelSpec();
                expired = true;
            }
        }
        return spec;
    }

    /** The request's {@code id}, or null when it has none or it is not a number. */
    private static Long requestedId() {
        FacesContext context = FacesContext.getCurrentInstance();
        String param = context == null
                ? null
                : context.getExternalContext().getRequestParameterMap().get("id");
        try {
            return param == null ? null : Long.valueOf(param);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The page lost its model (see {@link #spec()}): it says so and offers to reload. */
    public boolean isExpired() {
        return expired;
    }

    /**
     * A bean created for a GET reads its model at once from the request's {@code id}: when
     * concurrent requests of one session evict this view between the page's action and its
     * rendering, the new bean that rendering creates is complete too.
     */
    @PostConstruct
    void init() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null || context.isPostback()) {
            return;
        }
        id = requestedId();
        try {
            if (id != null) {
                reload(economy.model(id));
            }
        } catch (NotFoundException e) {
            spec = null; // load() answers 404
        }
    }

    /** The page's view action: without a model read by {@link #init()} (no id, or none such) it answers 404. */
    public void load() throws IOException {
        if (spec == null) {
            FacesSupport.notFound();
        }
    }

    private void reload(EconomicModel m) {
        version = m.getVersion();
        name = m.getName();
        projectId = m.getProjectId();
        illustrative = m.isIllustrative();
        spec = m.spec();
        expired = false;
        changed();
    }

    /** Called by every input of the assumptions: the forecast follows at once (nothing is saved). */
    public void changed() {
        forecast = null;
        problems = null;
        revision++;
        ModelMessages.show(spec().problems(), msg);
    }

    public boolean isValid() {
        return getProblemCount() == 0;
    }

    public int getProblemCount() {
        if (problems == null) {
            problems = spec().problems().stream().map(ModelSpec.Problem::path).toList();
        }
        return problems.size();
    }

    public Forecast.Result getForecast() {
        if (forecast == null && isValid()) {
            forecast = Forecast.compute(spec().toModel());
        }
        return forecast;
    }

    public void save() {
        try {
            EconomicModel m = economy.save(id, version, name, projectId, spec(), Msg.locale());
            version = m.getVersion();
            revision++; // what the tabs read from the saved model (scenarios, variance) is read again
            FacesSupport.info(msg.get("economy.saved"));
        } catch (ValidationFailure e) {
            ModelMessages.show(e);
        } catch (ConcurrentEditException e) {
            FacesSupport.error(msg.get("economy.error.conflict"));
        } catch (AccessDeniedException e) {
            FacesSupport.error(msg.get("core.error.denied"));
        }
    }

    /** Throws away the changes and reads the model as saved (e.g. after a conflict). */
    public void revert() {
        reload(economy.model(id));
    }

    public List<Forecast.Year> getYears() {
        return getForecast() == null ? List.of() : getForecast().years();
    }

    public List<Integer> getYearNumbers() {
        List<Integer> out = new ArrayList<>();
        for (int y = 1; y <= spec().years; y++) {
            out.add(y);
        }
        return out;
    }

    public int calendarYear(int modelYear) {
        return spec().startYear + modelYear - 1;
    }

    // ---- properties ------------------------------------------------------------------------------------

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    public ModelSpec getSpec() {
        return spec();
    }

    public long getRevision() {
        return revision;
    }

    public int getTab() {
        return tab;
    }

    public void setTab(int tab) {
        this.tab = tab;
    }

    public void onTabChange(org.primefaces.event.TabChangeEvent<?> event) {
        int index = event.getComponent().getChildren().indexOf(event.getTab());
        if (index >= 0) {
            tab = index;
        }
    }
}
