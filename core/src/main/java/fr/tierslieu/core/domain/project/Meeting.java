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
import java.time.LocalDateTime;

/**
 * A meeting or workshop of the accompaniment (réunion préparatoire, réunion élargie, COPIL…):
 * when and where, agenda, minutes and decisions. Who was invited and who came are its
 * {@link MeetingAttendee}s; its follow-up actions are roadmap tasks that refer to it.
 */
@Entity
@Table(name = "core_meeting")
public class Meeting extends WorkspaceScoped implements Auditable {

    public static final int TITLE_MAX = 200;
    public static final int PLACE_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int MINUTES_MAX = 20000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private MeetingKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", length = 20)
    private JourneyStep step;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "place", length = PLACE_MAX)
    private String place;

    @Column(name = "agenda", length = TEXT_MAX)
    private String agenda;

    @Column(name = "minutes", length = MINUTES_MAX)
    private String minutes;

    @Column(name = "decisions", length = TEXT_MAX)
    private String decisions;

    protected Meeting() {}

    public Meeting(Project project, String title, MeetingKind kind, LocalDateTime startsAt) {
        this.project = project;
        this.title = title;
        this.kind = kind;
        this.startsAt = startsAt;
    }

    public void describe(
            String title,
            MeetingKind kind,
            JourneyStep step,
            LocalDateTime startsAt,
            String place,
            String agenda,
            String minutes,
            String decisions) {
        this.title = title;
        this.kind = kind;
        this.step = step;
        this.startsAt = startsAt;
        this.place = place;
        this.agenda = agenda;
        this.minutes = minutes;
        this.decisions = decisions;
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

    public MeetingKind getKind() {
        return kind;
    }

    public JourneyStep getStep() {
        return step;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getAgenda() {
        return agenda;
    }

    public String getMinutes() {
        return minutes;
    }

    public String getDecisions() {
        return decisions;
    }
}
