package fr.tierslieu.core.application.actor;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.meeting.Attendance;
import fr.tierslieu.core.application.meeting.MeetingService;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.application.workspace.Workspaces;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.ActorType;
import fr.tierslieu.core.domain.actor.Assessment;
import fr.tierslieu.core.domain.actor.Membership;
import fr.tierslieu.core.domain.actor.Relationship;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.module.ActorUsageProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A person's rights over what the registry holds about them (RGPD art. 15, 17 and 20), exercised by
 * the team on the person's request: an export of everything recorded about them, in JSON; the
 * erasure of it, keeping only what a legal register must keep (their name, when a module says so
 * through {@link ActorUsageProvider#legalRecordsOf}); and the list of persons unchanged for longer
 * than the installation's retention period, to be reviewed and erased.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.MANAGER})
public class PersonalDataService {

    @Inject
    ActorRepository repository;

    @Inject
    MeetingService meetings;

    @Inject
    MessageBundles messages;

    @Inject
    ActorPrivacy privacy;

    @Inject
    @Any
    Instance<ActorUsageProvider> usageProviders;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    Clock clock = Clock.systemDefaultZone();

    /** What an erasure did, for the confirmation message and the REST answer. */
    public record Erasure(
            long actorId, String name, boolean nameKept, List<String> keptFor, int assessments, int ties) {}

    private Actor person(long id, Locale locale) {
        Actor actor = repository.find(id).orElseThrow(() -> new NotFoundException("Actor", id));
        if (actor.getType() != ActorType.PERSON) {
            throw ValidationFailure.of("type", messages.get(locale, "core.privacy.error.notPerson"));
        }
        return actor;
    }

    /**
     * Everything the installation records about the person, as indented JSON (UTF-8): their
     * details, position and its history, ties, meetings attended, and the other modules' records
     * that refer to them (as those modules describe them).
     */
    public byte[] export(long id, Locale locale) {
        Actor a = person(id, locale);
        JsonObjectBuilder person = Json.createObjectBuilder()
                .add("id", a.getId())
                .add("name", a.getName())
                .add("kind", a.getKind().name());
        put(person, "commune", a.getCommune());
        put(person, "contactName", a.getContactName());
        put(person, "email", a.getEmail());
        put(person, "phone", a.getPhone());
        put(person, "website", a.getWebsite());
        put(person, "notes", a.getNotes());
        JsonArrayBuilder tags = Json.createArrayBuilder();
        a.getTags().forEach(tags::add);
        person.add("tags", tags);
        var p = a.getPosition();
        person.add(
                "position",
                Json.createObjectBuilder()
                        .add("status", p.getStatus().name())
                        .add("stance", p.getStance().name())
                        .add("influence", p.getInfluence())
                        .add("interest", p.getInterest())
                        .add("engagement", p.getEngagement().name())
                        .add("maturity", p.getMaturity().name()));
        person.add("createdAt", a.getCreatedAt().toString())
                .add("updatedAt", a.getUpdatedAt().toString());
        if (a.getErasedOn() != null) {
            person.add("erasedOn", a.getErasedOn().toString());
        }
        JsonArrayBuilder history = Json.createArrayBuilder();
        for (Assessment s : a.getAssessments()) {
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("date", s.getAssessedOn().toString())
                    .add("stance", s.getPosition().getStance().name())
                    .add("engagement", s.getPosition().getEngagement().name())
                    .add("maturity", s.getPosition().getMaturity().name());
            put(o, "comment", s.getComment());
            put(o, "recordedBy", s.getRecordedBy());
            history.add(o);
        }
        JsonArrayBuilder ties = Json.createArrayBuilder();
        for (Relationship r : repository.relationshipsOf(id)) {
            Actor other = r.getSource().getId().equals(a.getId()) ? r.getTarget() : r.getSource();
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("with", other.getName())
                    .add("type", r.getType().name())
                    .add("strength", r.getStrength());
            put(o, "note", r.getNote());
            ties.add(o);
        }
        JsonArrayBuilder memberships = Json.createArrayBuilder();
        for (Membership m : repository.membershipsOf(id)) {
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("organisation", m.getOrganisation().getName());
            put(o, "role", m.getRole());
            memberships.add(o);
        }
        JsonArrayBuilder attended = Json.createArrayBuilder();
        Attendance attendance = meetings.attendanceOf(id);
        for (Attendance.Line l : attendance.lines()) {
            attended.add(Json.createObjectBuilder()
                    .add("project", l.project())
                    .add("meeting", l.title())
                    .add("startsAt", l.startsAt().toString())
                    .add("present", l.present()));
        }
        JsonArrayBuilder perProject = Json.createArrayBuilder();
        for (fr.tierslieu.core.domain.project.ProjectPosition pp : em.createQuery(
                        "select p from ProjectPosition p where p.actor.id = :a",
                        fr.tierslieu.core.domain.project.ProjectPosition.class)
                .setParameter("a", id)
                .getResultList()) {
            perProject.add(Json.createObjectBuilder()
                    .add("project", pp.getProject().getName())
                    .add("stance", pp.getStance().name())
                    .add("influence", pp.getInfluence())
                    .add("interest", pp.getInterest())
                    .add("assessedOn", pp.getAssessedOn().toString()));
        }
        JsonArrayBuilder elsewhere = Json.createArrayBuilder();
        usages(id, locale, false).forEach(elsewhere::add);
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("exportedOn", LocalDate.now(clock).toString())
                .add("about", messages.get(locale, "core.privacy.export.about"))
                .add("person", person)
                .add("assessments", history)
                .add("positionsPerProject", perProject)
                .add("relationships", ties)
                .add("memberships", memberships)
                .add("meetings", attended)
                .add("otherRecords", elsewhere);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out, java.nio.charset.StandardCharsets.UTF_8)) {
            writer.writeObject(root.build());
        }
        return out.toByteArray();
    }

    private static void put(JsonObjectBuilder o, String key, String value) {
        if (value != null) {
            o.add(key, value);
        }
    }

    /**
     * Erases the person's data: contact details, notes, tags, position and history, ties to other
     * actors, and the same values in the audit log. Their name is replaced by « Personne effacée »
     * unless a legal register keeps it ({@link Erasure#keptFor()}); their meeting attendance stays,
     * attached to that name. The actor row stays so that other records keep their link.
     *
     * @param expectedVersion the version the user saw, or null to skip the check
     */
    public Erasure erase(long id, Long expectedVersion, Locale locale) {
        Actor a = person(id, locale);
        if (expectedVersion != null && expectedVersion != a.getVersion()) {
            throw new ConcurrentEditException("Actor", id);
        }
        String oldName = a.getName();
        List<String> keptFor = usages(id, locale, true);
        String newName = keptFor.isEmpty() ? messages.format(locale, "core.privacy.erasedName", a.getId()) : null;
        List<Long> assessmentIds =
                a.getAssessments().stream().map(Assessment::getId).toList();
        List<Long> relationshipIds =
                repository.relationshipsOf(id).stream().map(Relationship::getId).toList();
        List<Long> membershipIds =
                repository.membershipsOf(id).stream().map(Membership::getId).toList();
        repository.removeTiesOf(a);
        // the person's positions assessed per project are opinions of the team: erased with the rest
        List<Long> positionIds = em.createQuery("select p.id from ProjectPosition p where p.actor.id = :a", Long.class)
                .setParameter("a", id)
                .getResultList();
        em.createQuery("delete from ProjectPosition p where p.actor.id = :a")
                .setParameter("a", id)
                .executeUpdate();
        a.erase(newName, LocalDate.now(clock));
        repository.flush(); // writes the audit entries that still hold the old values: scrubbed below
        String label = newName == null ? oldName : newName;
        scrubAudit("core.Actor", List.of(id), label);
        scrubAudit("core.Assessment", assessmentIds, label);
        scrubAudit("core.Relationship", relationshipIds, label);
        scrubAudit("core.Membership", membershipIds, label);
        scrubAudit("core.ProjectPosition", positionIds, label);
        if (newName != null && oldName.length() >= 3) {
            Workspaces.nativeQuery(
                            em,
                            "UPDATE core_audit_entry SET label = REPLACE(label, ?, ?), changes = REPLACE(changes, ?, ?) "
                                    + "WHERE (label LIKE ? OR changes LIKE ?) AND workspace_id = ?")
                    .setParameter(1, oldName)
                    .setParameter(2, newName)
                    .setParameter(3, oldName)
                    .setParameter(4, newName)
                    .setParameter(5, "%" + ActorRepository.escapeLike(oldName) + "%")
                    .setParameter(6, "%" + ActorRepository.escapeLike(oldName) + "%")
                    .setParameter(7, Workspaces.of(em))
                    .executeUpdate();
        }
        return new Erasure(
                id,
                a.getName(),
                newName == null,
                keptFor,
                assessmentIds.size(),
                relationshipIds.size() + membershipIds.size());
    }

    private void scrubAudit(String type, List<Long> ids, String label) {
        for (Long entity : ids) {
            Workspaces.nativeQuery(
                            em,
                            "UPDATE core_audit_entry SET changes = ?, label = ? WHERE entity_type = ? AND entity_id = ?")
                    .setParameter(1, "[]")
                    .setParameter(2, label)
                    .setParameter(3, type)
                    .setParameter(4, String.valueOf(entity))
                    .executeUpdate();
        }
    }

    private List<String> usages(long id, Locale locale, boolean legalOnly) {
        List<String> out = new ArrayList<>();
        for (ActorUsageProvider provider : usageProviders()) {
            out.addAll(legalOnly ? provider.legalRecordsOf(id, locale) : provider.usagesOf(id, locale));
        }
        return out;
    }

    /**
     * Persons not yet erased whose record has not changed for longer than the retention period: the
     * team reviews them and erases those no longer involved. Oldest first, at most {@code limit}.
     */
    public List<Actor> pastRetention(int limit) {
        int months = privacy.policy().retentionMonths();
        var before = LocalDate.now(clock)
                .minusMonths(months)
                .atStartOfDay(ZoneId.systemDefault())
                .toInstant();
        return em.createQuery(
                        "select a from Actor a where a.type = :person and a.erasedOn is null and a.updatedAt < :before "
                                + "order by a.updatedAt, a.id",
                        Actor.class)
                .setParameter("person", ActorType.PERSON)
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Hook for tests outside a container. */
    protected Iterable<ActorUsageProvider> usageProviders() {
        return usageProviders;
    }
}
