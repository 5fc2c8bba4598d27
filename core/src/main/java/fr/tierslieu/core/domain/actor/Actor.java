package fr.tierslieu.core.domain.actor;

import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * An organisation or a person the project can count on, has to convince or may run into: one entry
 * of the "cartographie des acteurs mobilisés et mobilisables".
 *
 * <p>Life cycle: put on the map with what the team knows (identity, contacts) and an initial
 * position; each time the team reassesses it ({@link #reposition}), the new position is kept as a
 * dated {@link Assessment} so the history shows how its engagement evolved; it can be deleted once
 * the user has seen what refers to it.</p>
 */
@Entity
@Table(name = "core_actor")
@NamedQuery(name = Actor.COUNT_ALL, query = "select count(a) from Actor a")
public class Actor extends WorkspaceScoped implements Auditable {

    public static final String COUNT_ALL = "Actor.countAll";

    public static final int NAME_MAX = 200;
    public static final int COMMUNE_MAX = 120;
    public static final int CONTACT_MAX = 120;
    public static final int EMAIL_MAX = 200;
    public static final int PHONE_MAX = 40;
    public static final int WEBSITE_MAX = 300;
    public static final int NOTES_MAX = 4000;
    public static final int TAG_MAX = 60;
    public static final int TAGS_MAX_COUNT = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "actor_type", nullable = false, length = 20)
    private ActorType type;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private ActorKind kind;

    @Size(max = COMMUNE_MAX)
    @Column(name = "commune", length = COMMUNE_MAX)
    private String commune;

    @Size(max = CONTACT_MAX)
    @Column(name = "contact_name", length = CONTACT_MAX)
    private String contactName;

    @Email
    @Size(max = EMAIL_MAX)
    @Column(name = "email", length = EMAIL_MAX)
    private String email;

    @Size(max = PHONE_MAX)
    @Pattern(regexp = "[+0-9 ().-]*", message = "{fr.tierslieu.phone}")
    @Column(name = "phone", length = PHONE_MAX)
    private String phone;

    @Size(max = WEBSITE_MAX)
    @Pattern(regexp = "(https?://\\S+)?", message = "{fr.tierslieu.url}")
    @Column(name = "website", length = WEBSITE_MAX)
    private String website;

    @Size(max = NOTES_MAX)
    @Column(name = "notes", length = NOTES_MAX)
    private String notes;

    @ElementCollection
    @CollectionTable(name = "core_actor_tag", joinColumns = @JoinColumn(name = "actor_id"))
    @Column(name = "tag", length = TAG_MAX, nullable = false)
    @BatchFetch(BatchFetchType.IN)
    @Size(max = TAGS_MAX_COUNT)
    private Set<@NotBlank @Size(max = TAG_MAX) String> tags = new TreeSet<>();

    /** Name, commune, contact and e-mail, lower-cased without accents: what the text filter searches. */
    @Column(name = "search_key", nullable = false, length = 800)
    private String searchKey;

    @Valid
    @Embedded
    private Position position;

    @OneToMany(mappedBy = "actor", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("assessedOn ASC, recordedAt ASC")
    private List<Assessment> assessments = new ArrayList<>();

    @Column(name = "erased_on")
    private LocalDate erasedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Actor() {
        // JPA
    }

    /**
     * Puts a new actor on the map with its first assessment.
     */
    public Actor(
            ActorType type, String name, ActorKind kind, Position position, LocalDate assessedOn, String recordedBy) {
        this.type = type;
        this.name = clean(name);
        this.kind = kind;
        this.position = position;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
        assessments.add(new Assessment(this, assessedOn, position, null, recordedBy));
    }

    /** Changes who the actor is and how to reach it; its position is changed by {@link #reposition}. */
    public void describe(
            ActorType type,
            String name,
            ActorKind kind,
            String commune,
            String contactName,
            String email,
            String phone,
            String website,
            String notes,
            Collection<String> tags) {
        this.type = type;
        this.name = clean(name);
        this.kind = kind;
        this.commune = clean(commune);
        this.contactName = clean(contactName);
        this.email = clean(email);
        this.phone = clean(phone);
        this.website = clean(website);
        this.notes = clean(notes);
        this.tags.clear();
        this.tags.addAll(normalizeTags(tags));
        touch();
    }

    /**
     * Records the team's new assessment of the actor. Nothing is recorded if the position is the same.
     *
     * @return whether a new assessment was recorded
     * @throws IllegalArgumentException if {@code on} is before the latest assessment or in the future
     */
    public boolean reposition(Position newPosition, LocalDate on, String comment, String recordedBy) {
        if (!wouldRecord(newPosition, comment)) {
            return false;
        }
        LocalDate latest = latestAssessmentDate();
        if (latest != null && on.isBefore(latest)) {
            throw new IllegalArgumentException("assessment date " + on + " is before the latest one " + latest);
        }
        this.position = newPosition;
        assessments.add(new Assessment(this, on, newPosition, clean(comment), recordedBy));
        touch();
        return true;
    }

    /**
     * Erases what the registry holds about a person at their request (RGPD art. 17): contact
     * details, notes, tags, the position (back to its initial value) and its whole history. The name
     * is replaced by {@code newName} unless it is null, when a legal register must keep it.
     */
    public void erase(String newName, LocalDate on) {
        if (newName != null) {
            this.name = clean(newName);
        }
        this.commune = null;
        this.contactName = null;
        this.email = null;
        this.phone = null;
        this.website = null;
        this.notes = null;
        this.tags.clear();
        this.position = Position.initial();
        this.assessments.clear();
        this.erasedOn = on;
        touch();
    }

    /** The day the person's data was erased, or null. */
    public LocalDate getErasedOn() {
        return erasedOn;
    }

    /** Whether {@link #reposition} with these values records an assessment (a new position, or a comment). */
    public boolean wouldRecord(Position newPosition, String comment) {
        return !newPosition.equals(position) || (comment != null && !comment.isBlank());
    }

    /** Date of the most recent assessment, or null for an actor never assessed. */
    public LocalDate latestAssessmentDate() {
        return assessments.stream()
                .map(Assessment::getAssessedOn)
                .max(LocalDate::compareTo)
                .orElse(null);
    }

    /** Tags trimmed, lower-cased, de-duplicated and sorted. */
    public static Set<String> normalizeTags(Collection<String> raw) {
        Set<String> result = new TreeSet<>();
        if (raw != null) {
            for (String tag : raw) {
                if (tag != null && !tag.isBlank()) {
                    result.add(tag.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        return result;
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }

    @PrePersist
    @PreUpdate
    void computeSearchKey() {
        String key = String.join(" ", nonNull(name), nonNull(commune), nonNull(contactName), nonNull(email));
        this.searchKey = SearchText.normalize(key);
        if (searchKey.length() > 800) {
            searchKey = searchKey.substring(0, 800);
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }

    @Override
    public Long getId() {
        return id;
    }

    public ActorType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public ActorKind getKind() {
        return kind;
    }

    public String getCommune() {
        return commune;
    }

    public String getContactName() {
        return contactName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getWebsite() {
        return website;
    }

    public String getNotes() {
        return notes;
    }

    public Set<String> getTags() {
        return Collections.unmodifiableSet(tags);
    }

    public Position getPosition() {
        return position;
    }

    public List<Assessment> getAssessments() {
        return Collections.unmodifiableList(assessments);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public String auditLabel() {
        return name;
    }
}
