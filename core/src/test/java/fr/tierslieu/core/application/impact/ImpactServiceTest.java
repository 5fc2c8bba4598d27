package fr.tierslieu.core.application.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tierslieu.core.application.demo.CoreDemoData;
import fr.tierslieu.core.domain.impact.Frequency;
import fr.tierslieu.core.domain.impact.Indicator;
import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.module.IndicatorSource;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.PdfText;
import fr.tierslieu.core.testsupport.TestModules;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The impact panorama on the real schema: the common base, figures with their sources, computed ones, the report, publishing. */
class ImpactServiceTest {

    static final Locale FR = Locale.FRENCH;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/Paris"));
    private JpaTestSupport db;

    /** A module's source, as the economic model gives its staff. */
    static final IndicatorSource STAFF = new IndicatorSource() {
        @Override
        public Set<String> keys() {
            return Set.of("economy.staffFte");
        }

        @Override
        public Optional<ComputedFigure> figure(String key, int year, Locale locale) {
            return year >= 2026 ? Optional.of(new ComputedFigure(1.4, "modèle « Atelier Z »")) : Optional.empty();
        }
    };

    @BeforeEach
    void setUp() {
        db = JpaTestSupport.core();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    static PanoramaReader reader(EntityManager em) {
        return new PanoramaReader(
                em,
                TestModules.bundles(),
                List.of(new CoreIndicatorSources(em, TestModules.bundles(), CLOCK), STAFF),
                CLOCK);
    }

    static ImpactService service(EntityManager em) {
        return new ImpactService(em, TestModules.bundles(), reader(em), CLOCK);
    }

    long id(String code) {
        return db.tx(em -> service(em).indicators().stream()
                .filter(i -> code.equals(i.getCode()))
                .findFirst()
                .orElseThrow()
                .getId());
    }

    PanoramaReader.Line line(int year, String code) {
        return db.tx(em -> service(em).panorama(year, FR).stream()
                .filter(l -> code.equals(l.indicator().getCode()))
                .findFirst()
                .orElseThrow());
    }

    @Test
    void theCommonBaseIsThereAndSomeFiguresAreComputed() {
        db.run(em -> new CoreDemoData(em).load());
        List<PanoramaReader.Line> lines = db.tx(em -> service(em).panorama(2026, FR));
        assertThat(lines).hasSize(24);
        assertThat(lines.get(0).name()).isEqualTo("Usagers accueillis");
        assertThat(lines.get(0).unit()).isEqualTo("personnes");
        // from the registry: the demo's co-builders, signatories and funders
        PanoramaReader.Line partners = line(2026, "PARTNERS_ENGAGED");
        assertThat(partners.computed()).isTrue();
        assertThat(partners.value()).isPositive();
        assertThat(partners.source()).contains("registre");
        // our place's sheet: five offers, 470 m²
        assertThat(line(2026, "SERVICES_OFFERED").value()).isEqualTo(5);
        assertThat(line(2026, "SURFACE_OPEN").value()).isEqualTo(470);
        // the journey's meetings of 2026 held before today (the demo has three)
        assertThat(line(2026, "PROJECT_MEETINGS").value()).isEqualTo(3);
        assertThat(line(2025, "PROJECT_MEETINGS").value()).isZero();
        // a module's source
        assertThat(line(2026, "JOBS_FTE").value()).isEqualTo(1.4);
        assertThat(line(2026, "JOBS_FTE").source()).contains("Atelier Z");
        // no one computes the members here (no governance module): entered by hand
        assertThat(line(2026, "MEMBERS").computed()).isFalse();
    }

    @Test
    void aFigureNeedsItsSourceAndStaleCopiesAreRefused() {
        long users = id("USERS_TOTAL");
        long local = id("LOCAL_USERS_SHARE");
        assertThatThrownBy(() -> db.run(em -> service(em).enter(users, 2025, -3.0, " ", null, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        e -> assertThat(e.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .containsExactly("value", "source"));
        assertThatThrownBy(() -> db.run(em -> service(em).enter(local, 2025, 120.0, "enquête", null, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        e -> assertThat(e.getViolations())
                                .singleElement()
                                .satisfies(v -> assertThat(v.message()).contains("100")));
        assertThatThrownBy(() -> db.run(em -> service(em).enter(users, 1999, 3.0, "x", null, FR)))
                .isInstanceOf(ValidationFailure.class);
        assertThatThrownBy(() -> db.run(em -> service(em).enter(id("JOBS_FTE"), 2026, 3.0, "x", null, FR)))
                .isInstanceOf(ValidationFailure.class);

        db.run(em -> service(em).enter(users, 2025, 1234.0, "Feuilles d’émargement 2025", null, FR));
        PanoramaReader.Line saved = line(2025, "USERS_TOTAL");
        assertThat(saved.value()).isEqualTo(1234);
        assertThat(saved.source()).isEqualTo("Feuilles d’émargement 2025");
        assertThat(line(2026, "USERS_TOTAL").previous()).isEqualTo(1234);
        assertThatThrownBy(() -> db.run(em -> service(em).enter(users, 2025, 1300.0, "bilan", null, FR)))
                .isInstanceOf(ConcurrentEditException.class);
        db.run(em -> service(em).enter(users, 2025, 1300.0, "Bilan 2025", saved.valueVersion(), FR));
        db.run(em -> service(em).enter(users, 2024, 900.0, "Bilan 2024", null, FR));
        Map<Integer, Double> trend = db.tx(em -> service(em).trend(users, 2026, FR));
        assertThat(trend).containsExactly(Map.entry(2024, 900.0), Map.entry(2025, 1300.0));
        Long version = line(2024, "USERS_TOTAL").valueVersion();
        db.run(em -> service(em).enter(users, 2024, null, null, version, FR));
        assertThat(line(2024, "USERS_TOTAL").value()).isNull();
    }

    @Test
    void theTeamDefinesItsOwnIndicatorsButNotTheCommonBase() {
        assertThatThrownBy(() -> db.run(em -> service(em).define(null, " ", "", null, Frequency.YEARLY, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        e -> assertThat(e.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .containsExactly("indicatorName", "indicatorUnit"));
        assertThatThrownBy(() -> db.run(em -> service(em).define(null, "Bénévoles", "personnes", null, null, FR)))
                .as("the name of a common indicator")
                .isInstanceOf(ValidationFailure.class);
        long repairs = db.tx(em -> service(em)
                .define(null, "Objets réparés", "objets", 500.0, Frequency.QUARTERLY, FR)
                .getId());
        db.run(em -> service(em).enter(repairs, 2026, 320.0, "Registre du Repair café", null, FR));
        PanoramaReader.Line own = db.tx(em -> service(em).panorama(2026, FR).stream()
                .filter(x -> x.name().equals("Objets réparés"))
                .findFirst()
                .orElseThrow());
        assertThat(own.value()).isEqualTo(320);
        assertThat(own.unit()).isEqualTo("objets");
        assertThat(own.indicator().getTarget()).isEqualTo(500);
        long common = id("VOLUNTEERS");
        db.run(em -> service(em).define(common, "renamed", "x", 40.0, Frequency.YEARLY, FR));
        Indicator volunteers = db.tx(em -> service(em).indicator(common));
        assertThat(volunteers.getTarget()).isEqualTo(40);
        assertThat(volunteers.getName()).isNull();
        assertThatThrownBy(() -> db.run(em -> service(em).delete(common, FR))).isInstanceOf(ValidationFailure.class);
        db.run(em -> service(em).delete(repairs, FR));
        assertThat(db.tx(em -> service(em).panorama(2026, FR)).size()).isEqualTo(24);
    }

    @Test
    void theReportIsInFrenchAndThePublicPageWaitsForPublication() {
        long users = id("USERS_TOTAL");
        db.run(em -> service(em).enter(users, 2025, 1234.0, "Feuilles d’émargement 2025", null, FR));
        db.run(em -> service(em).enter(id("OWN_RESOURCES"), 2025, 42.0, "Comptes 2025", null, FR));
        byte[] pdf = db.tx(em -> service(em).reportPdf(2025, FR));
        String text = PdfText.of(pdf);
        assertThat(text)
                .contains("Rapport d’activité 2025")
                .contains("Usagers accueillis")
                .containsPattern("1\\h234\\hpersonnes") // French digits and a no-break space before the unit
                .contains("Feuilles d’émargement 2025")
                .contains("Indicateur 2025 2024 Objectif Source")
                .contains("3 indicateurs renseignés sur 24")
                .containsPattern("42\\h%");

        assertThat(db.<List<PanoramaReader.Line>>tx(em -> new PublicImpact(reader(em)).lines(2025, FR)))
                .isEmpty();
        db.run(em -> service(em).publish(true));
        assertThat(db.<Boolean>tx(em -> service(em).isPublished())).isTrue();
        assertThat(db.<List<PanoramaReader.Line>>tx(em -> new PublicImpact(reader(em)).lines(2025, FR)))
                .anySatisfy(x -> assertThat(x.value()).isEqualTo(1234));
        db.run(em -> service(em).publish(false));
        assertThat(db.<List<PanoramaReader.Line>>tx(em -> new PublicImpact(reader(em)).lines(2025, FR)))
                .isEmpty();
    }
}
