package fr.tierslieu.core.domain.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 10);

    private static Actor actor(ActorType type, String name) {
        return new Actor(type, name, ActorKind.ASSOCIATION, Position.initial(), MARCH, "test");
    }

    private static Position engaged(EngagementLevel level) {
        return new Position(MobilisationStatus.MOBILISED, Stance.ALLY, 4, 4, level, MaturityLevel.CONVINCED);
    }

    @Test
    void aNewActorStartsWithOneAssessment() {
        Actor a = actor(ActorType.ORGANISATION, "  KonK Ar Lab ");
        assertThat(a.getName()).isEqualTo("KonK Ar Lab");
        assertThat(a.getAssessments()).hasSize(1);
        assertThat(a.latestAssessmentDate()).isEqualTo(MARCH);
    }

    @Test
    void repositioningKeepsADatedHistory() {
        Actor a = actor(ActorType.ORGANISATION, "INRAE");
        assertThat(a.reposition(engaged(EngagementLevel.CONSULTED), LocalDate.of(2026, 6, 12), "atelier", "bob"))
                .isTrue();
        assertThat(a.reposition(engaged(EngagementLevel.CO_BUILDER), LocalDate.of(2026, 9, 15), null, "bob"))
                .isTrue();
        assertThat(a.getAssessments())
                .extracting(s -> s.getPosition().getEngagement())
                .containsExactly(EngagementLevel.IDENTIFIED, EngagementLevel.CONSULTED, EngagementLevel.CO_BUILDER);
        assertThat(a.getPosition().getEngagement()).isEqualTo(EngagementLevel.CO_BUILDER);
    }

    @Test
    void anUnchangedPositionRecordsNothingUnlessCommented() {
        Actor a = actor(ActorType.ORGANISATION, "X");
        assertThat(a.reposition(Position.initial(), LocalDate.of(2026, 4, 1), " ", "bob"))
                .isFalse();
        assertThat(a.getAssessments()).hasSize(1);
        assertThat(a.reposition(Position.initial(), LocalDate.of(2026, 4, 1), "vu en réunion", "bob"))
                .isTrue();
        assertThat(a.getAssessments()).hasSize(2);
    }

    @Test
    void anAssessmentCannotGoBeforeTheLatestOne() {
        Actor a = actor(ActorType.ORGANISATION, "X");
        assertThatThrownBy(() -> a.reposition(engaged(EngagementLevel.INFORMED), MARCH.minusDays(1), null, "bob"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(a.getAssessments()).hasSize(1);
    }

    @Test
    void tagsAreTrimmedLowerCasedAndDeduplicated() {
        Actor a = actor(ActorType.ORGANISATION, "X");
        a.describe(
                ActorType.ORGANISATION,
                "X",
                ActorKind.COMPANY,
                " Névez ",
                null,
                "",
                null,
                null,
                null,
                Arrays.asList("Fablab", " fablab ", "", null, "Économie circulaire"));
        assertThat(a.getTags()).containsExactly("fablab", "économie circulaire");
        assertThat(a.getCommune()).isEqualTo("Névez");
        assertThat(a.getEmail()).isNull();
    }

    @Test
    void tiesCheckTheirEnds() {
        Actor org = actor(ActorType.ORGANISATION, "Commune");
        Actor person = actor(ActorType.PERSON, "Maire");
        assertThat(new Membership(person, org, " Maire ").getRole()).isEqualTo("Maire");
        assertThatThrownBy(() -> new Membership(org, person, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Relationship(org, org, RelationshipType.PARTNER, 2, null))
                .isInstanceOf(IllegalArgumentException.class);
        Relationship r = new Relationship(org, person, RelationshipType.FUNDS, 1, "");
        assertThat(r.otherEnd(org)).isSameAs(person);
        assertThat(r.getNote()).isNull();
    }

    @Test
    void quadrantsSplitBetweenTwoAndThree() {
        assertThat(Quadrant.of(3, 3)).isEqualTo(Quadrant.MANAGE_CLOSELY);
        assertThat(Quadrant.of(5, 2)).isEqualTo(Quadrant.KEEP_SATISFIED);
        assertThat(Quadrant.of(2, 5)).isEqualTo(Quadrant.KEEP_INFORMED);
        assertThat(Quadrant.of(1, 2)).isEqualTo(Quadrant.MONITOR);
        for (int influence = 1; influence <= 5; influence++) {
            for (int interest = 1; interest <= 5; interest++) {
                Quadrant q = Quadrant.of(influence, interest);
                assertThat(q == Quadrant.MANAGE_CLOSELY || q == Quadrant.KEEP_SATISFIED)
                        .isEqualTo(influence >= 3);
                assertThat(q == Quadrant.MANAGE_CLOSELY || q == Quadrant.KEEP_INFORMED)
                        .isEqualTo(interest >= 3);
            }
        }
    }

    @Test
    void searchTextIgnoresCaseAccentsAndSpaces() {
        assertThat(SearchText.normalize("  Névez   Œuvre  ÉCOLE ")).isEqualTo("nevez oeuvre ecole");
        assertThat(SearchText.normalize(null)).isEmpty();
        assertThat(List.of(SearchText.normalize("Trégunc"))).containsExactly("tregunc");
    }
}
