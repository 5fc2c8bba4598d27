package fr.tierslieu.core.domain.project;

import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An expected outcome ("attendu") of a step of the journey, reached or not. */
@Entity
@Table(name = "core_journey_outcome")
public class JourneyOutcome extends WorkspaceScoped implements Auditable {

    public static final int TEXT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false, length = 20)
    private JourneyStep step;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "reached", nullable = false)
    private boolean reached;

    protected JourneyOutcome() {}

    public JourneyOutcome(Project project, JourneyStep step, int position, String text) {
        this.project = project;
        this.step = step;
        this.position = position;
        this.text = text;
    }

    public void setReached(boolean reached) {
        this.reached = reached;
    }

    @Override
    public String auditLabel() {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    @Override
    public Long getId() {
        return id;
    }

    public JourneyStep getStep() {
        return step;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public boolean isReached() {
        return reached;
    }
}
