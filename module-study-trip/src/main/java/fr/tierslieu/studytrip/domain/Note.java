package fr.tierslieu.studytrip.domain;

import fr.tierslieu.core.domain.shared.Auditable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * What the group prepares and brings back: a question for the hosts, a note taken during the day,
 * a point of vigilance or a key success factor (the "rapport d'étonnement"). Vigilance points and
 * success factors are published to the project; a note may also suggest a roadmap task.
 */
@Entity
@Table(name = "studytrip_note")
public class Note extends TripPart implements Auditable {

    public static final int TEXT_MAX = 2000;

    /** Kinds of note, in the order the debrief shows them. */
    public enum Kind { QUESTION, NOTE, VIGILANCE, SUCCESS_FACTOR }


    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "tags", length = 300)
    private String tags;

    @Column(name = "suggest_task", nullable = false)
    private boolean suggestTask;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Note() {
    }

    public Note(Trip trip, Kind kind, String text, String tags, boolean suggestTask, Instant createdAt) {
        super(trip);
        this.kind = kind;
        this.text = text;
        this.tags = tags;
        this.suggestTask = suggestTask;
        this.createdAt = createdAt;
    }

    @Override
    public String auditLabel() {
        return kind + " " + (text.length() > 40 ? text.substring(0, 40) : text);
    }


    public Kind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getTags() {
        return tags;
    }

    public boolean isSuggestTask() {
        return suggestTask;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
