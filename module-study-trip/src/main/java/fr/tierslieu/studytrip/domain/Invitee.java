package fr.tierslieu.studytrip.domain;

import fr.tierslieu.core.domain.shared.Auditable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Someone invited to answer the date poll — a registry actor or an external person — with the
 * random token of their personal link (no account needed) and their answers per candidate date.
 */
@Entity
@Table(name = "studytrip_invitee")
public class Invitee extends TripPart implements Auditable {

    public static final int NAME_MAX = 120;

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

    protected Invitee() {}

    public Invitee(Trip trip, Long actorId, String name, String email, String token) {
        super(trip);
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
