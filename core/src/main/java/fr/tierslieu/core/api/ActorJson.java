package fr.tierslieu.core.api;

import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.PrivacyPolicy;
import fr.tierslieu.core.domain.actor.SensitiveField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An actor as the REST API reads and writes it: English camelCase fields, enumerations as English
 * upper-case constants. {@code version} must be sent back unchanged on update (optimistic locking).
 */
@Schema(name = "Actor", description = "An organisation or person of the actor registry")
public record ActorJson(
        @Schema(readOnly = true) Long id,

        @Schema(description = "Required on update: the version read; a stale one gets 409")
        Long version,

        @Schema(
                enumeration = {"ORGANISATION", "PERSON"},
                defaultValue = "ORGANISATION")
        String type,

        @Schema(required = true, maxLength = Actor.NAME_MAX) String name,

        @Schema(
                required = true,
                enumeration = {
                    "LOCAL_AUTHORITY",
                    "EPCI",
                    "STATE_AGENCY",
                    "COMPANY",
                    "ASSOCIATION",
                    "RESEARCH_EDUCATION",
                    "FUNDER",
                    "RESIDENT",
                    "CRAFTSPERSON",
                    "FREELANCER",
                    "STUDENT",
                    "JOB_SEEKER",
                    "OTHER"
                })
        String kind,

        String commune,
        String contactName,
        String email,
        String phone,
        String website,
        String notes,

        @fr.tierslieu.core.domain.shared.MaxItems(fr.tierslieu.core.domain.actor.Actor.TAGS_MAX_COUNT)
        List<String> tags,

        @Schema(enumeration = {"MOBILISED", "MOBILISABLE", "TO_CONVINCE", "OPPOSED", "UNKNOWN"})
        String status,

        @Schema(enumeration = {"ALLY", "NEUTRAL", "OPPONENT"})
        String stance,

        @Schema(minimum = "1", maximum = "5") Integer influence,
        @Schema(minimum = "1", maximum = "5") Integer interest,

        @Schema(enumeration = {"IDENTIFIED", "INFORMED", "CONSULTED", "CO_BUILDER", "SIGNATORY", "FUNDER"})
        String engagement,

        @Schema(enumeration = {"UNAWARE", "AWARE", "INTERESTED", "CONVINCED", "OWNER"})
        String maturity,

        @Schema(description = "Date of the assessment recorded when the position changes (default today)")
        LocalDate assessedOn,

        @Schema(description = "Comment of that assessment") String assessmentComment,
        @Schema(readOnly = true) String quadrant,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,

        @Schema(
                readOnly = true,
                description = "Fields of this person the caller may not read under the "
                        + "installation's privacy levels (null in this answer, kept unchanged on update)",
                enumeration = {"POSITION", "NOTES", "ASSESSMENTS"})
        List<String> hidden) {

    /** The actor as {@code reader} may read it: a person's hidden fields are null and named in {@code hidden}. */
    public static ActorJson of(Actor a, PrivacyPolicy.Reader reader) {
        var p = a.getPosition();
        boolean position = reader.sees(SensitiveField.POSITION, a);
        boolean notes = reader.sees(SensitiveField.NOTES, a);
        boolean assessments = reader.sees(SensitiveField.ASSESSMENTS, a);
        List<String> hidden = new java.util.ArrayList<>();
        for (SensitiveField f : SensitiveField.values()) {
            if (!reader.sees(f, a)) {
                hidden.add(f.name());
            }
        }
        return new ActorJson(
                a.getId(),
                a.getVersion(),
                a.getType().name(),
                a.getName(),
                a.getKind().name(),
                a.getCommune(),
                a.getContactName(),
                a.getEmail(),
                a.getPhone(),
                a.getWebsite(),
                notes ? a.getNotes() : null,
                List.copyOf(a.getTags()),
                p.getStatus().name(),
                position ? p.getStance().name() : null,
                position ? p.getInfluence() : null,
                position ? p.getInterest() : null,
                p.getEngagement().name(),
                p.getMaturity().name(),
                assessments ? a.latestAssessmentDate() : null,
                null,
                position ? p.quadrant().name() : null,
                a.getCreatedAt(),
                a.getUpdatedAt(),
                List.copyOf(hidden));
    }

    /** A page of the list. */
    @Schema(name = "ActorPage")
    public record PageJson(List<ActorJson> items, int page, int size, long total) {}
}
