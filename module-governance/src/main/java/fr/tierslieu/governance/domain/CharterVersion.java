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
import java.time.LocalDate;

/** An adopted version of the charter: the text as adopted, by which resolution, when. */
@Entity
@Table(name = "governance_charter_version")
public class CharterVersion extends WorkspaceScoped implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "governance_seq")
    @SequenceGenerator(name = "governance_seq", sequenceName = "governance_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "charter_id", nullable = false)
    private Charter charter;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "adopted_on", nullable = false)
    private LocalDate adoptedOn;

    @ManyToOne
    @JoinColumn(name = "resolution_id")
    private Resolution resolution;

    @Column(name = "text", nullable = false, length = 100000)
    private String text;

    protected CharterVersion() {}

    public CharterVersion(Charter charter, int number, LocalDate adoptedOn, Resolution resolution, String text) {
        this.charter = charter;
        this.number = number;
        this.adoptedOn = adoptedOn;
        this.resolution = resolution;
        this.text = text;
    }

    @Override
    public String auditLabel() {
        return charter.getTitle() + " v" + number;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Charter getCharter() {
        return charter;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public Resolution getResolution() {
        return resolution;
    }

    public String getText() {
        return text;
    }
}
