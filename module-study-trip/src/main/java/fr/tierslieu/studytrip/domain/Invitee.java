package fr.tierslieu.studytrip.domain;

import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.BaseEntity;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Someone invited to answer the date poll — a registry actor or an external person — with the
 * random token of their personal link (no account needed) and their answers per candidate date.
 */
@Entity
@Table(name = "studytrip_invitee")
public class Invitee extends BaseEntity implements Auditable {

    public static final int NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "studytrip_seq")
    @SequenceGenerator(name = "studytrip_seq", sequenceName = "studytrip_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trip_id", nullable = false, updatable = false)
    private Trip trip;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "email", length = 200)
    private String email;

    @Column(name = "token", nullable = false, length = 64, updatable = false)
    private String token;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @ElementCollection
    @CollectionTable(name = "studytrip_answer", joinColumns = @JoinColumn(name = "invitee_id"))
    @MapKeyColumn(name = "poll_date_id")
    @Column(name = "answer", length = 10)
    @Enumerated(EnumType.STRING)
    private Map<Long, DatePoll.Answer> answers = new HashMap<>();

    protected Invitee() {
    }

    public Invitee(Trip trip, Long actorId, String name, String email, String token) {
        this.trip = trip;
        this.actorId = actorId;
        this.name = name;
        this.email = email;
        this.token = token;
    }

    /** Replaces every answer at once. */
    public void answer(Map<Long, DatePoll.Answer> given, Instant now) {
        answers.clear();
        answers.putAll(given);
        answeredAt = now;
    }

    @Override
    public String auditLabel() {
        return name;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Trip getTrip() {
        return trip;
    }

    public Map<Long, DatePoll.Answer> getAnswers() {
        return java.util.Collections.unmodifiableMap(answers);
    }

    public Long getActorId() {
        return actorId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getToken() {
        return token;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
