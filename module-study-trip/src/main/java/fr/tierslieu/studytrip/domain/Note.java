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
    public enum Kind {
        QUESTION,
        NOTE,
        VIGILANCE,
        SUCCESS_FACTOR
    }

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

    /** The text last sent to the project as a finding, or null if never. */
    @Column(name = "published_text", length = 2400)
    private String publishedText;

    /** Whether the last publication sent it as a suggested task. */
    @Column(name = "published_task", nullable = false)
    private boolean publishedTask;

    protected Note() {}

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

    /** What publication did: nothing (unchanged since), a first time, or an update. */
    public enum Publication {
        UNCHANGED,
        NEW,
        UPDATED
    }

    /** Records that {@code text} (null: not a finding) and the task flag were sent; says whether it is new, changed or the same. */
    public Publication published(String findingText, boolean task) {
        boolean never = publishedText == null && !publishedTask;
        boolean same = java.util.Objects.equals(publishedText, findingText) && publishedTask == task;
        publishedText = findingText;
        publishedTask = task;
        return never ? Publication.NEW : same ? Publication.UNCHANGED : Publication.UPDATED;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
