package fr.tierslieu.core.domain.strategy;

/**
 * The MACTOR method of actor strategy analysis (Méthode ACTeurs, Objectifs, Rapports de force),
 * as published by Michel Godet and the LIPSOR (CNAM): M. Godet, <i>Manuel de prospective
 * stratégique</i>, tome 2, Dunod, ch. 5; F. Bourse, LIPSOR working papers "MACTOR, mode d'emploi".
 * Pure functions over small dense matrices; all formulas below, with n actors and m objectives:
 *
 * <ul>
 *   <li><b>MIDI</b> (direct and indirect influences):
 *       {@code MIDI_ij = MID_ij + Σ_k min(MID_ik, MID_kj)}. The diagonal of MID is 0; the diagonal
 *       of MIDI is not (an actor's influence on itself through others).</li>
 *   <li><b>Influence</b> {@code M_i = Σ_j MIDI_ij} and <b>dependence</b> {@code D_i = Σ_j MIDI_ji},
 *       diagonal included, as the LIPSOR software computes them.</li>
 *   <li><b>Balance of power</b>
 *       {@code r_i = ((M_i − MIDI_ii) / Σ_j M_j) · (M_i / (M_i + D_i))}, and normalised
 *       {@code r*_i = n · r_i / Σ_j r_j} (mean 1). When no actor has any influence, every
 *       {@code r*_i} is 1; an actor with {@code M_i + D_i = 0} has {@code r_i = 0}.</li>
 *   <li><b>Positions</b>: 2MAO is entered (−4…+4); {@code 1MAO = sign(2MAO)};
 *       {@code 3MAO_ij = 2MAO_ij · r*_i}.</li>
 *   <li><b>Convergences</b> for k = 1, 2, 3:
 *       {@code kCAA_il = ½ Σ_j (|kMAO_ij| + |kMAO_lj|)} over objectives j where both positions
 *       are non-zero with the same sign; <b>divergences</b> {@code kDAA_il} the same over opposite
 *       signs. With k = 1 this counts the objectives (simple), with k = 2 it is valued, with
 *       k = 3 weighted by the balance of power. Both matrices are symmetric; their diagonal is 0.</li>
 *   <li>Per objective j: <b>mobilisation</b> {@code Σ_i |3MAO_ij|}, <b>support</b>
 *       {@code Σ_i max(3MAO_ij, 0)} and <b>opposition</b> {@code Σ_i min(3MAO_ij, 0)} (≤ 0).</li>
 * </ul>
 * Cost: O(n³ + n²·m). Inputs are checked by {@link MactorInput#problems()}.
 */
public final class Mactor {

    public static final int MAX_INFLUENCE = 4;
    public static final int MAX_POSITION = 4;

    private Mactor() {}

    public static MactorResult compute(MactorInput input) {
        int n = input.actors().size();
        int m = input.objectives().size();
        int[][] mid = input.mid();
        int[][] pos = input.positions();

        int[][] midi = new int[n][n];
        for (int i = 0; i < n; i++) {
            int[] rowI = mid[i];
            for (int j = 0; j < n; j++) {
                int sum = rowI[j];
                for (int k = 0; k < n; k++) {
                    sum += Math.min(rowI[k], mid[k][j]);
                }
                midi[i][j] = sum;
            }
        }
        double[] influence = new double[n];
        double[] dependence = new double[n];
        double totalInfluence = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                influence[i] += midi[i][j];
                dependence[j] += midi[i][j];
            }
        }
        for (int i = 0; i < n; i++) {
            totalInfluence += influence[i];
        }
        double[] r = new double[n];
        double sumR = 0;
        for (int i = 0; i < n; i++) {
            double md = influence[i] + dependence[i];
            r[i] = totalInfluence == 0 || md == 0
                    ? 0
                    : ((influence[i] - midi[i][i]) / totalInfluence) * (influence[i] / md);
            sumR += r[i];
        }
        double[] rStar = new double[n];
        for (int i = 0; i < n; i++) {
            rStar[i] = sumR == 0 ? 1.0 : n * r[i] / sumR;
        }
        double[][] mao1 = new double[n][m];
        double[][] mao2 = new double[n][m];
        double[][] mao3 = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                mao2[i][j] = pos[i][j];
                mao1[i][j] = Integer.signum(pos[i][j]);
                mao3[i][j] = pos[i][j] * rStar[i];
            }
        }
        double[] mobilisation = new double[m];
        double[] support = new double[m];
        double[] opposition = new double[m];
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < n; i++) {
                double v = mao3[i][j];
                mobilisation[j] += Math.abs(v);
                if (v > 0) {
                    support[j] += v;
                } else {
                    opposition[j] += v;
                }
            }
        }
        return new MactorResult(
                input,
                midi,
                influence,
                dependence,
                r,
                rStar,
                mao1,
                mao3,
                new MactorResult.Matrices(agreement(mao1, true), agreement(mao2, true), agreement(mao3, true)),
                new MactorResult.Matrices(agreement(mao1, false), agreement(mao2, false), agreement(mao3, false)),
                mobilisation,
                support,
                opposition);
    }

    /** kCAA (same = true) or kDAA (same = false) from a kMAO matrix. */
    static double[][] agreement(double[][] mao, boolean same) {
        int n = mao.length;
        double[][] result = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int l = i + 1; l < n; l++) {
                double sum = 0;
                double[] a = mao[i];
                double[] b = mao[l];
                for (int j = 0; j < a.length; j++) {
                    double product = a[j] * b[j];
                    if (same ? product > 0 : product < 0) {
                        sum += Math.abs(a[j]) + Math.abs(b[j]);
                    }
                }
                result[i][l] = sum / 2;
                result[l][i] = sum / 2;
            }
        }
        return result;
    }
}
