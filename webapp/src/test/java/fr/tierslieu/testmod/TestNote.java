package fr.tierslieu.testmod;

import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A note of the test module about an actor (referred to by id, as modules do). */
@Entity
@Table(name = "testmod_note")
public class TestNote extends WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "testmod_seq")
    @SequenceGenerator(name = "testmod_seq", sequenceName = "testmod_seq", allocationSize = 50)
    private Long id;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "text", nullable = false, length = 200)
    private String text;

    protected TestNote() {}

    public TestNote(long actorId, String text) {
        this.actorId = actorId;
        this.text = text;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getText() {
        return text;
    }
}
