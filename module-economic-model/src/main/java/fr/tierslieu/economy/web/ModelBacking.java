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
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One economic model: the assumptions form (every change recomputes the forecast at once, without
 * saving), the forecast with its charts, scenarios, risk, and actual figures. The manager saves;
 * others read. Every figure comes from the services; the page only shows them.
 */
@Named
@ViewScoped
public class ModelBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String FORM = "modelForm";
    static final String[] PALETTE = {
        "#2f6f4e", "#d08c2a", "#3b6ea8", "#a8473b", "#7a5ea8", "#4d9a9a", "#8a8a3b", "#b05c8a"
    };

    @Inject
    EconomyService economy;

    @Inject
    ModelChoices choices;

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
    // forecast tab
    private Integer cerfaYear;
    // scenarios
    // risk
    // actuals
    // derived figures kept for the view (a getter is called several times per render): reset by
    // changed(), or by what they depend on
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
                String param = FacesContext.getCurrentInstance() == null
                        ? null
                        : FacesContext.getCurrentInstance()
                                .getExternalContext()
                                .getRequestParameterMap()
                                .get("id");
                try {
                    id = param == null ? null : Long.valueOf(param);
                } catch (NumberFormatException e) {
                    id = null;
                }
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
        String param = context == null
                ? null
                : context.getExternalContext().getRequestParameterMap().get("id");
        if (param == null || context.isPostback()) {
            return;
        }
        try {
            id = Long.valueOf(param);
            reload(economy.model(id));
        } catch (NumberFormatException | NotFoundException e) {
            spec = null; // load() answers 404
        }
    }

    public void load() throws IOException {
        if (spec != null) {
            return;
        }
        if (id == null) {
            FacesSupport.notFound();
            return;
        }
        try {
            reload(economy.model(id));
        } catch (NotFoundException e) {
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
        List<ModelSpec.Problem> found = spec().problems();
        if (!found.isEmpty()) {
            FacesContext context = FacesContext.getCurrentInstance();
            for (ModelSpec.Problem p : found) {
                String text = msg.formatAll(p.key(), p.args());
                if (context != null) {
                    context.addMessage(clientId(p.path()), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                }
            }
        }
    }

    /** {@code activities[2].unitPrice} → the input's client id in the assumptions tab. */
    static String clientId(String path) {
        if (path == null) {
            return null;
        }
        String p = path;
        int bracket = p.indexOf('[');
        if (bracket < 0) {
            return FORM + ":tabs:" + p;
        }
        String section = p.substring(0, bracket);
        String index = p.substring(bracket + 1, p.indexOf(']'));
        String field = p.substring(p.indexOf("].") + 2);
        return FORM + ":tabs:" + section + ":" + index + ":" + field;
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
            showProblems(e);
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

    private void showProblems(ValidationFailure e) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (ValidationFailure.Violation v : e.getViolations()) {
            String clientId = "modelName".equals(v.field()) ? FORM + ":modelName" : clientId(v.field());
            context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), v.message()));
        }
        context.validationFailed();
    }

    // ---- rows of the assumptions ---------------------------------------------------------------

    /** The name a new row of each section starts with (« Activité 3 »). */
    private static final Map<String, String> NEW_ROW = Map.of(
            "activities",
            "economy.new.activity",
            "fixedCosts",
            "economy.new.cost",
            "staff",
            "economy.new.staff",
            "subsidies",
            "economy.new.subsidy",
            "loans",
            "economy.new.loan",
            "investments",
            "economy.new.investment",
            "inKind",
            "economy.new.inKind",
            "ownFunds",
            "economy.new.ownFunds",
            "spaces",
            "economy.new.space",
            "needs",
            "economy.new.need");

    /** Adds a row to a section ({@code activities}, {@code fixedCosts}…). */
    public void add(String section) {
        spec().addRow(section, msg.get(NEW_ROW.get(section)));
        changed();
    }

    /** Removes row {@code index} of a section. */
    public void remove(String section, int index) {
        spec().removeRow(section, index);
        changed();
    }

    // ---- figures shared by the tabs ------------------------------------------------------------

    public List<Forecast.Year> getYears() {
        return getForecast() == null ? List.of() : getForecast().years();
    }

    public String money(double v) {
        return Double.isInfinite(v) || Double.isNaN(v)
                ? "–"
                : fr.tierslieu.core.application.i18n.Numbers.money(Msg.locale(), v, 0);
    }

    public String percent(double fraction) {
        return Double.isNaN(fraction)
                ? "–"
                : fr.tierslieu.core.application.i18n.Numbers.percent(Msg.locale(), fraction, 0);
    }

    public List<Integer> getYearNumbers() {
        List<Integer> out = new ArrayList<>();
        for (int y = 1; y <= spec().years; y++) {
            out.add(y);
        }
        return out;
    }

    /** The calendar year of the Cerfa budget to download: this year when the model covers it, else its first. */
    public int getCerfaYear() {
        int first = spec().startYear;
        int last = first + spec().years - 1;
        if (cerfaYear == null || cerfaYear < first || cerfaYear > last) {
            int now = java.time.LocalDate.now().getYear();
            cerfaYear = now >= first && now <= last ? now : first;
        }
        return cerfaYear;
    }

    public void setCerfaYear(int v) {
        cerfaYear = v;
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
