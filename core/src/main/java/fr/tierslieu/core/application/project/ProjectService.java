package fr.tierslieu.core.application.project;

import fr.tierslieu.core.application.Choice;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.i18n.Validation;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.project.Finding;
import fr.tierslieu.core.domain.project.FindingKind;
import fr.tierslieu.core.domain.project.JourneyStep;
import fr.tierslieu.core.domain.project.NeedKind;
import fr.tierslieu.core.domain.project.NeedStatus;
import fr.tierslieu.core.domain.project.Project;
import fr.tierslieu.core.domain.project.ProjectLink;
import fr.tierslieu.core.domain.project.ProjectNeed;
import fr.tierslieu.core.domain.project.ProjectPartner;
import fr.tierslieu.core.domain.project.ProjectResource;
import fr.tierslieu.core.domain.project.Raci;
import fr.tierslieu.core.domain.project.ResourceKind;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.module.FindingPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The project registry: projects, their partners (RACI), the resources partners commit, and the
 * open questions / success factors / points of vigilance. One transaction per call: a refused
 * input saves nothing. Everyone signed in reads; team members edit; managers delete projects.
 */
@ApplicationScoped
@Transactional
@RequiresRole
public class ProjectService {

    public static final int MAX_TAGS = Project.MAX_TAGS;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Validation validation;

    @Inject
    MessageBundles messages;

    @Inject
    jakarta.enterprise.event.Event<fr.tierslieu.core.module.ProjectDeleted> projectDeleted;

    public ProjectService() {}

    /** Outside the container (tests). */
    public ProjectService(EntityManager em, Validation validation, MessageBundles messages) {
        this.em = em;
        this.validation = validation;
        this.messages = messages;
    }

    public Project get(long id) {
        Project p = em.find(Project.class, id);
        if (p == null) {
            throw new NotFoundException("Project", id);
        }
        return p;
    }

    public List<Project> slice(int first, int size) {
        return em.createQuery(
                        "select p from Project p left join fetch p.lead order by lower(p.name), p.id", Project.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(p) from Project p", Long.class).getSingleResult();
    }

    public List<Choice> choices() {
        return em
                .createQuery("select p.id, p.name from Project p order by lower(p.name)", Object[].class)
                .getResultList()
                .stream()
                .map(r -> new Choice((Long) r[0], (String) r[1]))
                .toList();
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER})
    public Project create(ProjectDraft draft, Locale locale) {
        Project project = new Project(draft.getName());
        apply(project, draft, locale);
        em.persist(project);
        em.flush();
        return project;
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER})
    public Project update(ProjectDraft draft, Locale locale) {
        Project project = get(draft.getId());
        if (draft.getVersion() == null || draft.getVersion() != project.getVersion()) {
            throw new ConcurrentEditException("Project", draft.getId());
        }
        apply(project, draft, locale);
        em.flush();
        return project;
    }

    private void apply(Project project, ProjectDraft d, Locale locale) {
        List<ValidationFailure.Violation> problems = new ArrayList<>(validation.violationsOf(d, locale, ""));
        if (d.getStartDate() != null && d.getEndDate() != null && d.getEndDate().isBefore(d.getStartDate())) {
            problems.add(new ValidationFailure.Violation(
                    "endDate", messages.get(locale, "core.project.error.endBeforeStart")));
        }
        Set<String> tags = tags(d.getTags(), locale, problems);
        List<ProjectLink> links = links(d.getLinks(), locale, problems);
        Actor lead = null;
        if (d.getLeadId() != null) {
            lead = em.find(Actor.class, d.getLeadId());
            if (lead == null) {
                problems.add(new ValidationFailure.Violation(
                        "leadId", messages.get(locale, "core.project.error.unknownActor")));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        project.describe(
                d.getName().strip(),
                blankToNull(d.getPurpose()),
                blankToNull(d.getObjectives()),
                d.getStatus(),
                d.getStartDate(),
                d.getEndDate(),
                lead,
                tags,
                links);
    }

    private Set<String> tags(String text, Locale locale, List<ValidationFailure.Violation> problems) {
        Set<String> tags = new LinkedHashSet<>();
        if (text != null) {
            for (String t : text.split(",")) {
                String tag = t.strip();
                if (!tag.isEmpty()) {
                    if (tag.length() > Project.TAG_MAX) {
                        problems.add(new ValidationFailure.Violation(
                                "tags", messages.format(locale, "core.project.error.tag", tag, Project.TAG_MAX)));
                    }
                    tags.add(tag);
                }
            }
        }
        if (tags.size() > MAX_TAGS) {
            problems.add(new ValidationFailure.Violation(
                    "tags", messages.format(locale, "core.project.error.tags", MAX_TAGS)));
        }
        return tags;
    }

    private List<ProjectLink> links(String text, Locale locale, List<ValidationFailure.Violation> problems) {
        List<ProjectLink> links = new ArrayList<>();
        if (text == null) {
            return links;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int bar = line.lastIndexOf('|');
            String label = bar < 0 ? "" : line.substring(0, bar).strip();
            String url = bar < 0 ? line : line.substring(bar + 1).strip();
            if (!url.matches("https?://\\S+")
                    || url.length() > ProjectLink.URL_MAX
                    || label.length() > ProjectLink.LABEL_MAX) {
                problems.add(new ValidationFailure.Violation(
                        "links", messages.format(locale, "core.project.error.link", i + 1, line)));
                continue;
            }
            links.add(new ProjectLink(label.isEmpty() ? url : label, url));
        }
        if (links.size() > Project.MAX_LINKS) {
            problems.add(new ValidationFailure.Violation(
                    "links", messages.format(locale, "core.error.tooMany", Project.MAX_LINKS)));
        }
        return links;
    }

    private void removeAll(String select, Project project) {
        em.createQuery(select, Object.class)
                .setParameter("p", project)
                .getResultList()
                .forEach(em::remove);
        em.flush();
    }

    @RequiresRole({Role.MANAGER})
    public void delete(long id, Long expectedVersion) {
        Project project = get(id);
        if (expectedVersion != null && expectedVersion != project.getVersion()) {
            throw new ConcurrentEditException("Project", id);
        }
        // Every record is removed through the entity manager (never a bulk JPQL delete), so that the
        // audit log keeps each one. Links between tasks first (they refer to tasks from both sides).
        removeAll("select l from RoadmapLink l where l.successor.project = :p or l.predecessor.project = :p", project);
        for (String entity : List.of(
                "RoadmapTask",
                "ProjectPartner",
                "ProjectResource",
                "ProjectNeed",
                "Finding",
                "JourneyActivity",
                "JourneyOutcome")) {
            removeAll("select x from " + entity + " x where x.project = :p", project);
        }
        removeAll("select a from MeetingAttendee a where a.meeting.project = :p", project);
        removeAll("select m from Meeting m where m.project = :p", project);
        removeAll("select a from MactorAnalysis a where a.project = :p", project);
        if (projectDeleted != null) {
            // modules detach their records in this transaction (an observer that fails rolls it back)
            projectDeleted.fire(new fr.tierslieu.core.module.ProjectDeleted(id, project.getName()));
        }
        em.flush();
        em.remove(project);
        em.flush();
    }

    // ---- partners (RACI) ----

    private long count(String entity, long projectId) {
        return em.createQuery("select count(x) from " + entity + " x where x.project.id = :p", Long.class)
                .setParameter("p", projectId)
                .getSingleResult();
    }

    /** A project as modules read it (the published read model, not the entity). */
    public fr.tierslieu.core.module.ProjectSummary summary(long id) {
        Project p = get(id);
        return new fr.tierslieu.core.module.ProjectSummary(p.getId(), p.getName());
    }

    /** The partners of a project as modules read them. */
    public List<fr.tierslieu.core.module.PartnerView> partnerViews(long projectId) {
        return partners(projectId).stream()
                .map(x -> new fr.tierslieu.core.module.PartnerView(
                        x.getActor().getId(), x.getActor().getName(), x.getResponsibility(), x.getRaci()))
                .toList();
    }

    /** The findings of a project as modules read them. */
    public List<fr.tierslieu.core.module.FindingView> findingViews(long projectId) {
        return findings(projectId).stream()
                .map(f -> new fr.tierslieu.core.module.FindingView(f.getId(), f.getKind(), f.getText(), f.isResolved()))
                .toList();
    }

    public List<ProjectPartner> partners(long projectId) {
        return em.createQuery(
                        "select x from ProjectPartner x join fetch x.actor where x.project.id = :p "
                                + "order by lower(x.responsibility), x.raci, lower(x.actor.name)",
                        ProjectPartner.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER})
    public ProjectPartner addPartner(long projectId, Long actorId, String responsibility, Raci raci, Locale locale) {
        Project project = get(projectId);
        String text = responsibility == null ? "" : responsibility.strip();
        List<ValidationFailure.Violation> problems =
                new ArrayList<>(validation.violationsOf(new ProjectForms.Partner(text, raci), locale, ""));
        Actor actor = actor(actorId, "partnerActor", locale, problems);
        if (count("ProjectPartner", projectId) >= Project.MAX_PARTNERS) {
            problems.add(new ValidationFailure.Violation(
                    "partnerActor", messages.format(locale, "core.error.tooMany", Project.MAX_PARTNERS)));
        }
        if (problems.isEmpty()
                && !em.createQuery(
                                "select x from ProjectPartner x where x.project.id = :p and x.actor.id = :a "
                                        + "and lower(x.responsibility) = :r",
                                ProjectPartner.class)
                        .setParameter("p", projectId)
                        .setParameter("a", actorId)
                        .setParameter("r", text.toLowerCase(Locale.ROOT))
                        .getResultList()
                        .isEmpty()) {
            problems.add(new ValidationFailure.Violation(
                    "responsibility",
                    messages.format(locale, "core.project.error.partnerTwice", actor.getName(), text)));
        }
        if (raci == Raci.ACCOUNTABLE
                && problems.isEmpty()
                && !em.createQuery(
                                "select x from ProjectPartner x where x.project.id = :p "
                                        + "and lower(x.responsibility) = :r and x.raci = :a",
                                ProjectPartner.class)
                        .setParameter("p", projectId)
                        .setParameter("r", text.toLowerCase(Locale.ROOT))
                        .setParameter("a", Raci.ACCOUNTABLE)
                        .getResultList()
                        .isEmpty()) {
            problems.add(new ValidationFailure.Violation(
                    "raci", messages.format(locale, "core.project.error.twoAccountable", text)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        ProjectPartner partner = new ProjectPartner(project, actor, text, raci);
        em.persist(partner);
        em.flush();
        return partner;
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER})
    public void removePartner(long id) {
        ProjectPartner partner = em.find(ProjectPartner.class, id);
        if (partner != null) {
            em.remove(partner);
        }
    }

    // ---- resources ----

    public List<ProjectResource> resources(long projectId) {
        return em.createQuery(
                        "select x from ProjectResource x join fetch x.actor where x.project.id = :p "
                                + "order by x.kind, lower(x.actor.name)",
                        ProjectResource.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER})
    public ProjectResource addResource(
            long projectId, Long actorId, ResourceKind kind, BigDecimal amount, String description, Locale locale) {
        Project project = get(projectId);
        List<ValidationFailure.Violation> problems = new ArrayList<>(
                validation.violationsOf(new ProjectForms.Resource(kind, amount, description), locale, ""));
        Actor actor = actor(actorId, "resourceActor", locale, problems);
        if (count("ProjectResource", projectId) >= Project.MAX_RESOURCES) {
            problems.add(new ValidationFailure.Violation(
                    "resourceActor", messages.format(locale, "core.error.tooMany", Project.MAX_RESOURCES)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        ProjectResource resource = new ProjectResource(project, actor, kind, amount, blankToNull(description));
        em.persist(resource);
        em.flush();
        return resource;
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER})
    public void removeResource(long id) {
        ProjectResource resource = em.find(ProjectResource.class, id);
        if (resource != null) {
            em.remove(resource);
        }
    }

    // ---- needs still to mobilise, recommendations ----

    /** The project's needs: to find first, then under discussion, then covered; by kind. */
    public List<ProjectNeed> needs(long projectId) {
        // statuses and kinds are stored by name: sorted here in their declared order, not alphabetically
        return em
                .createQuery(
                        "select n from ProjectNeed n left join fetch n.actor where n.project.id = :p order by n.id",
                        ProjectNeed.class)
                .setParameter("p", projectId)
                .getResultList()
                .stream()
                .sorted(java.util.Comparator.comparing(ProjectNeed::getStatus).thenComparing(ProjectNeed::getKind))
                .toList();
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER})
    public ProjectNeed addNeed(
            long projectId,
            NeedKind kind,
            String description,
            BigDecimal amount,
            Integer days,
            Long actorId,
            Locale locale) {
        Project project = get(projectId);
        String text = description == null ? "" : description.strip();
        List<ValidationFailure.Violation> problems =
                new ArrayList<>(validation.violationsOf(new ProjectForms.Need(kind, text, amount, days), locale, ""));
        Actor actor = actorId == null ? null : actor(actorId, "needActor", locale, problems);
        if (count("ProjectNeed", projectId) >= Project.MAX_NEEDS) {
            problems.add(new ValidationFailure.Violation(
                    "needDescription", messages.format(locale, "core.error.tooMany", Project.MAX_NEEDS)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        ProjectNeed need = new ProjectNeed(project, kind, text, amount, days, NeedStatus.TO_FIND, actor);
        em.persist(need);
        em.flush();
        return need;
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER})
    public void setNeedStatus(long id, NeedStatus status) {
        ProjectNeed need = em.find(ProjectNeed.class, id);
        if (need == null) {
            throw new NotFoundException("ProjectNeed", id);
        }
        if (status != null) {
            need.setStatus(status);
        }
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER})
    public void removeNeed(long id) {
        ProjectNeed need = em.find(ProjectNeed.class, id);
        if (need != null) {
            em.remove(need);
        }
    }

    // ---- open questions, success factors, points of vigilance ----

    public List<Finding> findings(long projectId) {
        return em.createQuery(
                        "select f from Finding f left join fetch f.actor left join fetch f.meeting where f.project.id = :p "
                                + "order by f.kind, f.resolved, f.createdAt",
                        Finding.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER, Role.CONSULTANT})
    public Finding addFinding(
            long projectId, FindingKind kind, String text, JourneyStep step, Long actorId, Locale locale) {
        return addFinding(projectId, kind, text, step, actorId, null, locale);
    }

    /** @param meetingId the meeting of the project where it was raised, or null */
    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER, Role.CONSULTANT})
    public Finding addFinding(
            long projectId,
            FindingKind kind,
            String text,
            JourneyStep step,
            Long actorId,
            Long meetingId,
            Locale locale) {
        Project project = get(projectId);
        String clean = text == null ? "" : text.strip();
        List<ValidationFailure.Violation> problems =
                new ArrayList<>(validation.violationsOf(new ProjectForms.FindingForm(kind, clean), locale, ""));
        Actor actor = actorId == null ? null : actor(actorId, "findingActor", locale, problems);
        fr.tierslieu.core.domain.project.Meeting meeting =
                meetingId == null ? null : em.find(fr.tierslieu.core.domain.project.Meeting.class, meetingId);
        if (meetingId != null
                && (meeting == null || !meeting.getProject().getId().equals(projectId))) {
            problems.add(new ValidationFailure.Violation(
                    "findingMeeting", messages.get(locale, "core.project.error.unknownMeeting")));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        Finding finding = new Finding(project, kind, clean, step, actor, "core", null);
        finding.raisedAt(meeting);
        em.persist(finding);
        em.flush();
        return finding;
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER, Role.CONSULTANT})
    public void setResolved(long findingId, boolean resolved) {
        Finding f = em.find(Finding.class, findingId);
        if (f == null) {
            throw new NotFoundException("Finding", findingId);
        }
        f.setResolved(resolved);
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER, Role.CONSULTANT})
    public void removeFinding(long id) {
        Finding f = em.find(Finding.class, id);
        if (f != null) {
            em.remove(f);
        }
    }

    /**
     * Stores a finding published by a module, once per (source, reference): a second event with
     * the same reference replaces the first. Bad events are refused with an exception, which rolls
     * back the module's transaction too.
     */
    void onFindingPublished(@Observes FindingPublished event) {
        Project project = get(event.projectId());
        FindingKind kind = event.kind();
        JourneyStep step = event.step();
        if (kind == null
                || event.text() == null
                || event.text().isBlank()
                || event.text().length() > Finding.TEXT_MAX
                || event.source() == null
                || event.sourceRef() == null) {
            throw new IllegalArgumentException("finding without kind, text, source or reference: " + event);
        }
        Actor actor = event.actorId() == null ? null : em.find(Actor.class, event.actorId());
        em.createQuery(
                        "select f from Finding f where f.project = :p and f.source = :s and f.sourceRef = :r",
                        Finding.class)
                .setParameter("p", project)
                .setParameter("s", event.source())
                .setParameter("r", event.sourceRef())
                .getResultList()
                .forEach(em::remove);
        em.flush();
        em.persist(new Finding(project, kind, event.text().strip(), step, actor, event.source(), event.sourceRef()));
    }

    private Actor actor(Long actorId, String field, Locale locale, List<ValidationFailure.Violation> problems) {
        if (actorId == null) {
            problems.add(new ValidationFailure.Violation(field, messages.get(locale, "core.error.required")));
            return null;
        }
        Actor actor = em.find(Actor.class, actorId);
        if (actor == null) {
            problems.add(
                    new ValidationFailure.Violation(field, messages.get(locale, "core.project.error.unknownActor")));
        }
        return actor;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
