package fr.tierslieu.governance.web;

import fr.tierslieu.governance.domain.LegalForm;
import fr.tierslieu.governance.domain.LegalFormAdvisor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The legal forms compared, and the questionnaire that ranks them. */
@Named
@ViewScoped
public class LegalFormsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Rows of the comparison table (message keys {@code governance.legal.<FORM>.<criterion>}). */
    public static final List<String> CRITERIA = List.of("members", "vote", "profits", "tax", "funding");

    private final Map<LegalFormAdvisor.Question, Boolean> answers = new EnumMap<>(LegalFormAdvisor.Question.class);
    private List<LegalFormAdvisor.Fit> fits;

    public LegalFormsBacking() {
        for (LegalFormAdvisor.Question q : LegalFormAdvisor.Question.values()) {
            answers.put(q, false);
        }
    }

    public void advise() {
        fits = LegalFormAdvisor.advise(answers);
    }

    public List<LegalFormAdvisor.Fit> getFits() {
        return fits;
    }

    public Map<LegalFormAdvisor.Question, Boolean> getAnswers() {
        return answers;
    }

    public LegalFormAdvisor.Question[] getQuestions() {
        return LegalFormAdvisor.Question.values();
    }

    public List<LegalForm> getForms() {
        return LegalFormAdvisor.COMPARED;
    }

    public List<String> getCriteria() {
        return CRITERIA;
    }
}
