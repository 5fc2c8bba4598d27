package fr.tierslieu.core.web.strategy;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** One editable row of a matrix on the analysis page (the inputs bind to {@code cells[j].value}). */
public class MatrixRow implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String label;
    private final List<Cell> cells = new ArrayList<>();

    public MatrixRow(String label, int[] values) {
        this.label = label;
        for (int v : values) {
            cells.add(new Cell(v));
        }
    }

    public String getLabel() {
        return label;
    }

    public List<Cell> getCells() {
        return cells;
    }

    int[] values() {
        int[] values = new int[cells.size()];
        for (int j = 0; j < values.length; j++) {
            Integer v = cells.get(j).getValue();
            values[j] = v == null ? 0 : v;
        }
        return values;
    }

    /** One cell; null (emptied) reads as 0. */
    public static class Cell implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        private Integer value;

        Cell(int value) {
            this.value = value;
        }

        public Integer getValue() {
            return value;
        }

        public void setValue(Integer value) {
            this.value = value;
        }
    }
}
