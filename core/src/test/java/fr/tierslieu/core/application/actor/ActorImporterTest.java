package fr.tierslieu.core.application.actor;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tierslieu.core.application.demo.CoreDemoData;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.ActorType;
import fr.tierslieu.core.domain.actor.EngagementLevel;
import fr.tierslieu.core.domain.actor.Stance;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.TestModules;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActorImporterTest {

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

    private static ActorImporter importer(EntityManager em) {
        ActorImporter importer = new ActorImporter();
        importer.repository = new ActorRepository(em);
        importer.validation = TestModules.validation();
        importer.messages = TestModules.bundles();
        return importer;
    }

    private ActorImporter.Result importCsv(String csv, Locale locale) {
        return db.tx(em -> importer(em).importCsv(csv, locale));
    }

    private long count() {
        Long n = db.tx(em -> new ActorRepository(em).countAll());
        return n;
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"fr", "en"})
    void theTemplateFileImportsAsItIs(String language) {
        Locale locale = Locale.forLanguageTag(language);
        ActorExporter exporter = new ActorExporter();
        exporter.messages = TestModules.bundles();
        String template = new String(exporter.template(locale), StandardCharsets.UTF_8);
        assertThat(template.lines().count()).isEqualTo(3);
        long before = count();
        ActorImporter.Result result = importCsv(template, locale);
        assertThat(result.isSuccess()).as(result.errors().toString()).isTrue();
        assertThat(result.imported()).isEqualTo(2);
        assertThat(count()).isEqualTo(before + 2);
    }

    @Test
    void validLinesAreAllImportedWithLabelsOrCodes() {
        ActorImporter.Result result = importCsv("""
                Nom;Catégorie;Type;Commune;Étiquettes;Posture;Influence;Intérêt;Engagement
                Ressourcerie de Quimperlé;Association;Organisation;Quimperlé;réemploi|Économie circulaire;Allié;3;5;Consulté
                Menuisier bénévole;CRAFTSPERSON;PERSON;Névez;;neutral;2;4;co-constructeur
                """, Locale.FRENCH);
        assertThat(result.isSuccess()).as(result.errors().toString()).isTrue();
        assertThat(result.imported()).isEqualTo(2);
        Actor r = db.tx(em -> new ActorRepository(em)
                        .list(new ActorFilter("Ressourcerie", null, null, null, null, null, null)))
                .get(0);
        assertThat(r.getKind()).isEqualTo(ActorKind.ASSOCIATION);
        assertThat(r.getTags()).containsExactlyInAnyOrder("réemploi", "économie circulaire");
        assertThat(r.getPosition().getStance()).isEqualTo(Stance.ALLY);
        assertThat(r.getPosition().getEngagement()).isEqualTo(EngagementLevel.CONSULTED);
        Actor m = db.tx(em ->
                        new ActorRepository(em).list(new ActorFilter("Menuisier", null, null, null, null, null, null)))
                .get(0);
        assertThat(m.getType()).isEqualTo(ActorType.PERSON);
        assertThat(m.getPosition().getEngagement()).isEqualTo(EngagementLevel.CO_BUILDER);
    }

    @Test
    void oneBadLineImportsNothingAndEveryProblemIsReportedWithItsLine() {
        long before = count();
        ActorImporter.Result result = importCsv("""
                name,kind,influence,email
                Good one,COMPANY,3,
                ,ASSOCIATION,2,
                Spaceship Ltd,SPACESHIP,9,not-an-email
                Good one,COMPANY,2,
                Atelier Z,ASSOCIATION,4,
                Blank kind,,7,
                """, Locale.ENGLISH);
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.imported()).isZero();
        assertThat(count()).isEqualTo(before);
        List<String> lines = result.errors().stream()
                .map(ValidationFailure.Violation::toString)
                .toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Line 3:").contains("Name"));
        assertThat(lines)
                .anySatisfy(l -> assertThat(l)
                        .startsWith("Line 4:")
                        .contains("unknown value “SPACESHIP”")
                        .contains("Association"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Line 4:").contains("“9” is not a rating"));
        assertThat(lines)
                .anySatisfy(l -> assertThat(l).startsWith("Line 4:").contains("Email: is not an e-mail address"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Line 5:").contains("already appears on line 2"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Line 6:").contains("already exists"));
        assertThat(lines).noneMatch(l -> l.startsWith("Line 2:"));
        // a line with two problems names both: the missing kind is not hidden by the bad rating
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Line 7:").contains("“7” is not a rating"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Line 7:").contains("Kind"));
    }

    @Test
    void headerProblemsAreReportedBeforeAnyLine() {
        ActorImporter.Result result = importCsv("Nom;Couleur\nX;rouge\n", Locale.FRENCH);
        assertThat(result.errors())
                .extracting(ValidationFailure.Violation::message)
                .anySatisfy(m -> assertThat(m).contains("Colonne inconnue «\u202FCouleur\u202F»"))
                .anySatisfy(m -> assertThat(m).contains("Colonne obligatoire absente\u202F: «\u202FCatégorie\u202F»"));
        assertThat(importCsv("", Locale.FRENCH).errors()).hasSize(1);
        assertThat(importCsv("Nom;Catégorie\n", Locale.FRENCH).errors().get(0).message())
                .contains("qu’un en-tête");
        assertThat(importCsv("Nom;Catégorie\n\"X;Association\n", Locale.FRENCH)
                        .errors()
                        .get(0)
                        .message())
                .contains("Guillemets non refermés");
    }

    @Test
    void anExportedFileImportsBackIntoAnEmptyRegistry() {
        byte[] csv = db.tx(em -> {
            ActorExporter exporter = new ActorExporter();
            exporter.repository = new ActorRepository(em);
            exporter.messages = TestModules.bundles();
            return exporter.csv(
                    new ActorFilter(null, null, Set.of(), Set.of(), Set.of(), Set.of("fablab"), null), Locale.FRENCH);
        });
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFNom;Type;Catégorie;Commune");

        try (JpaTestSupport empty = JpaTestSupport.core()) {
            ActorImporter.Result result = empty.tx(em -> importer(em).importCsv(text, Locale.FRENCH));
            assertThat(result.errors()).isEmpty();
            assertThat(result.imported()).isEqualTo(3);
            List<Actor> actors = empty.tx(em -> new ActorRepository(em).list(ActorFilter.none()));
            Actor atelier = actors.stream()
                    .filter(a -> a.getName().equals("Atelier Z"))
                    .findFirst()
                    .orElseThrow();
            assertThat(atelier.getTags()).containsExactlyInAnyOrder("tiers-lieu", "fablab", "noyau dur");
            assertThat(atelier.getWebsite()).isEqualTo("https://atelier-z.example");
            assertThat(atelier.getPosition().getInfluence()).isEqualTo(4);
        }
    }

    @Test
    void theExcelExportIsAWorkbook() {
        byte[] xlsx = db.tx(em -> {
            ActorExporter exporter = new ActorExporter();
            exporter.repository = new ActorRepository(em);
            exporter.messages = TestModules.bundles();
            return exporter.xlsx(ActorFilter.none(), Locale.ENGLISH);
        });
        assertThat(xlsx).startsWith('P', 'K');
        assertThat(xlsx.length).isGreaterThan(2000);
    }
}
