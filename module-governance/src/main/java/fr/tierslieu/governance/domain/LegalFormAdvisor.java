package fr.tierslieu.governance.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A short questionnaire that shows which legal forms fit a tiers-lieu's answers, and why. Each
 * answer "yes" adds or removes points for each form, with the reason (a message key under
 * {@code governance.legal.reason.}); forms are ranked by their score. The rules summarise the
 * comparison page (sources there); they point to a conversation with a lawyer, not a decision.
 */
public final class LegalFormAdvisor {

    private LegalFormAdvisor() {}

    /** The questions, each answered yes or no. */
    public enum Question {
        /** The commune or the agglomeration wants to be a member or an associate. */
        PUBLIC_BODIES_AS_MEMBERS,
        /** The project needs equity (capital) from investors, partners or citizens. */
        NEEDS_CAPITAL,
        /** Users, employees, partners and founders should all vote, by colleges. */
        MULTI_STAKEHOLDER_VOTE,
        /** Most resources come from selling services (seminars, room hire, fablab). */
        MOSTLY_COMMERCIAL,
        /** Donors should get a tax reduction (organisation of general interest). */
        TAX_DEDUCTIBLE_DONATIONS,
        /** Investors expect a share of the profits. */
        DIVIDENDS_EXPECTED
    }

    public record Reason(LegalForm form, Question question, int points, String key) implements java.io.Serializable {}

    public record Fit(LegalForm form, int score, List<Reason> reasons) implements java.io.Serializable {}

    static final List<Reason> RULES = List.of(
            new Reason(LegalForm.ASSOCIATION, Question.PUBLIC_BODIES_AS_MEMBERS, 1, "assoPublic"),
            new Reason(LegalForm.SCIC_SAS, Question.PUBLIC_BODIES_AS_MEMBERS, 2, "scicPublic"),
            new Reason(LegalForm.SAS_ESUS, Question.PUBLIC_BODIES_AS_MEMBERS, -1, "sasPublic"),
            new Reason(LegalForm.SCOP, Question.PUBLIC_BODIES_AS_MEMBERS, -2, "scopPublic"),
            new Reason(LegalForm.ASSOCIATION, Question.NEEDS_CAPITAL, -2, "assoCapital"),
            new Reason(LegalForm.SCIC_SAS, Question.NEEDS_CAPITAL, 2, "scicCapital"),
            new Reason(LegalForm.SAS_ESUS, Question.NEEDS_CAPITAL, 2, "sasCapital"),
            new Reason(LegalForm.SCOP, Question.NEEDS_CAPITAL, 1, "scopCapital"),
            new Reason(LegalForm.ASSOCIATION, Question.MULTI_STAKEHOLDER_VOTE, 1, "assoColleges"),
            new Reason(LegalForm.SCIC_SAS, Question.MULTI_STAKEHOLDER_VOTE, 2, "scicColleges"),
            new Reason(LegalForm.SAS_ESUS, Question.MULTI_STAKEHOLDER_VOTE, -1, "sasColleges"),
            new Reason(LegalForm.SCOP, Question.MULTI_STAKEHOLDER_VOTE, -2, "scopColleges"),
            new Reason(LegalForm.ASSOCIATION, Question.MOSTLY_COMMERCIAL, -1, "assoCommercial"),
            new Reason(LegalForm.SCIC_SAS, Question.MOSTLY_COMMERCIAL, 2, "scicCommercial"),
            new Reason(LegalForm.SAS_ESUS, Question.MOSTLY_COMMERCIAL, 2, "sasCommercial"),
            new Reason(LegalForm.SCOP, Question.MOSTLY_COMMERCIAL, 1, "scopCommercial"),
            new Reason(LegalForm.ASSOCIATION, Question.TAX_DEDUCTIBLE_DONATIONS, 3, "assoDonations"),
            new Reason(LegalForm.SCIC_SAS, Question.TAX_DEDUCTIBLE_DONATIONS, -2, "scicDonations"),
            new Reason(LegalForm.SAS_ESUS, Question.TAX_DEDUCTIBLE_DONATIONS, -2, "sasDonations"),
            new Reason(LegalForm.SCOP, Question.TAX_DEDUCTIBLE_DONATIONS, -2, "scopDonations"),
            new Reason(LegalForm.ASSOCIATION, Question.DIVIDENDS_EXPECTED, -3, "assoDividends"),
            new Reason(LegalForm.SCIC_SAS, Question.DIVIDENDS_EXPECTED, -1, "scicDividends"),
            new Reason(LegalForm.SAS_ESUS, Question.DIVIDENDS_EXPECTED, 1, "sasDividends"),
            new Reason(LegalForm.SCOP, Question.DIVIDENDS_EXPECTED, -1, "scopDividends"));

    /** The forms compared (SCIC is represented by its SAS variant, the most common for tiers-lieux). */
    public static final List<LegalForm> COMPARED =
            List.of(LegalForm.ASSOCIATION, LegalForm.SCIC_SAS, LegalForm.SAS_ESUS, LegalForm.SCOP);

    /** The compared forms ranked by fit (best first; ties in the comparison's order), with the reasons of each score. */
    public static List<Fit> advise(Map<Question, Boolean> answers) {
        Map<LegalForm, List<Reason>> reasons = new EnumMap<>(LegalForm.class);
        COMPARED.forEach(f -> reasons.put(f, new ArrayList<>()));
        for (Reason r : RULES) {
            if (Boolean.TRUE.equals(answers.get(r.question()))) {
                reasons.get(r.form()).add(r);
            }
        }
        List<Fit> fits = new ArrayList<>();
        for (LegalForm f : COMPARED) {
            fits.add(new Fit(f, reasons.get(f).stream().mapToInt(Reason::points).sum(), List.copyOf(reasons.get(f))));
        }
        fits.sort(Comparator.comparingInt(Fit::score).reversed().thenComparing(f -> COMPARED.indexOf(f.form())));
        return fits;
    }
}
