package fr.tierslieu.core.domain.actor;

import static fr.tierslieu.core.domain.actor.EngagementLevel.*;
import static org.assertj.core.api.Assertions.assertThat;

import fr.tierslieu.core.domain.actor.EngagementOverview.Dated;
import fr.tierslieu.core.domain.actor.EngagementOverview.Direction;
import fr.tierslieu.core.domain.actor.EngagementOverview.History;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngagementOverviewTest {

    private static final LocalDate T1 = LocalDate.of(2026, 3, 10);
    private static final LocalDate T2 = LocalDate.of(2026, 6, 12);
    private static final LocalDate T3 = LocalDate.of(2026, 9, 15);

    private final List<History> actors = List.of(
            new History(
                    1,
                    "INRAE",
                    CO_BUILDER,
                    List.of(new Dated(T1, INFORMED), new Dated(T2, CONSULTED), new Dated(T3, CO_BUILDER))),
            new History(2, "Département", INFORMED, List.of(new Dated(T1, CONSULTED), new Dated(T3, INFORMED))),
            new History(3, "Atelier Z", SIGNATORY, List.of(new Dated(T1, SIGNATORY))),
            new History(4, "Ressourcerie", IDENTIFIED, List.of(new Dated(T3, IDENTIFIED))));

    @Test
    void countsActorsPerLevelToday() {
        EngagementOverview o = EngagementOverview.compute(actors, T2);
        assertThat(o.countsNow())
                .containsEntry(CO_BUILDER, 1L)
                .containsEntry(INFORMED, 1L)
                .containsEntry(SIGNATORY, 1L)
                .containsEntry(IDENTIFIED, 1L)
                .containsEntry(FUNDER, 0L);
        assertThat(o.total()).isEqualTo(4);
        assertThat(o.committed())
                .as("co-builder, signatory and funder count; informed and identified do not")
                .isEqualTo(2);
    }

    @Test
    void comparesWithTheLevelAtTheChosenDate() {
        EngagementOverview o = EngagementOverview.compute(actors, T2);
        assertThat(o.movements())
                .extracting(EngagementOverview.Movement::name, EngagementOverview.Movement::direction)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("INRAE", Direction.UP),
                        org.assertj.core.groups.Tuple.tuple("Département", Direction.DOWN),
                        org.assertj.core.groups.Tuple.tuple("Atelier Z", Direction.SAME),
                        org.assertj.core.groups.Tuple.tuple("Ressourcerie", Direction.NEW));
        assertThat(o.count(Direction.UP)).isEqualTo(1);
        assertThat(o.changes()).hasSize(3);
        assertThat(o.movements().get(0).steps()).isEqualTo(1);
        assertThat(o.movements().get(1).steps()).isEqualTo(-1);
    }

    @Test
    void anAssessmentOnTheChosenDayCounts() {
        assertThat(EngagementOverview.levelAt(actors.get(0).assessments(), T2)).isEqualTo(CONSULTED);
        assertThat(EngagementOverview.levelAt(actors.get(0).assessments(), T1.minusDays(1)))
                .isNull();
        EngagementOverview sinceToday = EngagementOverview.compute(actors, T3);
        assertThat(sinceToday.count(Direction.SAME)).isEqualTo(4);
    }
}
