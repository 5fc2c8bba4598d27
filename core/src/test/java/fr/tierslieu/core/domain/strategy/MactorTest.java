package fr.tierslieu.core.domain.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class MactorTest {

    static final double EPS = 1e-9;

    /** A small case computed by hand (and checked with exact fractions). */
    static MactorInput threeActors() {
        return new MactorInput(
                List.of("A", "B", "C"),
                List.of("O1", "O2"),
                new int[][] {{0, 2, 1}, {1, 0, 3}, {0, 1, 0}},
                new int[][] {{3, -2}, {2, 1}, {-1, 0}});
    }

    @Nested
    class HandComputed {
        final MactorResult r = Mactor.compute(threeActors());

        @Test
        void midiAddsSecondOrderInfluences() {
            assertThat(r.midi()).isDeepEqualTo(new int[][] {{1, 3, 3}, {1, 2, 4}, {1, 1, 1}});
        }

        @Test
        void influenceAndDependenceIncludeTheDiagonal() {
            assertThat(r.influence()).containsExactly(7, 7, 3);
            assertThat(r.dependence()).containsExactly(3, 6, 8);
        }

        @Test
        void balanceOfPower() {
            // r_A = (7-1)/17 · 7/10 ; r_B = (7-2)/17 · 7/13 ; r_C = (3-1)/17 · 3/11
            assertThat(r.ri()[0]).isCloseTo(6.0 / 17 * 7 / 10, within(EPS));
            assertThat(r.ri()[1]).isCloseTo(5.0 / 17 * 7 / 13, within(EPS));
            assertThat(r.ri()[2]).isCloseTo(2.0 / 17 * 3 / 11, within(EPS));
            assertThat(r.riStar()[0]).isCloseTo(1.694057916509966, within(EPS));
            assertThat(r.riStar()[1]).isCloseTo(1.0859345618653629, within(EPS));
            assertThat(r.riStar()[2]).isCloseTo(0.22000752162467094, within(EPS));
            assertThat(r.ranking()).containsExactly(0, 1, 2);
        }

        @Test
        void positions() {
            assertThat(r.mao1()[0]).containsExactly(1, -1);
            assertThat(r.mao1()[2]).containsExactly(-1, 0);
            assertThat(r.mao3()[0][0]).isCloseTo(3 * 1.694057916509966, within(EPS));
            assertThat(r.mao3()[2][1]).isZero();
        }

        @Test
        void simpleConvergenceCountsSharedObjectives() {
            assertThat(r.convergence().simple()[0][1]).isEqualTo(1);
            assertThat(r.convergence().simple()[0][2]).isZero();
            assertThat(r.divergence().simple()[0][1]).isEqualTo(1);
            assertThat(r.divergence().simple()[0][2]).isEqualTo(1);
            assertThat(r.divergence().simple()[1][2]).isEqualTo(1);
            assertThat(r.convergence().simple()[0][0]).isZero();
        }

        @Test
        void valuedAndWeighted() {
            assertThat(r.convergence().valued()[0][1]).isEqualTo(2.5);
            assertThat(r.divergence().valued()[0][1]).isEqualTo(1.5);
            assertThat(r.divergence().valued()[0][2]).isEqualTo(2.0);
            assertThat(r.convergence().weighted()[0][1]).isCloseTo(3.627021436630312, within(EPS));
            assertThat(r.divergence().weighted()[0][1]).isCloseTo(2.2370251974426476, within(EPS));
            assertThat(r.divergence().weighted()[2][0]).isCloseTo(2.6510906355772845, within(EPS));
        }

        @Test
        void perObjective() {
            assertThat(r.mobilisation()[0]).isCloseTo(7.474050394885295, within(EPS));
            assertThat(r.support()[0]).isCloseTo(7.254042873260624, within(EPS));
            assertThat(r.opposition()[0]).isCloseTo(-0.22000752162467094, within(EPS));
            assertThat(r.opposition()[1]).isCloseTo(-3.388115833019932, within(EPS));
        }

        @Test
        void rolesOnThePlane() {
            // mean M = 17/3, mean D = 17/3
            assertThat(r.role(0)).isEqualTo(MactorResult.Role.DOMINANT);
            assertThat(r.role(1)).isEqualTo(MactorResult.Role.RELAY);
            assertThat(r.role(2)).isEqualTo(MactorResult.Role.DOMINATED);
        }

        @Test
        void stanceOnKeyObjectives() {
            boolean[] key = {false, true};
            assertThat(r.stanceOn(0, key)).isEqualTo(-2);
            assertThat(r.stanceOn(1, key)).isEqualTo(1);
        }
    }

    @Test
    void whoCouldRallyOrBlockWeighsOnTheGameAndLeansOnTheKeyObjectives() {
        MactorResult r = Mactor.compute(threeActors());
        // r* = 1.69 (A), 1.09 (B), 0.22 (C): C weighs too little to count, whatever its stance
        assertThat(r.weighing(new boolean[] {false, true}, 1))
                .extracting(MactorResult.Weighty::name)
                .containsExactly("B");
        assertThat(r.weighing(new boolean[] {false, true}, -1))
                .extracting(MactorResult.Weighty::name, MactorResult.Weighty::stance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", -2));
        assertThat(r.weighing(new boolean[] {true, true}, 1))
                .extracting(MactorResult.Weighty::name)
                .containsExactly("A", "B");
        assertThat(r.weighing(new boolean[] {true, true}, -1)).isEmpty();
        assertThat(r.weighing(new boolean[] {false, false}, 1))
                .as("no key objective, no verdict")
                .isEmpty();
    }

    @Test
    void noInfluenceAtAllGivesEveryoneTheSameWeight() {
        MactorResult r = Mactor.compute(new MactorInput(
                List.of("A", "B"), List.of("O"), new int[][] {{0, 0}, {0, 0}}, new int[][] {{2}, {-3}}));
        assertThat(r.riStar()).containsExactly(1.0, 1.0);
        assertThat(r.mao3()[1][0]).isEqualTo(-3.0);
    }

    @Test
    void anActorWithNoTiesWeighsNothing() {
        MactorResult r = Mactor.compute(new MactorInput(
                List.of("A", "B", "C"), List.of("O"), new int[][] {{0, 3, 0}, {2, 0, 0}, {0, 0, 0}}, new int[][] {
                    {1}, {1}, {4}
                }));
        assertThat(r.ri()[2]).isZero();
        assertThat(r.mao3()[2][0]).isZero();
        assertThat(r.riStar()[0] + r.riStar()[1]).isCloseTo(3.0, within(EPS));
    }

    @Nested
    class Invariants {
        final Random random = new Random();

        MactorInput randomInput(int n, int m) {
            List<String> actors = new ArrayList<>();
            List<String> objectives = new ArrayList<>();
            int[][] mid = new int[n][n];
            int[][] pos = new int[n][m];
            for (int i = 0; i < n; i++) {
                actors.add("A" + i);
                for (int j = 0; j < n; j++) {
                    mid[i][j] = i == j ? 0 : random.nextInt(5);
                }
                for (int j = 0; j < m; j++) {
                    pos[i][j] = random.nextInt(9) - 4;
                }
            }
            for (int j = 0; j < m; j++) {
                objectives.add("O" + j);
            }
            return new MactorInput(actors, objectives, mid, pos);
        }

        @RepeatedTest(50)
        void holdOnRandomAnalyses() {
            int n = 2 + random.nextInt(12);
            int m = 1 + random.nextInt(10);
            MactorInput input = randomInput(n, m);
            assertThat(input.problems()).isEmpty();
            MactorResult r = Mactor.compute(input);
            double meanStar = 0;
            for (int i = 0; i < n; i++) {
                meanStar += r.riStar()[i] / n;
                assertThat(r.riStar()[i]).isNotNegative();
                for (int j = 0; j < n; j++) {
                    assertThat(r.midi()[i][j]).isGreaterThanOrEqualTo(input.mid()[i][j]);
                    for (double[][] matrix : List.of(
                            r.convergence().simple(),
                            r.convergence().valued(),
                            r.convergence().weighted(),
                            r.divergence().simple(),
                            r.divergence().valued(),
                            r.divergence().weighted())) {
                        assertThat(matrix[i][j]).isEqualTo(matrix[j][i]).isNotNegative();
                    }
                    // simple convergence + divergence never exceed the number of objectives
                    assertThat(r.convergence().simple()[i][j] + r.divergence().simple()[i][j])
                            .isLessThanOrEqualTo(m);
                }
            }
            assertThat(meanStar).isCloseTo(1.0, within(1e-9));
            double sumM = 0;
            double sumD = 0;
            for (int i = 0; i < n; i++) {
                sumM += r.influence()[i];
                sumD += r.dependence()[i];
            }
            assertThat(sumM).isEqualTo(sumD);
            for (int j = 0; j < m; j++) {
                assertThat(r.support()[j] - r.opposition()[j]).isCloseTo(r.mobilisation()[j], within(1e-9));
            }
        }
    }

    @Nested
    class Checks {
        @Test
        void validInputHasNoProblem() {
            assertThat(threeActors().problems()).isEmpty();
        }

        @Test
        void cellsOutOfRangeAreNamed() {
            MactorInput in = new MactorInput(
                    List.of("A", "B"), List.of("O"), new int[][] {{0, 5}, {1, 0}}, new int[][] {{2}, {-7}});
            assertThat(in.problems())
                    .extracting(MactorInput.Problem::path, MactorInput.Problem::code)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("mid[0][1]", "range"),
                            org.assertj.core.groups.Tuple.tuple("positions[1][0]", "range"));
        }

        @Test
        void diagonalMustBeZero() {
            MactorInput in = new MactorInput(
                    List.of("A", "B"), List.of("O"), new int[][] {{2, 1}, {1, 0}}, new int[][] {{2}, {1}});
            assertThat(in.problems()).extracting(MactorInput.Problem::path).containsExactly("mid[0][0]");
        }

        @Test
        void sizesMustAgreeWithNames() {
            MactorInput in = new MactorInput(
                    List.of("A", "B", "C"), List.of("O", "P"), new int[][] {{0, 1}, {1, 0}}, new int[][] {
                        {2, 1}, {1}, {0, 0}
                    });
            assertThat(in.problems())
                    .extracting(MactorInput.Problem::path, MactorInput.Problem::code)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("mid", "rows"),
                            org.assertj.core.groups.Tuple.tuple("positions[1]", "columns"));
        }

        @Test
        void namesMustBePresentAndDistinct() {
            MactorInput in = new MactorInput(List.of("A", " a ", ""), List.of(), new int[3][3], new int[3][0]);
            assertThat(in.problems())
                    .extracting(MactorInput.Problem::path, MactorInput.Problem::code)
                    .contains(
                            org.assertj.core.groups.Tuple.tuple("actors[1]", "duplicate"),
                            org.assertj.core.groups.Tuple.tuple("actors[2]", "blank"),
                            org.assertj.core.groups.Tuple.tuple("objectives", "missing"));
        }
    }
}
