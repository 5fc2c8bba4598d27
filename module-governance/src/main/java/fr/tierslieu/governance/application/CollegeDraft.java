package fr.tierslieu.governance.application;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;

/** One line of the colleges form. */
public class CollegeDraft implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private String name;
    private BigDecimal weight;
    private String description;

    public CollegeDraft() {}

    public CollegeDraft(String name, BigDecimal weight, String description) {
        this.name = name;
        this.weight = weight;
        this.description = description;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public void setWeight(BigDecimal weight) {
        this.weight = weight;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
