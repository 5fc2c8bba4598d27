package fr.tierslieu.core.application.actor;

import fr.tierslieu.core.application.Choice;
import fr.tierslieu.core.application.audit.AuditUser;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.i18n.Validation;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.ActorType;
import fr.tierslieu.core.domain.actor.Membership;
import fr.tierslieu.core.domain.actor.PrivacyPolicy;
import fr.tierslieu.core.domain.actor.Relationship;
import fr.tierslieu.core.domain.actor.RelationshipType;
import fr.tierslieu.core.domain.actor.SensitiveField;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.module.ActorDeleted;
import fr.tierslieu.core.module.ActorUsageProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The actor registry's use cases: put an actor on the map, describe and reassess it, tie it to
 * others, delete it. Every method runs in one transaction, so a refused input saves nothing.
 * Any signed-in user reads; team members (not partners) edit; managers and admins delete.
 */
@ApplicationScoped
@Transactional
@RequiresRole
public class ActorService {

    @Inject
    ActorRepository repository;

    @Inject
    Validation validation;

    @Inject
    MessageBundles messages;

    @Inject
    Event<ActorDeleted> deleted;

    @Inject
    @Any
    Instance<ActorUsageProvider> usageProviders;

    @Inject
    ActorPrivacy privacy;

    Clock clock = Clock.systemDefaultZone();

    public Actor get(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("Actor", id));
    }

    /** An actor as modules read it (the published read model, not the entity). */
    public fr.tierslieu.core.module.ActorSummary summary(long id) {
        Actor a = get(id);
        return new fr.tierslieu.core.module.ActorSummary(a.getId(), a.getName(), a.getKind(), a.getEmail());
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER})
    public Actor create(ActorDraft draft, Locale locale) {
        validation.check(draft, locale);
        LocalDate on = assessmentDate(draft);
        Actor actor =
                new Actor(draft.getType(), draft.getName(), draft.getKind(), draft.position(), on, AuditUser.current());
        describe(actor, draft);
        repository.add(actor);
        repository.flush();
        return actor;
    }

    /**
     * Applies the draft to the actor it was made from.
     *
     * @throws ConcurrentEditException if someone saved the actor since the draft was made
     * @throws ValidationFailure       if the draft is invalid or its assessment date is before the last one
     */
    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER})
    public Actor update(ActorDraft draft, Locale locale) {
        validation.check(draft, locale);
        if (draft.getId() == null) {
            throw new IllegalArgumentException("draft of a new actor");
        }
        Actor actor = get(draft.getId());
        if (draft.getVersion() == null || draft.getVersion() != actor.getVersion()) {
            throw new ConcurrentEditException("Actor", draft.getId());
        }
        LocalDate on = assessmentDate(draft);
        LocalDate latest = actor.latestAssessmentDate();
        if (actor.wouldRecord(draft.position(), draft.getAssessmentComment())
                && latest != null
                && on.isBefore(latest)) {
            throw ValidationFailure.of(
                    "assessedOn",
                    messages.format(
                            locale,
                            "core.actor.error.assessmentBeforeLatest",
                            latest.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
                                    .withLocale(locale))));
        }
        keepWhatIsHidden(actor, draft);
        describe(actor, draft);
        actor.reposition(draft.position(), on, draft.getAssessmentComment(), AuditUser.current());
        repository.flush();
        return actor;
    }

    /**
     * A person's fields the user may not read are neither shown to them nor changed by their save:
     * the stored values replace whatever the draft carries (a page without the field, a REST body
     * with null).
     */
    private void keepWhatIsHidden(Actor actor, ActorDraft draft) {
        PrivacyPolicy.Reader reader = reader();
        boolean person = actor.getType() == ActorType.PERSON || draft.getType() == ActorType.PERSON;
        if (person && reader.hidesFromPersons(SensitiveField.POSITION)) {
            draft.setStance(actor.getPosition().getStance());
            draft.setInfluence(actor.getPosition().getInfluence());
            draft.setInterest(actor.getPosition().getInterest());
        }
        if (person && reader.hidesFromPersons(SensitiveField.NOTES)) {
            draft.setNotes(actor.getNotes());
        }
    }

    /** What the signed-in user may read (everything outside a container, where no policy is set). */
    protected PrivacyPolicy.Reader reader() {
        return privacy == null ? PrivacyPolicy.Reader.everything() : privacy.reader();
    }

    /**
     * The filter and sort as this user may apply them: filtering on stance, or sorting on stance,
     * influence or interest, would reveal persons' hidden positions, so persons are then left out
     * of a stance filter (null: a filter on persons' stance, which matches nothing for this user) and
     * the sort falls back to the name.
     */
    ActorFilter visibleFilter(ActorFilter filter) {
        return visibleFilter(filter, reader());
    }

    static ActorFilter visibleFilter(ActorFilter filter, PrivacyPolicy.Reader reader) {
        if (filter.stances().isEmpty() || !reader.hidesFromPersons(SensitiveField.POSITION)) {
            return filter;
        }
        return filter.type() == ActorType.PERSON
                ? null
                : new ActorFilter(
                        filter.text(),
                        ActorType.ORGANISATION,
                        filter.kinds(),
                        filter.statuses(),
                        filter.stances(),
                        filter.tags(),
                        filter.commune());
    }

    ActorSort visibleSort(ActorSort sort) {
        boolean positional = sort == ActorSort.STANCE || sort == ActorSort.INFLUENCE || sort == ActorSort.INTEREST;
        return positional && reader().hidesFromPersons(SensitiveField.POSITION) ? ActorSort.NAME : sort;
    }

    private void describe(Actor actor, ActorDraft d) {
        actor.describe(
                d.getType(),
                d.getName(),
                d.getKind(),
                d.getCommune(),
                d.getContactName(),
                d.getEmail(),
                d.getPhone(),
                d.getWebsite(),
                d.getNotes(),
                d.getTags());
    }

    private LocalDate assessmentDate(ActorDraft draft) {
        return draft.getAssessedOn() == null ? LocalDate.now(clock) : draft.getAssessedOn();
    }

    /** What deleting the actor would affect, for the confirmation dialog and the REST 409 answer. */
    public DeletionImpact impactOfDeleting(long id, Locale locale) {
        Actor actor = get(id);
        List<String> usages = new ArrayList<>();
        long needs = repository.countProjectNeeds(id);
        if (needs > 0) {
            usages.add(messages.format(locale, "core.actor.impact.needs", needs));
        }
        for (ActorUsageProvider provider : usageProviders()) {
            usages.addAll(provider.usagesOf(id, locale));
        }
        return new DeletionImpact(
                id,
                actor.getName(),
                repository.countRelationships(id),
                repository.countMemberships(id),
                actor.getAssessments().size(),
                List.copyOf(usages));
    }

    /**
     * Deletes the actor with its assessments, relationships and memberships, after modules have
     * removed or detached their own records ({@link ActorDeleted}).
     *
     * @param expectedVersion the version the user saw, or null to skip the check
     */
    @RequiresRole({Role.MANAGER})
    public void delete(long id, Long expectedVersion) {
        Actor actor = get(id);
        if (expectedVersion != null && expectedVersion != actor.getVersion()) {
            throw new ConcurrentEditException("Actor", id);
        }
        fireDeleted(new ActorDeleted(id, actor.getName()));
        repository.removeTiesOf(actor);
        repository.flush();
        repository.remove(actor);
        repository.flush();
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER})
    public Relationship relate(
            long sourceId, long targetId, RelationshipType type, int strength, String note, Locale locale) {
        List<ValidationFailure.Violation> problems = new ArrayList<>();
        if (sourceId == targetId) {
            problems.add(
                    new ValidationFailure.Violation("target", messages.get(locale, "core.relationship.error.self")));
        }
        if (type == null) {
            problems.add(new ValidationFailure.Violation("type", messages.get(locale, "core.error.required")));
        }
        if (strength < Relationship.MIN_STRENGTH || strength > Relationship.MAX_STRENGTH) {
            problems.add(new ValidationFailure.Violation(
                    "strength", messages.get(locale, "core.relationship.error.strength")));
        }
        if (note != null && note.length() > Relationship.NOTE_MAX) {
            problems.add(new ValidationFailure.Violation(
                    "note", messages.format(locale, "core.error.tooLong", Relationship.NOTE_MAX)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        Relationship relationship = new Relationship(get(sourceId), get(targetId), type, strength, note);
        repository.addTie(relationship);
        repository.flush();
        return relationship;
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER})
    public void removeRelationship(long id) {
        repository.findRelationship(id).ifPresent(repository::removeTie);
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER})
    public Membership addMembership(long personId, long organisationId, String role, Locale locale) {
        Actor person = get(personId);
        Actor organisation = get(organisationId);
        if (person.getType() != ActorType.PERSON) {
            throw ValidationFailure.of(
                    "person", messages.format(locale, "core.membership.error.notPerson", person.getName()));
        }
        if (organisation.getType() != ActorType.ORGANISATION) {
            throw ValidationFailure.of(
                    "organisation",
                    messages.format(locale, "core.membership.error.notOrganisation", organisation.getName()));
        }
        if (role != null && role.length() > Membership.ROLE_MAX) {
            throw ValidationFailure.of("role", messages.format(locale, "core.error.tooLong", Membership.ROLE_MAX));
        }
        if (repository.membershipExists(personId, organisationId)) {
            throw ValidationFailure.of(
                    "organisation",
                    messages.format(
                            locale, "core.membership.error.duplicate", person.getName(), organisation.getName()));
        }
        Membership membership = new Membership(person, organisation, role);
        repository.addTie(membership);
        repository.flush();
        return membership;
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER})
    public void removeMembership(long id) {
        repository.findMembership(id).ifPresent(repository::removeTie);
    }

    public List<Relationship> relationshipsOf(long actorId) {
        return repository.relationshipsOf(actorId);
    }

    public List<Membership> membershipsOf(long actorId) {
        return repository.membershipsOf(actorId);
    }

    public Page<Actor> search(ActorFilter filter, ActorSort sort, boolean ascending, int page, int size) {
        ActorFilter visible = visibleFilter(filter);
        return visible == null
                ? new Page<>(List.of(), 0, page, size)
                : repository.search(visible, visibleSort(sort), ascending, page, size);
    }

    /** Rows {@code first}… of the sorted, filtered list (the table's lazy loading). */
    public List<Actor> slice(ActorFilter filter, ActorSort sort, boolean ascending, int first, int size) {
        ActorFilter visible = visibleFilter(filter);
        return visible == null ? List.of() : repository.slice(visible, visibleSort(sort), ascending, first, size);
    }

    public long count(ActorFilter filter) {
        ActorFilter visible = visibleFilter(filter);
        return visible == null ? 0 : repository.count(visible);
    }

    public List<Actor> list(ActorFilter filter) {
        ActorFilter visible = visibleFilter(filter);
        return visible == null ? List.of() : repository.list(visible);
    }

    /** Every actor's id and name, by name: for pickers, without loading the actors. */
    public List<Choice> choices() {
        return repository.choices();
    }

    public List<String> communes() {
        return repository.communes();
    }

    public List<String> tags() {
        return repository.tags();
    }

    /** Hook for tests outside a container. */
    protected void fireDeleted(ActorDeleted event) {
        deleted.fire(event);
    }

    /** Hook for tests outside a container. */
    protected Iterable<ActorUsageProvider> usageProviders() {
        return usageProviders;
    }
}
