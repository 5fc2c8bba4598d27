package fr.tierslieu.core.application.actor;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tierslieu.core.application.demo.CoreDemoData;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.ActorType;
import fr.tierslieu.core.domain.actor.MobilisationStatus;
import fr.tierslieu.core.domain.actor.Stance;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The registry's queries against the real schema (H2 in memory, real migrations), on the demo data. */
class ActorRepositoryTest {

    private static JpaTestSupport db;

    @BeforeAll
    static void load() {
        db = JpaTestSupport.core();
        db.run(em -> new CoreDemoData(em).load());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static <T> T repo(Function<ActorRepository, T> work) {
        return db.tx(em -> work.apply(new ActorRepository(em)));
    }

    private static List<Actor> list(ActorFilter filter) {
        return repo(r -> r.list(filter));
    }

    private static long count(ActorFilter filter) {
        Long n = repo(r -> r.count(filter));
        return n;
    }

    private static ActorFilter text(String text) {
        return new ActorFilter(text, null, null, null, null, null, null);
    }

    @Test
    void demoDataHasTheAnnouncedNumberOfActors() {
        long all = repo(ActorRepository::countAll);
        assertThat(all).isEqualTo(CoreDemoData.ACTOR_COUNT);
    }

    @Test
    void textSearchIgnoresCaseAndAccents() {
        List<Actor> found = list(text("NEVEZ"));
        assertThat(found).extracting(Actor::getName).contains("Commune de Névez", "Atelier Z");
        assertThat(list(text("inrae")))
                .extracting(Actor::getName)
                .containsExactly("Chercheur·se en sciences sociales (INRAE)", "INRAE");
    }

    @Test
    void likeWildcardsInTheSearchTextAreTakenLiterally() {
        assertThat(count(text("%"))).isZero();
        assertThat(count(text("_"))).isZero();
    }

    @Test
    void filtersCombine() {
        ActorFilter filter = new ActorFilter(
                null,
                ActorType.ORGANISATION,
                Set.of(ActorKind.ASSOCIATION),
                Set.of(MobilisationStatus.MOBILISED),
                Set.of(Stance.ALLY),
                null,
                null);
        assertThat(list(filter))
                .extracting(Actor::getName)
                .containsExactlyInAnyOrder("Atelier Z", "Bretagne Transition", "KonK Ar Lab");
    }

    @Test
    void tagFilterMatchesAnyOfTheTags() {
        ActorFilter filter = new ActorFilter(null, null, null, null, null, Set.of("fablab", "séminaires"), null);
        assertThat(list(filter))
                .extracting(Actor::getName)
                .containsExactlyInAnyOrder(
                        "Atelier Z", "KonK Ar Lab", "Charpentiers de marine de l'Aven", "Leroy Merlin", "Decathlon");
    }

    @Test
    void communeFilterIsExactButCaseInsensitive() {
        ActorFilter filter = new ActorFilter(null, null, null, null, null, null, "pont-aven");
        assertThat(count(filter)).isEqualTo(3);
    }

    @Test
    void pagesAreSortedAndCounted() {
        Page<Actor> first = repo(r -> r.search(ActorFilter.none(), ActorSort.INFLUENCE, false, 0, 5));
        assertThat(first.total()).isEqualTo(CoreDemoData.ACTOR_COUNT);
        assertThat(first.items()).hasSize(5);
        assertThat(first.items().get(0).getPosition().getInfluence()).isEqualTo(5);
        Page<Actor> last =
                repo(r -> r.search(ActorFilter.none(), ActorSort.NAME, true, CoreDemoData.ACTOR_COUNT / 5 + 1, 5));
        assertThat(last.items()).isEmpty();
    }

    @Test
    void engagementSortsByLevelNotAlphabetically() {
        List<Actor> sorted = repo(r -> r.slice(ActorFilter.none(), ActorSort.ENGAGEMENT, false, 0, 2));
        assertThat(sorted)
                .extracting(a -> a.getPosition().getEngagement().name())
                .containsOnly("SIGNATORY");
    }

    @Test
    void everySortColumnWorks() {
        for (ActorSort sort : ActorSort.values()) {
            List<Actor> slice = repo(r -> r.slice(ActorFilter.none(), sort, true, 0, 3));
            assertThat(slice).as(sort.name()).hasSize(3);
        }
    }

    @Test
    void communesAndTagsAreListedOnceSorted() {
        List<String> communes = repo(ActorRepository::communes);
        List<String> tags = repo(ActorRepository::tags);
        assertThat(communes).startsWith("Brest", "Concarneau").doesNotHaveDuplicates();
        assertThat(tags).contains("fablab", "tiers-lieu").isSorted().doesNotHaveDuplicates();
    }

    @Test
    void tiesOfAnActorAreFoundFromBothEnds() {
        long atelierZ = list(text("Atelier Z")).stream()
                .filter(a -> a.getName().equals("Atelier Z"))
                .findFirst()
                .orElseThrow()
                .getId();
        Long relationships = repo(r -> r.countRelationships(atelierZ));
        Long memberships = repo(r -> r.countMemberships(atelierZ));
        assertThat(relationships).isEqualTo(13);
        assertThat(memberships).isEqualTo(3);
    }

    @Test
    void actorsNeedingAttentionAreInfluentialAndNotOnSide() {
        List<Actor> attention = repo(r -> r.needingAttention(5, true));
        assertThat(attention).extracting(Actor::getName).containsExactly("Département du Finistère");
    }

    @Test
    void engagementIsComputedFromProjections() {
        ActorInsights insights = new ActorInsights();
        fr.tierslieu.core.domain.actor.EngagementOverview overview = db.tx(em -> {
            insights.repository = new ActorRepository(em);
            return insights.engagement(CoreDemoData.TEMPS_2);
        });
        assertThat(overview.total()).isEqualTo(CoreDemoData.ACTOR_COUNT);
        assertThat(overview.changes())
                .extracting(fr.tierslieu.core.domain.actor.EngagementOverview.Movement::name)
                .containsExactly("INRAE", "Département du Finistère");
    }
}
