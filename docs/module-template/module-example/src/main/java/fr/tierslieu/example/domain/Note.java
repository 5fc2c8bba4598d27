package fr.tierslieu.example.domain;

import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A note about an actor of the core's registry (referred to by id, as modules do). */
@Entity
@Table(name = "example_note")
public class Note extends WorkspaceScoped {

    /** The longest text, checked before saving and in the column. */
    public static final int TEXT_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "example_seq")
    @SequenceGenerator(name = "example_seq", sequenceName = "example_seq", allocationSize = 50)
    private Long id;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    protected Note() {}

    public Note(Long actorId, String text) {
        this.actorId = actorId;
        this.text = text;
    }

    /** The problem with {@code text}, as a message key of the module's bundle, or null when it is fine. */
    public static String problemWith(String text) {
        if (text == null || text.isBlank()) {
            return "example.error.textRequired";
        }
        return text.length() > TEXT_MAX ? "example.error.textTooLong" : null;
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
