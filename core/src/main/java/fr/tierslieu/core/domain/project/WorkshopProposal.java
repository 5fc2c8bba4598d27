package fr.tierslieu.core.domain.project;

import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.EngagementLevel;
import fr.tierslieu.core.domain.actor.RelationshipType;
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

/**
 * What a workshop participant proposed, with who (a guest's name or a signed-in user) and when: it
 * waits for the team, which merges it into the registry or the project (keeping where it came from)
 * or sets it aside.
 */
@Entity
@Table(name = "core_workshop_proposal")
public class WorkshopProposal extends WorkspaceScoped implements Auditable {

    public static final int TEXT_MAX = 2_000;
    /** Proposals one participant makes in one workshop at most. */
    public static final int MAX_PER_AUTHOR = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "workshop_id", nullable = false, updatable = false)
    private Workshop workshop;

    @ManyToOne
    @JoinColumn(name = "guest_id")
    private WorkshopGuest guest;

    @Column(name = "author", nullable = false, length = 120)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ProposalKind kind;

    @Column(name = "actor_name", length = 200)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", length = 30)
    private ActorKind actorKind;

    @Column(name = "commune", length = 120)
    private String commune;

    @ManyToOne
    @JoinColumn(name = "actor_id")
    private Actor actor;

    @ManyToOne
    @JoinColumn(name = "other_actor_id")
    private Actor otherActor;

    @Enumerated(EnumType.STRING)
    @Column(name = "relationship_type", length = 20)
    private RelationshipType relationshipType;

    @Enumerated(EnumType.STRING)
    @Column(name = "engagement", length = 20)
    private EngagementLevel engagement;

    @Column(name = "text", length = TEXT_MAX)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private ProposalStatus status = ProposalStatus.PENDING;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** What accepting it made, e.g. « acteur n° 1234 ». */
    @Column(name = "result", length = 200)
    private String result;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WorkshopProposal() {}

    private WorkshopProposal(Workshop workshop, WorkshopGuest guest, String author, ProposalKind kind, Instant now) {
        this.workshop = workshop;
        this.guest = guest;
        this.author = author;
        this.kind = kind;
        this.createdAt = now;
    }

    public static WorkshopProposal actor(
            Workshop w,
            WorkshopGuest g,
            String author,
            String name,
            ActorKind kind,
            String commune,
            String why,
            Instant now) {
        WorkshopProposal p = new WorkshopProposal(w, g, author, ProposalKind.ACTOR, now);
        p.actorName = name;
        p.actorKind = kind;
        p.commune = commune;
        p.text = why;
        return p;
    }

    public static WorkshopProposal relationship(
            Workshop w,
            WorkshopGuest g,
            String author,
            Actor from,
            Actor to,
            RelationshipType type,
            String why,
            Instant now) {
        WorkshopProposal p = new WorkshopProposal(w, g, author, ProposalKind.RELATIONSHIP, now);
        p.actor = from;
        p.otherActor = to;
        p.relationshipType = type;
        p.text = why;
        return p;
    }

    public static WorkshopProposal engagement(
            Workshop w, WorkshopGuest g, String author, Actor actor, EngagementLevel level, String why, Instant now) {
        WorkshopProposal p = new WorkshopProposal(w, g, author, ProposalKind.ENGAGEMENT, now);
        p.actor = actor;
        p.engagement = level;
        p.text = why;
        return p;
    }

    public static WorkshopProposal expectation(Workshop w, WorkshopGuest g, String author, String text, Instant now) {
        WorkshopProposal p = new WorkshopProposal(w, g, author, ProposalKind.EXPECTATION, now);
        p.text = text;
        return p;
    }

    public void decide(ProposalStatus status, String by, String result, Instant at) {
        this.status = status;
        this.decidedBy = by;
        this.result = result;
        this.decidedAt = at;
    }

    @Override
    public String auditLabel() {
        return kind + " " + author;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Workshop getWorkshop() {
        return workshop;
    }

    public WorkshopGuest getGuest() {
        return guest;
    }

    public String getAuthor() {
        return author;
    }

    public ProposalKind getKind() {
        return kind;
    }

    public String getActorName() {
        return actorName;
    }

    public ActorKind getActorKind() {
        return actorKind;
    }

    public String getCommune() {
        return commune;
    }

    public Actor getActor() {
        return actor;
    }

    public Actor getOtherActor() {
        return otherActor;
    }

    public RelationshipType getRelationshipType() {
        return relationshipType;
    }

    public EngagementLevel getEngagement() {
        return engagement;
    }

    public String getText() {
        return text;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getResult() {
        return result;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
