package fr.tierslieu.core.application.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tierslieu.core.application.roadmap.RoadmapService;
import fr.tierslieu.core.application.roadmap.RoadmapView;
import fr.tierslieu.core.application.roadmap.TaskDraft;
import fr.tierslieu.core.application.strategy.MactorService;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.ActorType;
import fr.tierslieu.core.domain.actor.Position;
import fr.tierslieu.core.domain.project.Project;
import fr.tierslieu.core.domain.project.Raci;
import fr.tierslieu.core.domain.project.ResourceKind;
import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.domain.strategy.MactorAnalysis;
import fr.tierslieu.core.domain.strategy.MactorObjective;
import fr.tierslieu.core.module.RoadmapContributor;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.TestModules;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Projects, roadmap and MACTOR analyses on the real migrated schema, outside the container. */
class ProjectRoadmapMactorTest {

    static final Locale FR = Locale.FRENCH;
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private JpaTestSupport db;

    @BeforeEach
    void setUp() {
        db = JpaTestSupport.core();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    ProjectService projects(EntityManager em) {
        ProjectService s = new ProjectService();
        s.em = em;
        s.validation = TestModules.validation();
        s.messages = TestModules.bundles();
        return s;
    }

    RoadmapService roadmap(EntityManager em, List<RoadmapContributor> contributors) {
        return new RoadmapService(em, TestModules.bundles(), projects(em)) {
            @Override
            protected Iterable<RoadmapContributor> contributors() {
                return contributors;
            }
        };
    }

    MactorService mactor(EntityManager em) {
        return new MactorService(em, TestModules.bundles(), projects(em));
    }

    long actor(String name) {
        return db.tx(em -> {
            Actor a = new Actor(ActorType.ORGANISATION, name, ActorKind.ASSOCIATION, Position.initial(), TODAY, "test");
            em.persist(a);
            em.flush();
            return a.getId();
        });
    }

    long project(String name) {
        ProjectDraft d = new ProjectDraft();
        d.setName(name);
        return db.tx(em -> projects(em).create(d, FR).getId());
    }

    @Test
    void projectRoundTripWithTagsLinksPartnersAndResources() {
        long lead = actor("Atelier Z");
        ProjectDraft d = new ProjectDraft();
        d.setName("Tiers-lieu");
        d.setLeadId(lead);
        d.setTags("fablab, tiers-lieu , fablab");
        d.setLinks("Note | https://example.org/note\nhttps://example.org/b");
        long id = db.tx(em -> projects(em).create(d, FR).getId());
        db.run(em -> {
            projects(em).addPartner(id, lead, "Animation", Raci.ACCOUNTABLE, FR);
            projects(em).addResource(id, lead, ResourceKind.VOLUNTEER_HOURS, new BigDecimal("120"), "chantiers", FR);
        });
        db.run(em -> {
            Project p = projects(em).get(id);
            assertThat(p.getTags()).containsExactly("fablab", "tiers-lieu");
            assertThat(p.getLinks()).extracting(l -> l.getLabel()).containsExactly("Note", "https://example.org/b");
            assertThat(p.getLead().getName()).isEqualTo("Atelier Z");
            assertThat(projects(em).partners(id)).hasSize(1);
            assertThat(projects(em).resources(id).get(0).getAmount()).isEqualByComparingTo("120");
        });
        long other = actor("INRAE");
        assertThatThrownBy(() -> db.run(em -> projects(em).addPartner(id, other, "animation", Raci.ACCOUNTABLE, FR)))
                .isInstanceOf(ValidationFailure.class)
                .hasMessageContaining("raci");
    }

    @Test
    void invalidProjectIsRefusedFieldByField() {
        ProjectDraft d = new ProjectDraft();
        d.setName(" ");
        d.setStartDate(TODAY);
        d.setEndDate(TODAY.minusDays(1));
        d.setLinks("ok | https://x.org\nnot a link");
        assertThatThrownBy(() -> db.run(em -> projects(em).create(d, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .contains("name", "endDate", "links"));
        long count = db.tx(em -> projects(em).count());
        assertThat(count).isZero();
    }

    @Test
    void staleVersionIsAConflict() {
        long id = project("P");
        ProjectDraft d = db.tx(em -> ProjectDraft.of(projects(em).get(id)));
        ProjectDraft again = db.tx(em -> ProjectDraft.of(projects(em).get(id)));
        d.setName("P1");
        db.run(em -> projects(em).update(d, FR));
        again.setName("P2");
        assertThatThrownBy(() -> db.run(em -> projects(em).update(again, FR)))
                .isInstanceOf(ConcurrentEditException.class);
    }

    TaskDraft task(String name, int days) {
        TaskDraft t = new TaskDraft();
        t.setName(name);
        t.setDurationDays(days);
        return t;
    }

    @Test
    void roadmapIsScheduledWithContributedMilestonesAndRefusesCycles() {
        long id = project("P");
        long a = db.tx(
                em -> roadmap(em, List.of()).saveTask(id, task("Étude", 5), FR).getId());
        long b = db.tx(em ->
                roadmap(em, List.of()).saveTask(id, task("Dossier", 5), FR).getId());
        long c = db.tx(
                em -> roadmap(em, List.of()).saveTask(id, task("Vote", 1), FR).getId());
        db.run(em -> roadmap(em, List.of()).addLink(a, b, 0, FR));
        db.run(em -> roadmap(em, List.of()).addLink(b, c, 2, FR));
        assertThatThrownBy(() -> db.run(em -> roadmap(em, List.of()).addLink(c, a, 0, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations().get(0).message())
                                .contains(
                                        "«\u202FÉtude\u202F» → «\u202FDossier\u202F» → «\u202FVote\u202F» → «\u202FÉtude\u202F»"));
        List<?> links = db.tx(em -> roadmap(em, List.of()).links(id));
        assertThat(links).hasSize(2);

        RoadmapContributor module = (projectId, locale) -> List.of(
                new RoadmapContributor.Milestone("governance", "ag", "AG", LocalDate.of(2026, 6, 5), null),
                new RoadmapContributor.Milestone("governance", "past", "AG passée", LocalDate.of(2025, 6, 5), null));
        RoadmapView view = db.tx(em -> roadmap(em, List.of(module)).view(id, FR, TODAY));
        assertThat(view.contributed()).hasSize(2);
        assertThat(view.schedule().tasks()).hasSize(5);
        assertThat(view.scheduleOf(-2).earliestStart()).isEqualTo(LocalDate.of(2025, 6, 5)); // past: a fact, no warning
        assertThat(view.scheduleOf(c).earliestStart()).isEqualTo(LocalDate.of(2026, 3, 18));
        assertThat(view.warnings()).isEmpty();
    }

    @Test
    void impossibleDeadlineIsExplained() {
        long id = project("P");
        long a = db.tx(
                em -> roadmap(em, List.of()).saveTask(id, task("Étude", 10), FR).getId());
        TaskDraft due = task("Dépôt", 2);
        due.setFixedDate(LocalDate.of(2026, 3, 6));
        long b = db.tx(em -> roadmap(em, List.of()).saveTask(id, due, FR).getId());
        db.run(em -> roadmap(em, List.of()).addLink(a, b, 0, FR));
        RoadmapView view = db.tx(em -> roadmap(em, List.of()).view(id, FR, TODAY));
        assertThat(view.warnings())
                .anyMatch(w -> w.contains("«\u202FDépôt\u202F» ne peut pas tenir sa date du 06/03/2026")
                        && w.contains("«\u202FÉtude\u202F» → «\u202FDépôt\u202F»"));
    }

    @Test
    void theWeeklyDigestNamesTheTasksThatShouldHaveStarted() {
        long id = project("Recyclerie");
        long a = db.tx(
                em -> roadmap(em, List.of()).saveTask(id, task("Étude", 10), FR).getId());
        TaskDraft due = task("Dépôt", 2);
        due.setFixedDate(LocalDate.of(2026, 3, 6));
        long b = db.tx(em -> roadmap(em, List.of()).saveTask(id, due, FR).getId());
        db.run(em -> roadmap(em, List.of()).addLink(a, b, 0, FR));
        List<String> lines = db.tx(em ->
                new fr.tierslieu.core.application.roadmap.RoadmapDigest(em, TestModules.bundles()).digest(FR, TODAY));
        assertThat(lines)
                .anySatisfy(l -> assertThat(l)
                        .startsWith("Feuille de route «\u202FRecyclerie\u202F»")
                        .contains("«\u202FÉtude\u202F» aurait dû commencer"));
        // a project without a late task says nothing
        project("Sans tâche");
        assertThat(lines).noneMatch(l -> l.contains("Sans tâche"));
    }

    @Test
    void badTaskIsRefused() {
        long id = project("P");
        TaskDraft bad = task("", 0);
        bad.setNotBefore(LocalDate.of(2026, 5, 1));
        bad.setFixedDate(LocalDate.of(2026, 4, 1));
        assertThatThrownBy(() -> db.run(em -> roadmap(em, List.of()).saveTask(id, bad, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .containsExactly("taskName", "duration", "fixedDate"));
    }

    @Test
    void mactorAnalysisStoresMatricesAndForgetsDeletedActors() {
        long id = project("P");
        long x = actor("X");
        long y = actor("Y");
        long z = actor("Z");
        long analysis = db.tx(em -> mactor(em).create(id, "Temps 1", TODAY, FR).getId());
        db.run(em -> mactor(em)
                .save(
                        analysis,
                        1L,
                        "Temps 1",
                        TODAY,
                        null,
                        List.of(x, y, z),
                        List.of(new MactorObjective("O1", true), new MactorObjective("O2", false)),
                        new int[][] {{0, 2, 1}, {1, 0, 3}, {0, 1, 0}},
                        new int[][] {{3, -2}, {2, 1}, {-1, 0}},
                        FR));
        db.run(em -> {
            MactorAnalysis a = mactor(em).get(analysis);
            assertThat(a.mid()).isDeepEqualTo(new int[][] {{0, 2, 1}, {1, 0, 3}, {0, 1, 0}});
            assertThat(mactor(em).result(a).riStar()[0])
                    .isCloseTo(1.694057916509966, org.assertj.core.data.Offset.offset(1e-9));
        });
        assertThatThrownBy(() -> db.run(em -> mactor(em)
                        .save(
                                analysis,
                                2L,
                                "Temps 1",
                                TODAY,
                                null,
                                List.of(x, y),
                                List.of(new MactorObjective("O1", true)),
                                new int[][] {{0, 5}, {1, 0}},
                                new int[][] {{1}, {9}},
                                FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .containsExactly("mid[0][1]", "positions[1][0]"));
        db.run(em -> mactor(em).onActorDeleted(new fr.tierslieu.core.module.ActorDeleted(y, "Y")));
        db.run(em -> {
            MactorAnalysis a = mactor(em).get(analysis);
            assertThat(a.getActors()).extracting(Actor::getName).containsExactly("X", "Z");
            assertThat(a.mid()).isDeepEqualTo(new int[][] {{0, 1}, {0, 0}});
            assertThat(a.positions()).isDeepEqualTo(new int[][] {{3, -2}, {-1, 0}});
        });
    }

    @Test
    void deletingAProjectDeletesWhatHangsOnIt() {
        long id = project("P");
        long a = db.tx(
                em -> roadmap(em, List.of()).saveTask(id, task("A", 1), FR).getId());
        long b = db.tx(
                em -> roadmap(em, List.of()).saveTask(id, task("B", 1), FR).getId());
        db.run(em -> roadmap(em, List.of()).addLink(a, b, 0, FR));
        db.run(em -> mactor(em).create(id, "T1", TODAY, FR));
        List<fr.tierslieu.core.module.ProjectDeleted> told = new java.util.ArrayList<>();
        db.run(em -> {
            ProjectService s = projects(em);
            s.projectDeleted = new RecordingEvent<>(told);
            s.delete(id, null);
        });
        assertThat(told)
                .as("modules are told, in the deleting transaction")
                .containsExactly(new fr.tierslieu.core.module.ProjectDeleted(id, "P"));
        long tasks = db.tx(em ->
                em.createQuery("select count(t) from RoadmapTask t", Long.class).getSingleResult());
        long analyses = db.tx(em -> em.createQuery("select count(a) from MactorAnalysis a", Long.class)
                .getSingleResult());
        assertThat(tasks).isZero();
        assertThat(analyses).isZero();
        // every removed record is in the audit log, not only the project (no bulk delete bypasses it)
        List<String> deleted = db.tx(em -> em.createQuery(
                        "select concat(e.entityType, ':', e.entityId) from AuditEntry e "
                                + "where e.action = fr.tierslieu.core.domain.audit.AuditAction.DELETE",
                        String.class)
                .getResultList());
        assertThat(deleted)
                .contains("core.RoadmapTask:" + a, "core.RoadmapTask:" + b, "core.Project:" + id)
                .anyMatch(e -> e.startsWith("core.RoadmapLink:"))
                .anyMatch(e -> e.startsWith("core.MactorAnalysis:"));
    }

    @Test
    void needsStillToMobiliseAreCheckedListedByStatusAndInTheRoadmapPdfAndWorkbook() {
        long id = project("Tiers-lieu");
        long adem = actor("ADEME Bretagne");
        db.run(em -> projects(em)
                .addNeed(
                        id,
                        fr.tierslieu.core.domain.project.NeedKind.FINANCIAL,
                        "Bouclage du plan de financement des travaux",
                        new BigDecimal("45000"),
                        null,
                        adem,
                        FR));
        long study = db.tx(em -> projects(em)
                .addNeed(
                        id,
                        fr.tierslieu.core.domain.project.NeedKind.STUDY,
                        "Étude de programmation des bâtiments de la ferme",
                        new BigDecimal("8000"),
                        10,
                        null,
                        FR)
                .getId());
        db.run(em -> projects(em).setNeedStatus(study, fr.tierslieu.core.domain.project.NeedStatus.COVERED));
        List<fr.tierslieu.core.domain.project.ProjectNeed> needs =
                db.tx(em -> projects(em).needs(id));
        assertThat(needs).extracting(n -> n.getStatus().name()).containsExactly("TO_FIND", "COVERED");
        assertThat(needs.get(0).getActor().getName()).isEqualTo("ADEME Bretagne");
        assertThat(needs.get(1).getKind().recommendation()).isTrue();
        assertThatThrownBy(() ->
                        db.run(em -> projects(em).addNeed(id, null, " ", new BigDecimal("-1"), 20_000, 999_999L, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .containsExactly("needKind", "needDescription", "needAmount", "needDays", "needActor"));
        byte[] pdf = db.tx(em -> new fr.tierslieu.core.application.roadmap.RoadmapExporter(TestModules.bundles())
                .pdf(
                        projects(em).get(id),
                        roadmap(em, List.of()).view(id, FR, TODAY),
                        projects(em).needs(id),
                        FR));
        String text = fr.tierslieu.core.testsupport.PdfText.of(pdf);
        assertThat(text).contains("Bouclage du plan de financement", "45\u202F000 €", "Étude préconisée", "Couvert");
        assertThat(fr.tierslieu.core.testsupport.PdfText.frenchProblems(text)).isEmpty();
        byte[] xlsx = db.tx(em -> new fr.tierslieu.core.application.roadmap.RoadmapExporter(TestModules.bundles())
                .xlsx(
                        projects(em).get(id),
                        roadmap(em, List.of()).view(id, FR, TODAY),
                        projects(em).needs(id),
                        FR));
        try (var book = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheets = book.getSheets().toList();
            assertThat(sheets).hasSize(2);
            assertThat(sheets.get(1).getName()).startsWith("Besoins restant");
            var rows = sheets.get(1).read();
            assertThat(rows.get(1).getCellText(1)).isEqualTo("Bouclage du plan de financement des travaux");
            assertThat(rows.get(1).getCellAsNumber(2))
                    .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("45000"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // deleting the project deletes its needs
        db.run(em -> projects(em).delete(id, null));
        assertThat(db.<Long>tx(em -> em.createQuery("select count(n) from ProjectNeed n", Long.class)
                        .getSingleResult()))
                .isZero();
    }

    /** A CDI event that records what is fired (outside the container). */
    record RecordingEvent<T>(List<T> fired) implements jakarta.enterprise.event.Event<T> {
        @Override
        public void fire(T event) {
            fired.add(event);
        }

        @Override
        public <U extends T> java.util.concurrent.CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> java.util.concurrent.CompletionStage<U> fireAsync(
                U event, jakarta.enterprise.event.NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public jakarta.enterprise.event.Event<T> select(java.lang.annotation.Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends T> jakarta.enterprise.event.Event<U> select(
                Class<U> subtype, java.lang.annotation.Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> jakarta.enterprise.event.Event<U> select(
                jakarta.enterprise.util.TypeLiteral<U> subtype, java.lang.annotation.Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
