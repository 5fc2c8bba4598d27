package fr.tierslieu.governance.web;

import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.governance.application.CollegeDraft;
import fr.tierslieu.governance.application.GovernanceService;
import fr.tierslieu.governance.domain.GovernanceProfile;
import fr.tierslieu.governance.domain.LegalForm;
import fr.tierslieu.governance.domain.TallyInput;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The legal form studied and the voting colleges, with the SCIC rules checked as the user types. */
@Named
@ViewScoped
public class CollegesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    GovernanceService governance;

    @Inject
    Msg msg;

    private long version;
    private LegalForm legalForm;
    private List<CollegeDraft> rows = new ArrayList<>();
    private java.time.LocalDate lastRevisionOn;
    private java.time.LocalDate nextRevision;

    @PostConstruct
    void load() {
        GovernanceProfile p = governance.profile();
        version = p.getVersion();
        legalForm = p.getLegalForm();
        lastRevisionOn = p.getLastRevisionOn();
        nextRevision = p.nextRevisionDue();
        rows = new ArrayList<>();
        p.getColleges().forEach(c -> rows.add(new CollegeDraft(c.getName(), c.getWeight(), c.getDescription())));
    }

    public void add() {
        rows.add(new CollegeDraft("", BigDecimal.ZERO, null));
    }

    public void remove(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    public void save() {
        FacesSupport.attempt(msg, "collegesForm", () -> {
            governance.saveColleges(version, legalForm, rows, Msg.locale());
            load();
            FacesSupport.info(msg.get("governance.college.saved"));
        });
    }

    public BigDecimal getTotal() {
        return rows.stream()
                .map(r -> r.getWeight() == null ? BigDecimal.ZERO : r.getWeight())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The SCIC rules' problems of the colleges as typed (not yet saved). */
    public List<String> getProblems() {
        List<String> out = new ArrayList<>();
        if (legalForm == null || !legalForm.isScic()) {
            return out;
        }
        List<TallyInput.College> colleges = new ArrayList<>();
        for (CollegeDraft r : rows) {
            String name = r.getName() == null || r.getName().isBlank()
                    ? "?"
                    : r.getName().strip();
            colleges.add(new TallyInput.College(
                    name, name, r.getWeight() == null ? 0 : r.getWeight().doubleValue()));
        }
        out.addAll(governance.collegeProblems(colleges, Msg.locale()));
        return out;
    }

    public LegalForm[] getLegalForms() {
        return LegalForm.values();
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(LegalForm legalForm) {
        this.legalForm = legalForm;
    }

    public List<CollegeDraft> getRows() {
        return rows;
    }

    /** Records the date of the last révision coopérative (a SCIC's). */
    public void saveRevision() {
        FacesSupport.attempt(msg, "revisionForm", () -> {
            governance.recordRevision(lastRevisionOn, java.time.LocalDate.now(), Msg.locale());
            FacesSupport.info(msg.get("governance.revision.saved"));
            load();
        });
    }

    public java.time.LocalDate getLastRevisionOn() {
        return lastRevisionOn;
    }

    public void setLastRevisionOn(java.time.LocalDate lastRevisionOn) {
        this.lastRevisionOn = lastRevisionOn;
    }

    public java.time.LocalDate getNextRevision() {
        return nextRevision;
    }
}
