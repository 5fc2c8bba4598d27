package fr.tierslieu.core.domain.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** An objective or issue ("enjeu") of an analysis; key objectives drive "who could block". */
@Embeddable
public class MactorObjective implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int LABEL_MAX = 200;

    @Column(name = "label", nullable = false, length = LABEL_MAX)
    private String label;

    @Column(name = "key_objective", nullable = false)
    private boolean key;

    protected MactorObjective() {}

    public MactorObjective(String label, boolean key) {
        this.label = label;
        this.key = key;
    }

    public String getLabel() {
        return label;
    }

    public boolean isKey() {
        return key;
    }
}
