package fr.tierslieu.core.domain.experience;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/**
 * A lesson learnt at a place: a success factor or a point of vigilance, with tags (« gouvernance »,
 * « modèle économique »…) and where it came from (typed in, or a study trip's debrief note).
 */
@Embeddable
public class Lesson implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int TEXT_MAX = 2000;
    public static final int TAGS_MAX = 300;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private LessonKind kind;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "tags", length = TAGS_MAX)
    private String tags;

    /** « studytrip:note-12 » for a lesson a module wrote; null for one typed in. */
    @Column(name = "origin", length = 120)
    private String origin;

    protected Lesson() {}

    public Lesson(LessonKind kind, String text, String tags, String origin) {
        this.kind = kind;
        this.text = text;
        this.tags = tags;
        this.origin = origin;
    }

    public LessonKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getTags() {
        return tags;
    }

    public String getOrigin() {
        return origin;
    }
}
