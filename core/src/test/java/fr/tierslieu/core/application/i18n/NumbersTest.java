package fr.tierslieu.core.application.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumbersTest {

    private static final Locale FR = Locale.FRENCH;
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void frenchAsInFrenchDocuments() {
        assertThat(Numbers.money(FR, 55176, 0)).isEqualTo("55\u202F176\u00A0€");
        assertThat(Numbers.money(FR, -5484.4, 0)).isEqualTo("\u22125\u202F484\u00A0€");
        assertThat(Numbers.money(FR, 1234.5, 2)).isEqualTo("1\u202F234,50\u00A0€");
        assertThat(Numbers.percent(FR, 0.666666, 2)).isEqualTo("66,67\u202F%");
        assertThat(Numbers.percent(FR, 1, 0)).isEqualTo("100\u202F%");
        assertThat(Numbers.decimal(FR, -0.001, 2)).isEqualTo("0,00");
        assertThat(Numbers.withUnit(FR, 12.54, 1, "km")).isEqualTo("12,5\u00A0km");
        assertThat(Numbers.integerFormat(FR).format(-1234567)).isEqualTo("\u22121\u202F234\u202F567");
    }

    @Test
    void englishAsInEnglishDocuments() {
        assertThat(Numbers.money(EN, 55176, 0)).isEqualTo("€55,176");
        assertThat(Numbers.money(EN, -5484, 0)).isEqualTo("-€5,484");
        assertThat(Numbers.percent(EN, 0.666666, 2)).isEqualTo("66.67%");
        assertThat(Numbers.withUnit(EN, 12.54, 1, "km")).isEqualTo("12.5\u00A0km");
    }

    @Test
    void anUnsupportedLanguageReadsFrench() {
        assertThat(Numbers.percent(Locale.GERMAN, 0.5, 0)).isEqualTo("50\u202F%");
    }

    @Test
    void aFigureThatCannotBeComputedIsADash() {
        assertThat(Numbers.money(FR, Double.NaN, 0)).isEqualTo("\u2013");
        assertThat(Numbers.money(EN, Double.POSITIVE_INFINITY, 2)).isEqualTo("\u2013");
        assertThat(Numbers.percent(FR, Double.NaN, 0)).isEqualTo("\u2013");
    }
}
