package fr.tierslieu.core.application.experience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.tierslieu.core.domain.experience.Experience;
import fr.tierslieu.core.domain.experience.ExperienceDraft;
import fr.tierslieu.core.domain.experience.LegalForm;
import fr.tierslieu.core.domain.experience.Lesson;
import fr.tierslieu.core.domain.experience.LessonKind;
import fr.tierslieu.core.domain.experience.Offer;
import fr.tierslieu.core.domain.experience.SizeClass;
import fr.tierslieu.core.domain.project.FindingKind;
import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.module.LessonShared;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.TestModules;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The experience library on the real schema: checks, search and distances, CSV both ways, lessons written back. */
class ExperienceServiceTest {

    static final Locale FR = Locale.FRENCH;
    private JpaTestSupport db;

    @BeforeEach
    void setUp() {
        db = JpaTestSupport.core();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    static ExperienceService service(EntityManager em) {
        return new ExperienceService(em, TestModules.validation(), TestModules.bundles());
    }

    void demo() {
        db.run(em -> new ExperienceDemoData(em).load());
    }

    @Test
    void aSheetIsRefusedFieldByFieldAndAStaleCopyIsRefused() {
        ExperienceDraft bad = new ExperienceDraft();
        bad.setName("  ");
        bad.setLatitude(120.0);
        bad.setEmail("pas-une-adresse");
        bad.setOwnResourcesPct(140);
        bad.setDepartment("Finistère");
        assertThatThrownBy(() -> db.run(em -> service(em).create(bad, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        e -> assertThat(e.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .containsExactly("name", "department", "latitude", "ownResourcesPct", "email"));
        assertThat(db.<Long>tx(em -> service(em).count())).isZero();

        ExperienceDraft good = new ExperienceDraft();
        good.setName(" La Grange ");
        good.setCommune("Riec-sur-Bélon");
        good.setOffers(java.util.EnumSet.of(Offer.EVENTS));
        long id = db.tx(em -> service(em).create(good, FR).getId());
        Experience read = db.tx(em -> service(em).get(id));
        assertThat(read.getName()).isEqualTo("La Grange");
        ExperienceDraft change = read.draft();
        change.setBudget(80_000L);
        db.run(em -> service(em).save(id, read.getVersion(), change, FR));
        assertThatThrownBy(() -> db.run(em -> service(em).save(id, read.getVersion(), change, FR)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(db.<SizeClass>tx(em -> service(em).get(id).sizeClass())).isEqualTo(SizeClass.SMALL);
    }

    @Test
    void theDemoIsSearchedNearestFirstAndFiltered() {
        demo();
        ExperienceService.Search all = db.tx(em -> service(em).search(ExperienceService.Filter.none()));
        assertThat(all.ours().getName()).isEqualTo("Atelier Z");
        assertThat(all.total()).isEqualTo(12);
        assertThat(all.rows().get(0).experience().getName()).isEqualTo("L’Atelier des peintres");
        // Névez – Pont-Aven as the crow flies: 0.0356° of latitude (3.96 km) and 0.0442° of longitude
        // at 47.8° (3.30 km), so 5.15 km
        assertThat(all.rows().get(0).distanceKm()).isCloseTo(5.15, within(0.05));
        assertThat(all.rows().get(all.rows().size() - 1).experience().getCommune())
                .isEqualTo("Melle");

        assertThat(names(new ExperienceService.Filter(null, null, null, null, 30)))
                .containsExactly("L’Atelier des peintres", "La Criée partagée", "Le Moulin des Communs");
        assertThat(names(new ExperienceService.Filter(null, Offer.FABLAB, null, null, null)))
                .containsExactly("Fablab de l’Odet", "Base des Possibles", "Les Ateliers du Plateau");
        assertThat(names(new ExperienceService.Filter(null, null, LegalForm.SCIC, SizeClass.MEDIUM, null)))
                .containsExactly("La Conserverie", "Ferme de la Coopération");
        assertThat(names(new ExperienceService.Filter("quimper", null, null, null, null)))
                .containsExactly("Le Moulin des Communs", "Fablab de l’Odet");
    }

    private List<String> names(ExperienceService.Filter f) {
        return db.tx(em -> service(em).search(f).rows().stream()
                .map(r -> r.experience().getName())
                .toList());
    }

    static final String CENSUS = String.join(
            "\n",
            "ID,NOM_TL,ADRESSE,CP,COMINIT,INSEECOM,NOMCOM,WEB,TWITTER,FACEBOOK,TYPO,LAT,LONG,GEOCOD,PRECISION,CONTACT,MAIL,METRO,NOMMETRO,INSEEREG,NOMREG,INSEEMETRO,INSEEDEP",
            "1,ADE Coworking,9 Rue du Petit Châtelier,44300,Nantes,44109,Nantes,www.ade-coworking.net,,,Tiers lieux à dominante coworking,47.245935,-1.505602,x,0.94,,,1,Nantes Métropole,52,Pays de la Loire,44109,44",
            "26,CoWorking Moulins,1 place de Lattre de Tassigny,0,MOULINS,0,Moulins,,,,Tiers lieux à dominante coworking,46.562286,3.331255,x,0.99,,,0,,84,Auvergne et Rhône-Alpes,03190,03",
            "99,Fab Lab des Marais,2 rue du Port,85000,Luçon,85128,Luçon,,,,Fablab et atelier de fabrication numérique,46.4547,-1.1660,x,0.9,,,0,,52,Pays de la Loire,85128,85");

    @Test
    void theCensusFileImportsAsItIsAndAgainWithoutDuplicates() {
        ExperienceService.Imported first = db.tx(em -> service(em).importCsv(CENSUS, FR));
        assertThat(first.errors()).isEmpty();
        assertThat(first.created()).isEqualTo(3);
        Experience moulins = db.tx(em -> service(em)
                .search(new ExperienceService.Filter("moulins", null, null, null, null))
                .rows()
                .get(0)
                .experience());
        assertThat(moulins.getPostcode())
                .as("the census writes 0 for an unknown postcode")
                .isNull();
        assertThat(moulins.getDepartment()).isEqualTo("03");
        assertThat(moulins.getOffers()).containsExactly(Offer.COWORKING);
        assertThat(moulins.getLatitude()).isEqualTo(46.562286);
        assertThat(db.<java.util.Set<Offer>>tx(em -> service(em)
                        .search(new ExperienceService.Filter("marais", null, null, null, null))
                        .rows()
                        .get(0)
                        .experience()
                        .getOffers()))
                .containsExactly(Offer.FABLAB, Offer.SHARED_WORKSHOP);

        ExperienceService.Imported again =
                db.tx(em -> service(em).importCsv(CENSUS.replace("ADE Coworking", "ADE"), FR));
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(3);
        assertThat(db.<Long>tx(em -> service(em).count())).isEqualTo(3);
    }

    @Test
    void aWrongLineImportsNothingAndNamesItsLineAndColumn() {
        String file = "NOM_TL;NOMCOM;LAT;LONG;FORME_JURIDIQUE;OFFRES;BUDGET;PART_RESSOURCES_PROPRES\n"
                + "Lieu A;Brest;48,39;-4,48;Association;Coworking|FABLAB;120 000;55\n"
                + "Lieu B;Brest;cent;-4,48;SARL;Coworking|Piscine;12;140\n"
                + ";Morlaix;;;;;;\n"
                + "Lieu A;Brest;;;;;;\n";
        ExperienceService.Imported r = db.tx(em -> service(em).importCsv(file, FR));
        assertThat(r.created()).isZero();
        assertThat(r.errors())
                .extracting(ValidationFailure.Violation::field)
                .containsExactly("Ligne 3", "Ligne 3", "Ligne 3", "Ligne 3", "Ligne 4", "Ligne 5");
        assertThat(r.errors().get(0).message()).contains("LAT").contains("cent");
        assertThat(r.errors().get(1).message()).contains("FORME_JURIDIQUE").contains("SARL");
        assertThat(r.errors().get(2).message()).contains("OFFRES").contains("Piscine");
        assertThat(r.errors().get(3).message())
                .contains("PART_RESSOURCES_PROPRES")
                .contains("au plus 100");
        assertThat(r.errors().get(4).message()).contains("NOM_TL").contains("obligatoire");
        assertThat(r.errors().get(5).message()).contains("ligne 2");
        assertThat(db.<Long>tx(em -> service(em).count())).isZero();
    }

    @Test
    void theExportReadsBackTheSameSheetsFiguresAndLessons() {
        demo();
        String csv = db.tx(em -> service(em).exportCsv(ExperienceService.Filter.none(), FR));
        assertThat(csv)
                .startsWith("\uFEFFID;NOM_TL;ADRESSE;CP;NOMCOM;INSEEDEP;NOMREG;LAT;LONG;TYPO;WEB;MAIL;FORME_JURIDIQUE");
        assertThat(csv.lines()).hasSize(14);
        tearDown();
        setUp();
        ExperienceService.Imported r = db.tx(em -> service(em).importCsv(csv, FR));
        assertThat(r.errors()).isEmpty();
        assertThat(r.created()).isEqualTo(13);
        Experience lorient = db.tx(em -> service(em)
                .search(new ExperienceService.Filter("lorient", null, null, null, null))
                .rows()
                .get(0)
                .experience());
        assertThat(lorient.getLegalForm()).isEqualTo(LegalForm.SCIC);
        assertThat(lorient.getBudget()).isEqualTo(620_000L);
        assertThat(lorient.getStaffFte()).isEqualTo(7.5);
        assertThat(lorient.getOffers()).contains(Offer.SEMINARS);
        assertThat(lorient.getLessons())
                .extracting(Lesson::getKind)
                .containsExactly(LessonKind.SUCCESS_FACTOR, LessonKind.VIGILANCE);
        assertThat(lorient.isIllustrative()).isTrue();
    }

    @Test
    void aModuleWritesLessonsBackOncePerReferenceAndComparisonPutsOursFirst() {
        demo();
        long id = db.tx(em -> service(em)
                .search(new ExperienceService.Filter("conserverie", null, null, null, null))
                .rows()
                .get(0)
                .experience()
                .getId());
        db.run(em -> service(em)
                .onLessonShared(new LessonShared(
                        id, FindingKind.VIGILANCE, "Prévoir un parking vélo", "accès", "studytrip", "note-7")));
        db.run(em -> service(em)
                .onLessonShared(new LessonShared(
                        id, FindingKind.VIGILANCE, "Prévoir un parking vélo abrité", "accès", "studytrip", "note-7")));
        db.run(em -> service(em)
                .onLessonShared(
                        new LessonShared(999_999L, FindingKind.VIGILANCE, "nulle part", null, "studytrip", "note-8")));
        List<Lesson> lessons = db.tx(em -> service(em).get(id).getLessons());
        assertThat(lessons).hasSize(3);
        assertThat(lessons.get(2).getText()).isEqualTo("Prévoir un parking vélo abrité");
        assertThat(lessons.get(2).getOrigin()).isEqualTo("studytrip:note-7");

        List<Experience> compared = db.tx(em -> service(em).compare(List.of(id), FR));
        assertThat(compared).extracting(Experience::getName).containsExactly("Atelier Z", "La Conserverie");
        List<Long> four = db.tx(em -> service(em).search(ExperienceService.Filter.none()).rows().stream()
                .limit(4)
                .map(r -> r.experience().getId())
                .toList());
        assertThatThrownBy(() -> db.run(em -> service(em).compare(four, FR))).isInstanceOf(ValidationFailure.class);

        db.run(em -> service(em).markOurs(id));
        assertThat(db.<String>tx(em -> service(em).ours().orElseThrow().getName()))
                .isEqualTo("La Conserverie");
        assertThat(db.<Integer>tx(em ->
                        service(em).search(ExperienceService.Filter.none()).total()))
                .isEqualTo(12);
    }
}
