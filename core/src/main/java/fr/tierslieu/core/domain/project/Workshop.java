package fr.tierslieu.core.domain.project;

import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A co-construction workshop of a project (« co-réalisation de la cartographie », Temps 1 and 2):
 * partners signed in and guests by a personal link propose actors, relationships, their engagement
 * and their expectations until it closes; the team reviews each proposal.
 */
@Entity
@Table(name = "core_workshop")
public class Workshop extends WorkspaceScoped implements Auditable {

    public static final int TITLE_MAX = 200;
    /** Guests of one workshop at most. */
    public static final int MAX_GUESTS = 200;
    /** Proposals of one workshop at most. */
    public static final int MAX_PROPOSALS = 2_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", length = 20)
    private JourneyStep step;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "closed", nullable = false)
    private boolean closed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Workshop() {}

    public Workshop(Project project, String title, JourneyStep step, LocalDate closesOn, Instant now) {
        this.project = project;
        this.title = title;
        this.step = step;
        this.closesOn = closesOn;
        this.createdAt = now;
    }

    /** Whether proposals are still taken on {@code today}. */
    public boolean isOpenOn(LocalDate today) {
        return !closed && !today.isAfter(closesOn);
    }

    public void close() {
        this.closed = true;
    }

    @Override
    public String auditLabel() {
        return title;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public String getTitle() {
        return title;
    }

    public JourneyStep getStep() {
        return step;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public boolean isClosed() {
        return closed;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
