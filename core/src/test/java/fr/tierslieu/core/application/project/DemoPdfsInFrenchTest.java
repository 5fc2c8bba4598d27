package fr.tierslieu.core.application.project;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tierslieu.core.application.demo.CoreDemoData;
import fr.tierslieu.core.application.roadmap.RoadmapExporter;
import fr.tierslieu.core.application.roadmap.RoadmapService;
import fr.tierslieu.core.application.strategy.MactorExporter;
import fr.tierslieu.core.application.strategy.MactorService;
import fr.tierslieu.core.domain.project.Project;
import fr.tierslieu.core.domain.strategy.MactorAnalysis;
import fr.tierslieu.core.module.RoadmapContributor;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.PdfText;
import fr.tierslieu.core.testsupport.TestModules;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The core's PDFs of the demo (roadmap, MACTOR analysis) read as French documents (the house rules for French (docs/glossary.md)). */
class DemoPdfsInFrenchTest {

    private JpaTestSupport db;

    @BeforeEach
    void setUp() {
        db = JpaTestSupport.core();
        db.run(em -> new CoreDemoData(em).load());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private ProjectService projects(EntityManager em) {
        ProjectService s = new ProjectService();
        s.em = em;
        s.validation = TestModules.validation();
        s.messages = TestModules.bundles();
        return s;
    }

    @Test
    void theRoadmapPdf() {
        String text = PdfText.of(db.tx(em -> {
            Project p = projects(em).slice(0, 1).get(0);
            RoadmapService roadmap = new RoadmapService(em, TestModules.bundles(), projects(em)) {
                @Override
                protected Iterable<RoadmapContributor> contributors() {
                    return List.of();
                }
            };
            return new RoadmapExporter(TestModules.bundles())
                    .pdf(p, roadmap.view(p.getId(), Locale.FRENCH), Locale.FRENCH);
        }));
        assertThat(text).contains("Dossier «\u202FFabrique de territoire\u202F»");
        assertThat(PdfText.frenchProblems(text)).isEmpty();
    }

    @Test
    void theMactorPdf() {
        String text = PdfText.of(db.tx(em -> {
            MactorService mactor = new MactorService(em, TestModules.bundles(), projects(em));
            // the demo's analysis with results (Temps 1 has no objectives yet: its PDF says so and has no figures)
            MactorAnalysis a = projects(em).slice(0, 10).stream()
                    .flatMap(p -> mactor.analyses(p.getId()).stream())
                    .filter(x -> mactor.result(x) != null)
                    .findFirst()
                    .orElseThrow();
            return new MactorExporter(TestModules.bundles()).pdf(a, mactor.result(a), Locale.FRENCH);
        }));
        assertThat(text)
                .containsPattern("\\d,\\d\\d")
                .containsPattern("\u2212\\d+,\\d\\d")
                .contains("Alliés influents\u202F:");
        assertThat(PdfText.frenchProblems(text)).isEmpty();
    }
}
