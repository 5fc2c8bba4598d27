package fr.tierslieu.core.domain.strategy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything {@link Mactor#compute} derives from an input. Arrays are indexed like the input's
 * actors (rows) and objectives (columns).
 */
public record MactorResult(
        MactorInput input,
        int[][] midi,
        double[] influence,
        double[] dependence,
        double[] ri,
        double[] riStar,
        double[][] mao1,
        double[][] mao3,
        Matrices convergence,
        Matrices divergence,
        double[] mobilisation,
        double[] support,
        double[] opposition) {

    /** The three variants of a convergence or divergence matrix (n × n, symmetric, diagonal 0). */
    public record Matrices(double[][] simple, double[][] valued, double[][] weighted) {}

    /** Where an actor stands on the influence–dependence plane, split at the mean of each axis. */
    public enum Role {
        /** Strong influence, weak dependence: they decide. */
        DOMINANT,
        /** Strong influence and dependence: they pass on and amplify. */
        RELAY,
        /** Weak influence, strong dependence. */
        DOMINATED,
        /** Weak influence and dependence: outside the game. */
        AUTONOMOUS
    }

    public Role role(int actor) {
        int n = influence.length;
        double meanM = 0;
        double meanD = 0;
        for (int i = 0; i < n; i++) {
            meanM += influence[i] / n;
            meanD += dependence[i] / n;
        }
        boolean strong = influence[actor] >= meanM;
        boolean dependent = dependence[actor] >= meanD;
        if (strong) {
            return dependent ? Role.RELAY : Role.DOMINANT;
        }
        return dependent ? Role.DOMINATED : Role.AUTONOMOUS;
    }

    /** Actor indices from the highest r* to the lowest (ties by name). */
    public List<Integer> ranking() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < riStar.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> -riStar[i])
                .thenComparing(i -> input.actors().get(i)));
        return order;
    }

    /**
     * An actor's stance towards the given key objectives: the sum of its 2MAO positions on them.
     * Positive: an ally; negative: could block; zero: undecided or indifferent.
     */
    public int stanceOn(int actor, boolean[] key) {
        int sum = 0;
        for (int j = 0; j < key.length; j++) {
            if (key[j]) {
                sum += input.positions()[actor][j];
            }
        }
        return sum;
    }

    /** An actor who weighs on the game (r* ≥ 1), with its stance on the key objectives. */
    public record Weighty(String name, double riStar, int stance) {}

    /**
     * The actors who weigh on the game (r* ≥ 1), from the highest r*, whose stance on the key
     * objectives has the sign {@code sign}: 1 those who could rally the project, −1 those who could
     * block it, 0 the undecided. None when no objective is key.
     */
    public List<Weighty> weighing(boolean[] key, int sign) {
        List<Weighty> out = new ArrayList<>();
        boolean anyKey = false;
        for (boolean k : key) {
            anyKey |= k;
        }
        if (!anyKey) {
            return out;
        }
        for (int i : ranking()) {
            int stance = stanceOn(i, key);
            if (riStar[i] >= 1 && Integer.signum(stance) == Integer.signum(sign)) {
                out.add(new Weighty(input.actors().get(i), riStar[i], stance));
            }
        }
        return out;
    }
}
