package fr.tierslieu.core.domain.actor;

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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A typed tie between two actors, read "source → target" (the Région <i>funds</i> Atelier Z), with a
 * strength from 1 (weak) to 3 (strong). Drawn as an edge of the actor network map.
 */
@Entity
@Table(name = "core_relationship")
public class Relationship extends WorkspaceScoped implements Auditable {

    public static final int MIN_STRENGTH = 1;
    public static final int MAX_STRENGTH = 3;
    public static final int NOTE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "source_id", nullable = false)
    private Actor source;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "target_id", nullable = false)
    private Actor target;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "rel_type", nullable = false, length = 20)
    private RelationshipType type;

    @Min(MIN_STRENGTH)
    @Max(MAX_STRENGTH)
    @Column(name = "strength", nullable = false)
    private int strength;

    @Size(max = NOTE_MAX)
    @Column(name = "note", length = NOTE_MAX)
    private String note;

    protected Relationship() {
        // JPA
    }

    /**
     * @throws IllegalArgumentException if source and target are the same actor
     */
    public Relationship(Actor source, Actor target, RelationshipType type, int strength, String note) {
        if (source.equals(target) || source == target) {
            throw new IllegalArgumentException("an actor cannot be related to itself");
        }
        this.source = source;
        this.target = target;
        this.type = type;
        this.strength = strength;
        this.note = note == null || note.isBlank() ? null : note.trim();
    }

    @Override
    public Long getId() {
        return id;
    }

    public Actor getSource() {
        return source;
    }

    public Actor getTarget() {
        return target;
    }

    public RelationshipType getType() {
        return type;
    }

    public int getStrength() {
        return strength;
    }

    public String getNote() {
        return note;
    }

    /** The other end of this relationship seen from {@code actor}. */
    public Actor otherEnd(Actor actor) {
        return source.equals(actor) ? target : source;
    }

    @Override
    public String auditLabel() {
        return source.getName() + " → " + target.getName();
    }
}
