package fr.tierslieu.core.domain.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MactorResizeTest {

    @Test
    void objectivesAreReadOnePerLineWithAStarForKeyOnes() {
        List<MactorObjective> read =
                MactorResize.parseObjectives("* Ouvrir le lieu\n\n  Financer les travaux  \r\n*   ");
        assertThat(read)
                .extracting(MactorObjective::getLabel)
                .containsExactly("Ouvrir le lieu", "Financer les travaux");
        assertThat(read).extracting(MactorObjective::isKey).containsExactly(true, false);
        assertThat(MactorResize.formatObjectives(read)).isEqualTo("* Ouvrir le lieu\nFinancer les travaux");
        assertThat(MactorResize.parseObjectives(null)).isEmpty();
    }

    @Test
    void resizingKeepsTheValuesOfActorsAndObjectivesThatStay() {
        List<Long> before = List.of(10L, 20L, 30L);
        int[][] mid = {{0, 1, 2}, {3, 0, 4}, {1, 2, 0}};
        List<MactorObjective> objectives =
                List.of(new MactorObjective("Ouvrir", true), new MactorObjective("Financer", false));
        int[][] pos = {{3, -1}, {2, 0}, {-2, 1}};

        // 20 leaves, 40 arrives, 30 comes first; « financer » stays (another case), « Animer » is new
        List<Long> after = List.of(30L, 10L, 40L);
        List<MactorObjective> objectivesAfter =
                List.of(new MactorObjective("financer", false), new MactorObjective("Animer", false));

        assertThat(MactorResize.influences(before, mid, after))
                .isDeepEqualTo(new int[][] {{0, 1, 0}, {2, 0, 0}, {0, 0, 0}});
        assertThat(MactorResize.positions(before, objectives, pos, after, objectivesAfter))
                .isDeepEqualTo(new int[][] {{1, 0}, {-1, 0}, {0, 0}});
    }
}
