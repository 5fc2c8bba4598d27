package fr.tierslieu.core.application.actor;

import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.ActorType;
import fr.tierslieu.core.domain.actor.Assessment;
import fr.tierslieu.core.domain.actor.EngagementLevel;
import fr.tierslieu.core.domain.actor.MaturityLevel;
import fr.tierslieu.core.domain.actor.MobilisationStatus;
import fr.tierslieu.core.domain.actor.Position;
import fr.tierslieu.core.domain.actor.Stance;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a user (form, CSV line or REST call) proposes for an actor, before the service checks and
 * applies it. Carries the version the user started from, so a save over someone else's newer save
 * is refused instead of overwriting it. The constraints mirror the entity's column sizes.
 */
public class ActorDraft implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private Long id;
    private Long version;

    @NotNull
    private ActorType type = ActorType.ORGANISATION;

    @NotBlank
    @Size(max = Actor.NAME_MAX)
    private String name;

    @NotNull
    private ActorKind kind;

    @Size(max = Actor.COMMUNE_MAX)
    private String commune;

    @Size(max = Actor.CONTACT_MAX)
    private String contactName;

    @Email
    @Size(max = Actor.EMAIL_MAX)
    private String email;

    @Size(max = Actor.PHONE_MAX)
    @Pattern(regexp = "[+0-9 ().-]*", message = "{fr.tierslieu.phone}")
    private String phone;

    @Size(max = Actor.WEBSITE_MAX)
    @Pattern(regexp = "(https?://\\S+)?", message = "{fr.tierslieu.url}")
    private String website;

    @Size(max = Actor.NOTES_MAX)
    private String notes;

    @Size(max = Actor.TAGS_MAX_COUNT)
    private List<@Size(max = Actor.TAG_MAX) String> tags = new ArrayList<>();

    @NotNull
    private MobilisationStatus status = MobilisationStatus.UNKNOWN;

    @NotNull
    private Stance stance = Stance.NEUTRAL;

    @Min(Position.MIN_RATING)
    @Max(Position.MAX_RATING)
    private int influence = 3;

    @Min(Position.MIN_RATING)
    @Max(Position.MAX_RATING)
    private int interest = 3;

    @NotNull
    private EngagementLevel engagement = EngagementLevel.IDENTIFIED;

    @NotNull
    private MaturityLevel maturity = MaturityLevel.UNAWARE;

    /** Date of the assessment recorded if the position changes; today when empty. */
    @PastOrPresent
    private LocalDate assessedOn;

    @Size(max = Assessment.COMMENT_MAX)
    private String assessmentComment;

    public ActorDraft() {}

    /** A draft holding the actor's current values, to edit it. */
    public static ActorDraft of(Actor actor) {
        ActorDraft d = new ActorDraft();
        d.id = actor.getId();
        d.version = actor.getVersion();
        d.type = actor.getType();
        d.name = actor.getName();
        d.kind = actor.getKind();
        d.commune = actor.getCommune();
        d.contactName = actor.getContactName();
        d.email = actor.getEmail();
        d.phone = actor.getPhone();
        d.website = actor.getWebsite();
        d.notes = actor.getNotes();
        d.tags = new ArrayList<>(actor.getTags());
        Position p = actor.getPosition();
        d.status = p.getStatus();
        d.stance = p.getStance();
        d.influence = p.getInfluence();
        d.interest = p.getInterest();
        d.engagement = p.getEngagement();
        d.maturity = p.getMaturity();
        return d;
    }

    public Position position() {
        return new Position(status, stance, influence, interest, engagement, maturity);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public ActorType getType() {
        return type;
    }

    public void setType(ActorType type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ActorKind getKind() {
        return kind;
    }

    public void setKind(ActorKind kind) {
        this.kind = kind;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.trim();
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website == null || website.isBlank() ? null : website.trim();
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
    }

    public MobilisationStatus getStatus() {
        return status;
    }

    public void setStatus(MobilisationStatus status) {
        this.status = status;
    }

    public Stance getStance() {
        return stance;
    }

    public void setStance(Stance stance) {
        this.stance = stance;
    }

    public int getInfluence() {
        return influence;
    }

    public void setInfluence(int influence) {
        this.influence = influence;
    }

    public int getInterest() {
        return interest;
    }

    public void setInterest(int interest) {
        this.interest = interest;
    }

    public EngagementLevel getEngagement() {
        return engagement;
    }

    public void setEngagement(EngagementLevel engagement) {
        this.engagement = engagement;
    }

    public MaturityLevel getMaturity() {
        return maturity;
    }

    public void setMaturity(MaturityLevel maturity) {
        this.maturity = maturity;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public String getAssessmentComment() {
        return assessmentComment;
    }

    public void setAssessmentComment(String assessmentComment) {
        this.assessmentComment = assessmentComment;
    }
}
