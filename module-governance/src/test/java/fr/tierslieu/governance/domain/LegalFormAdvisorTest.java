package fr.tierslieu.governance.domain;

import static fr.tierslieu.governance.domain.LegalFormAdvisor.Question.DIVIDENDS_EXPECTED;
import static fr.tierslieu.governance.domain.LegalFormAdvisor.Question.MOSTLY_COMMERCIAL;
import static fr.tierslieu.governance.domain.LegalFormAdvisor.Question.MULTI_STAKEHOLDER_VOTE;
import static fr.tierslieu.governance.domain.LegalFormAdvisor.Question.NEEDS_CAPITAL;
import static fr.tierslieu.governance.domain.LegalFormAdvisor.Question.PUBLIC_BODIES_AS_MEMBERS;
import static fr.tierslieu.governance.domain.LegalFormAdvisor.Question.TAX_DEDUCTIBLE_DONATIONS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LegalFormAdvisorTest {

    static Map<LegalFormAdvisor.Question, Boolean> yes(LegalFormAdvisor.Question... qs) {
        Map<LegalFormAdvisor.Question, Boolean> m = new EnumMap<>(LegalFormAdvisor.Question.class);
        for (LegalFormAdvisor.Question q : qs) {
            m.put(q, true);
        }
        return m;
    }

    @Test
    void aMultiStakeholderPlaceWithPublicBodiesAndSalesFitsAScic() {
        var fits = LegalFormAdvisor.advise(
                yes(PUBLIC_BODIES_AS_MEMBERS, MULTI_STAKEHOLDER_VOTE, MOSTLY_COMMERCIAL, NEEDS_CAPITAL));
        assertThat(fits.get(0).form()).isEqualTo(LegalForm.SCIC_SAS);
        assertThat(fits.get(0).reasons())
                .extracting(LegalFormAdvisor.Reason::key)
                .contains("scicPublic", "scicColleges");
    }

    @Test
    void donationsWithTaxReliefPointToAnAssociation() {
        var fits = LegalFormAdvisor.advise(yes(TAX_DEDUCTIBLE_DONATIONS));
        assertThat(fits.get(0).form()).isEqualTo(LegalForm.ASSOCIATION);
        assertThat(fits).filteredOn(f -> f.form() != LegalForm.ASSOCIATION).allMatch(f -> f.score() < 0);
    }

    @Test
    void dividendsRuleOutAnAssociation() {
        var fits = LegalFormAdvisor.advise(yes(DIVIDENDS_EXPECTED, NEEDS_CAPITAL, MOSTLY_COMMERCIAL));
        assertThat(fits.get(0).form()).isEqualTo(LegalForm.SAS_ESUS);
        assertThat(fits.get(fits.size() - 1).form()).isEqualTo(LegalForm.ASSOCIATION);
    }

    @Test
    void noAnswerNoPreference() {
        var fits = LegalFormAdvisor.advise(Map.of());
        assertThat(fits).allMatch(f -> f.score() == 0 && f.reasons().isEmpty());
        assertThat(fits).extracting(LegalFormAdvisor.Fit::form).containsExactlyElementsOf(LegalFormAdvisor.COMPARED);
    }
}
