package fr.tierslieu.core.domain.strategy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the team enters for one MACTOR analysis: actor and objective names (in order), the matrix of
 * direct influences (n × n, 0–4, diagonal 0) and the valued positions 2MAO (n × m, −4…+4).
 */
public record MactorInput(List<String> actors, List<String> objectives, int[][] mid, int[][] positions) {

    /**
     * A problem with the input, naming the field and, for a cell, its row and column (from 0).
     *
     * @param code one of {@code missing}, {@code blank}, {@code duplicate}, {@code size}, {@code range},
     *             {@code diagonal}
     */
    public record Problem(String field, int row, int column, String code, String detail) {
        /** {@code mid[2][3]}, {@code positions[1]}, {@code actors}… */
        public String path() {
            if (row < 0) {
                return field;
            }
            return column < 0 ? field + "[" + row + "]" : field + "[" + row + "][" + column + "]";
        }
    }

    /** Every problem with the input; empty when it can be computed. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        names("actors", actors, problems);
        names("objectives", objectives, problems);
        if (mid == null) {
            problems.add(new Problem("mid", -1, -1, "missing", null));
        }
        if (positions == null) {
            problems.add(new Problem("positions", -1, -1, "missing", null));
        }
        if (actors == null || objectives == null || mid == null || positions == null) {
            return problems;
        }
        int n = actors.size();
        int m = objectives.size();
        matrix("mid", mid, n, n, 0, Mactor.MAX_INFLUENCE, true, problems);
        matrix("positions", positions, n, m, -Mactor.MAX_POSITION, Mactor.MAX_POSITION, false, problems);
        return problems;
    }

    private static void names(String field, List<String> names, List<Problem> problems) {
        if (names == null || names.isEmpty()) {
            problems.add(new Problem(field, -1, -1, "missing", null));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null || name.isBlank()) {
                problems.add(new Problem(field, i, -1, "blank", null));
            } else if (!seen.add(name.strip().toLowerCase())) {
                problems.add(new Problem(field, i, -1, "duplicate", name));
            }
        }
    }

    private static void matrix(
            String field,
            int[][] cells,
            int rows,
            int columns,
            int min,
            int max,
            boolean zeroDiagonal,
            List<Problem> problems) {
        if (cells.length != rows) {
            problems.add(new Problem(field, -1, -1, "rows", cells.length + "/" + rows));
            return;
        }
        for (int i = 0; i < rows; i++) {
            if (cells[i] == null || cells[i].length != columns) {
                problems.add(
                        new Problem(field, i, -1, "columns", (cells[i] == null ? 0 : cells[i].length) + "/" + columns));
                continue;
            }
            for (int j = 0; j < columns; j++) {
                int v = cells[i][j];
                if (zeroDiagonal && i == j && v != 0) {
                    problems.add(new Problem(field, i, j, "diagonal", Integer.toString(v)));
                } else if (v < min || v > max) {
                    problems.add(new Problem(field, i, j, "range", Integer.toString(v)));
                }
            }
        }
    }
}
