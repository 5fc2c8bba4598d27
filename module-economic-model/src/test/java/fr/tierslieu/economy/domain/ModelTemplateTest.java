package fr.tierslieu.economy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The templates a new model starts from: valid, of a plausible size, every figure marked as one to adapt. */
class ModelTemplateTest {

    @ParameterizedTest
    @EnumSource(ModelTemplate.class)
    void aTemplateIsAValidModelOfAPlausibleSize(ModelTemplate template) {
        ModelSpec spec = template.spec(2027);
        assertThat(spec.problems()).isEmpty();
        assertThat(spec.startYear).isEqualTo(2027);
        assertThat(spec.activities).hasSizeBetween(3, 6);
        assertThat(spec.fixedCosts).isNotEmpty();
        assertThat(spec.staff).isNotEmpty();

        Forecast.Year first = Forecast.compute(spec.toModel()).years().get(0);
        // a small tiers-lieu: tens of thousands of euros of sales, not hundreds of thousands, not hundreds
        assertThat(first.sales()).isBetween(20_000.0, 200_000.0);
        assertThat(first.staff()).isBetween(10_000.0, 120_000.0);
        // without any subsidy typed yet, the template shows the gap the manager has to fund: a loss, not a fortune
        assertThat(first.result()).isBetween(-80_000.0, 20_000.0);
    }

    @ParameterizedTest
    @EnumSource(ModelTemplate.class)
    void everyFigureSaysItIsToAdaptAndTheWordingIsFrenchTypography(ModelTemplate template) {
        ModelSpec spec = template.spec(2027);
        List<String> sources = new ArrayList<>();
        spec.activities.forEach(a -> sources.add(a.source));
        spec.fixedCosts.forEach(c -> sources.add(c.source));
        spec.staff.forEach(s -> sources.add(s.source));
        assertThat(sources).allSatisfy(s -> {
            assertThat(s).startsWith(ModelTemplate.ADAPT + "\u202f: ");
            assertThat(s.length()).isLessThanOrEqualTo(ModelSpec.SOURCE_MAX);
            assertThat(s).doesNotContain(" :", " ;", " %");
        });
        List<String> names = new ArrayList<>();
        spec.activities.forEach(a -> names.add(a.name));
        spec.staff.forEach(s -> names.add(s.name));
        spec.investments.forEach(i -> names.add(i.name));
        // épicène wording, not the point médian (FRENCH.md)
        assertThat(names).noneMatch(n -> n.contains("·"));
        spec.investments.forEach(i -> assertThat(i.name).endsWith("(à adapter)"));
    }

    @Test
    void theSourceOfALineSurvivesTheStoredFormAndATooLongOneIsNamed() {
        ModelSpec spec = ModelTemplate.FABLAB.spec(2027);
        ModelSpec copy = ModelJson.copy(spec);
        assertThat(copy.activities.get(1).source)
                .isEqualTo(spec.activities.get(1).source)
                .contains("consommables");
        assertThat(copy.staff.get(0).source).contains("SMIC");

        copy.fixedCosts.get(0).source = "x".repeat(ModelSpec.SOURCE_MAX + 1);
        assertThat(copy.problems()).extracting(ModelSpec.Problem::path).containsExactly("fixedCosts[0].source");
    }

    @Test
    void twoModelsFromOneTemplateShareNoLine() {
        ModelSpec a = ModelTemplate.CAFE_WORKSHOP.spec(2027);
        ModelSpec b = ModelTemplate.CAFE_WORKSHOP.spec(2027);
        a.activities.get(0).seasonality[0] = 9;
        assertThat(b.activities.get(0).seasonality[0]).isNotEqualTo(9);
    }
}
