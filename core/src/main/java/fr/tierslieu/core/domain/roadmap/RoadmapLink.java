package fr.tierslieu.core.domain.roadmap;

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

/** A finish-to-start dependency between two tasks of the same roadmap, with a lag in working days. */
@Entity
@Table(name = "core_roadmap_link")
public class RoadmapLink extends WorkspaceScoped implements Auditable {

    public static final int MAX_LAG = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "predecessor_id", nullable = false)
    private RoadmapTask predecessor;

    @ManyToOne(optional = false)
    @JoinColumn(name = "successor_id", nullable = false)
    private RoadmapTask successor;

    @Column(name = "lag_days", nullable = false)
    private int lagDays;

    protected RoadmapLink() {}

    public RoadmapLink(RoadmapTask predecessor, RoadmapTask successor, int lagDays) {
        this.predecessor = predecessor;
        this.successor = successor;
        this.lagDays = lagDays;
    }

    public PlanLink toPlan() {
        return new PlanLink(predecessor.getId(), successor.getId(), lagDays);
    }

    @Override
    public String auditLabel() {
        return predecessor.getName() + " → " + successor.getName();
    }

    @Override
    public Long getId() {
        return id;
    }

    public RoadmapTask getPredecessor() {
        return predecessor;
    }

    public RoadmapTask getSuccessor() {
        return successor;
    }

    public int getLagDays() {
        return lagDays;
    }
}
