package fr.tierslieu.core.domain.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A document the project refers to (a shared folder, a study, the statutes…). */
@Embeddable
public class ProjectLink implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int LABEL_MAX = 200;
    public static final int URL_MAX = 500;

    @Column(name = "label", nullable = false, length = LABEL_MAX)
    private String label;

    @Column(name = "url", nullable = false, length = URL_MAX)
    private String url;

    protected ProjectLink() {}

    public ProjectLink(String label, String url) {
        this.label = label;
        this.url = url;
    }

    public String getLabel() {
        return label;
    }

    public String getUrl() {
        return url;
    }
}
