package fr.tierslieu.governance.domain;

import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An article of the charter's working draft; its version protects concurrent edits. */
@Entity
@Table(name = "governance_charter_article")
public class CharterArticle extends WorkspaceScoped implements Auditable {

    public static final int HEADING_MAX = 200;
    public static final int BODY_MAX = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "governance_seq")
    @SequenceGenerator(name = "governance_seq", sequenceName = "governance_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "charter_id", nullable = false)
    private Charter charter;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "heading", nullable = false, length = HEADING_MAX)
    private String heading;

    @Column(name = "body", nullable = false, length = BODY_MAX)
    private String body;

    protected CharterArticle() {}

    public CharterArticle(Charter charter, int position, String heading, String body) {
        this.charter = charter;
        this.position = position;
        this.heading = heading;
        this.body = body;
    }

    public void rewrite(String heading, String body) {
        this.heading = heading;
        this.body = body;
    }

    @Override
    public String auditLabel() {
        return heading;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Charter getCharter() {
        return charter;
    }

    public int getPosition() {
        return position;
    }

    public String getHeading() {
        return heading;
    }

    public String getBody() {
        return body;
    }
}
