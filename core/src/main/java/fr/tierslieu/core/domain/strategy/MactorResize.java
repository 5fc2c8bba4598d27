package fr.tierslieu.core.domain.strategy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules of editing an analysis's shape: objectives written one per line (« * » before a key
 * one), and both matrices resized to a new choice of actors and objectives while keeping every
 * value already typed for an actor (by id) or an objective (by label, whatever its case) that stays.
 */
public final class MactorResize {

    private MactorResize() {}

    /** The objectives of a text, one per line, « * » marking a key one; blank lines are skipped. */
    public static List<MactorObjective> parseObjectives(String text) {
        List<MactorObjective> out = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            String label = line.strip();
            boolean key = label.startsWith("*");
            label = (key ? label.substring(1) : label).strip();
            if (!label.isEmpty()) {
                out.add(new MactorObjective(label, key));
            }
        }
        return out;
    }

    /** The text {@link #parseObjectives} reads back into the same objectives. */
    public static String formatObjectives(List<MactorObjective> objectives) {
        StringBuilder out = new StringBuilder();
        for (MactorObjective o : objectives) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(o.isKey() ? "* " : "").append(o.getLabel());
        }
        return out.toString();
    }

    /** The matrix of direct influences (actors × actors) for {@code newActors}. */
    public static int[][] influences(List<Long> oldActors, int[][] oldMid, List<Long> newActors) {
        Map<Long, Integer> old = indexOf(oldActors);
        int[][] out = new int[newActors.size()][newActors.size()];
        for (int i = 0; i < newActors.size(); i++) {
            Integer oi = old.get(newActors.get(i));
            for (int j = 0; j < newActors.size(); j++) {
                Integer oj = old.get(newActors.get(j));
                out[i][j] = oi != null && oj != null ? oldMid[oi][oj] : 0;
            }
        }
        return out;
    }

    /** The matrix of positions (actors × objectives) for {@code newActors} and {@code newObjectives}. */
    public static int[][] positions(
            List<Long> oldActors,
            List<MactorObjective> oldObjectives,
            int[][] oldPositions,
            List<Long> newActors,
            List<MactorObjective> newObjectives) {
        Map<Long, Integer> old = indexOf(oldActors);
        Map<String, Integer> oldObjective = new HashMap<>();
        for (int j = 0; j < oldObjectives.size(); j++) {
            oldObjective.put(oldObjectives.get(j).getLabel().toLowerCase(Locale.ROOT), j);
        }
        int[][] out = new int[newActors.size()][newObjectives.size()];
        for (int i = 0; i < newActors.size(); i++) {
            Integer oi = old.get(newActors.get(i));
            for (int j = 0; j < newObjectives.size(); j++) {
                Integer oj = oldObjective.get(newObjectives.get(j).getLabel().toLowerCase(Locale.ROOT));
                out[i][j] = oi != null && oj != null ? oldPositions[oi][oj] : 0;
            }
        }
        return out;
    }

    private static <T> Map<T, Integer> indexOf(List<T> list) {
        Map<T, Integer> out = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            out.put(list.get(i), i);
        }
        return out;
    }
}
