package fr.tierslieu.studytrip.domain;

import fr.tierslieu.core.domain.shared.Auditable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A candidate destination: another tiers-lieu the group could visit, what it wants to learn there
 * (linked to the project's open questions), its host (an actor of the registry) and its scores on
 * the trip's criteria (0 to 5).
 */
@Entity
@Table(name = "studytrip_destination")
public class Destination extends TripPart implements Auditable {

    public static final int COMMUNE_MAX = 120;
    public static final int THEMES_MAX = 500;
    public static final int GOALS_MAX = 2000;

    public static final int NAME_MAX = 200;
    /** Open questions linked to one destination at most. */
    public static final int MAX_QUESTIONS = 200;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "commune", length = COMMUNE_MAX)
    private String commune;

    @Column(name = "lat", nullable = false, precision = 9, scale = 6)
    private BigDecimal lat;

    @Column(name = "lon", nullable = false, precision = 9, scale = 6)
    private BigDecimal lon;

    @Column(name = "themes", length = THEMES_MAX)
    private String themes;

    @Column(name = "host_actor_id")
    private Long hostActorId;

    /** The sheet of the core's experience library it was created from, or null. */
    @Column(name = "experience_id")
    private Long experienceId;

    @Column(name = "learning_goals", length = GOALS_MAX)
    private String learningGoals;

    @ElementCollection
    @CollectionTable(name = "studytrip_destination_question", joinColumns = @JoinColumn(name = "destination_id"))
    @Column(name = "finding_id")
    private Set<Long> questionIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "studytrip_score", joinColumns = @JoinColumn(name = "destination_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "score")
    private Map<Long, Integer> scores = new HashMap<>();

    protected Destination() {}

    public Destination(Trip trip, String name) {
        super(trip);
        this.name = name;
    }

    public void describe(
            String name,
            String commune,
            BigDecimal lat,
            BigDecimal lon,
            String themes,
            Long hostActorId,
            String learningGoals,
            Set<Long> questionIds) {
        this.name = name;
        this.commune = commune;
        this.lat = lat;
        this.lon = lon;
        this.themes = themes;
        this.hostActorId = hostActorId;
        this.learningGoals = learningGoals;
        this.questionIds.clear();
        this.questionIds.addAll(questionIds);
    }

    public void score(long criterionId, Integer score) {
        if (score == null) {
            scores.remove(criterionId);
        } else {
            scores.put(criterionId, score);
        }
    }

    /** Remembers the experience sheet this destination was created from. */
    public void fromExperience(Long experienceId) {
        this.experienceId = experienceId;
    }

    public Long getExperienceId() {
        return experienceId;
    }

    public Travel.Point point() {
        return new Travel.Point(lat.doubleValue(), lon.doubleValue());
    }

    @Override
    public String auditLabel() {
        return name;
    }

    public Map<Long, Integer> getScores() {
        return java.util.Collections.unmodifiableMap(scores);
    }

    public Set<Long> getQuestionIds() {
        return java.util.Collections.unmodifiableSet(questionIds);
    }

    public String getName() {
        return name;
    }

    public String getCommune() {
        return commune;
    }

    public BigDecimal getLat() {
        return lat;
    }

    public BigDecimal getLon() {
        return lon;
    }

    public String getThemes() {
        return themes;
    }

    public Long getHostActorId() {
        return hostActorId;
    }

    public String getLearningGoals() {
        return learningGoals;
    }
}
