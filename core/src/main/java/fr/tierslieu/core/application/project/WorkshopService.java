package fr.tierslieu.core.application.project;

import static fr.tierslieu.core.application.i18n.Validation.REQUIRED;
import static fr.tierslieu.core.application.i18n.Validation.TOO_LONG;

import fr.tierslieu.core.application.Choice;
import fr.tierslieu.core.application.actor.ActorDraft;
import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.application.audit.AuditUser;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.ActorType;
import fr.tierslieu.core.domain.actor.EngagementLevel;
import fr.tierslieu.core.domain.actor.RelationshipType;
import fr.tierslieu.core.domain.project.FindingKind;
import fr.tierslieu.core.domain.project.JourneyStep;
import fr.tierslieu.core.domain.project.Project;
import fr.tierslieu.core.domain.project.ProposalKind;
import fr.tierslieu.core.domain.project.ProposalStatus;
import fr.tierslieu.core.domain.project.Workshop;
import fr.tierslieu.core.domain.project.WorkshopGuest;
import fr.tierslieu.core.domain.project.WorkshopProposal;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Co-construction workshops of a project (« co-réalisation de la cartographie »): the team opens one
 * and invites guests by a personal link; partners signed in and guests propose actors missing from
 * the map, relationships between actors, their own organisation's engagement and their expectations;
 * each proposal waits for the team, which merges it — an actor created, a tie drawn, an engagement
 * recorded in the actor's history, an open question of the project — with who proposed it and where,
 * or sets it aside. The team (manager, board, organisers) runs workshops; everyone signed in proposes.
 */
@ApplicationScoped
@Transactional
@RequiresRole
public class WorkshopService {

    /** Workshops of one project at most. */
    public static final int MAX_WORKSHOPS = 50;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    MessageBundles messages;

    @Inject
    ActorService actors;

    @Inject
    ProjectService projects;

    @Inject
    fr.tierslieu.core.application.i18n.Validation validation;

    Clock clock = Clock.systemDefaultZone();

    public WorkshopService() {}

    /** The workshop form, as the page names its fields. */
    static final class WorkshopForm {
        @jakarta.validation.constraints.NotBlank(message = REQUIRED)
        @jakarta.validation.constraints.Size(max = Workshop.TITLE_MAX, message = TOO_LONG)
        private final String workshopTitle;

        @jakarta.validation.constraints.NotNull(message = REQUIRED)
        private final LocalDate closesOn;

        WorkshopForm(String workshopTitle, LocalDate closesOn) {
            this.workshopTitle = workshopTitle;
            this.closesOn = closesOn;
        }
    }

    /** The invitation form, as the page names its field. */
    static final class GuestForm {
        @jakarta.validation.constraints.NotBlank(message = REQUIRED)
        @jakarta.validation.constraints.Size(max = WorkshopGuest.NAME_MAX, message = TOO_LONG)
        private final String guestName;

        GuestForm(String guestName) {
            this.guestName = guestName;
        }
    }

    /** Outside the container (tests). */
    public WorkshopService(
            EntityManager em, MessageBundles messages, ActorService actors, ProjectService projects, Clock clock) {
        this.em = em;
        this.messages = messages;
        this.validation = fr.tierslieu.core.application.i18n.Validation.standalone(messages);
        this.actors = actors;
        this.projects = projects;
        this.clock = clock;
    }

    /** What a participant proposes; the fields its kind needs (see {@link ProposalKind}). */
    public record Draft(
            ProposalKind kind,
            String actorName,
            ActorKind actorKind,
            String commune,
            Long actorId,
            Long otherActorId,
            RelationshipType relationshipType,
            EngagementLevel engagement,
            String text) {}

    /** A guest and the token of their link, shown once (only its hash is kept). */
    public record Invitation(WorkshopGuest guest, String token) {}

    public List<Workshop> of(long projectId) {
        return em.createQuery(
                        "select w from Workshop w where w.project.id = :p order by w.createdAt desc", Workshop.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    public Workshop get(long id) {
        Workshop w = em.find(Workshop.class, id);
        if (w == null) {
            throw new NotFoundException("Workshop", id);
        }
        return w;
    }

    public boolean isOpen(Workshop w) {
        return w.isOpenOn(LocalDate.now(clock));
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER})
    public Workshop create(long projectId, String title, JourneyStep step, LocalDate closesOn, Locale locale) {
        Project project = em.find(Project.class, projectId);
        if (project == null) {
            throw new NotFoundException("Project", projectId);
        }
        List<ValidationFailure.Violation> problems = new ArrayList<>(
                validation.violationsOf(new WorkshopForm(title == null ? null : title.trim(), closesOn), locale, ""));
        if (closesOn != null && closesOn.isBefore(LocalDate.now(clock))) {
            problems.add(new ValidationFailure.Violation("closesOn", messages.get(locale, "core.workshop.error.past")));
        }
        if (of(projectId).size() >= MAX_WORKSHOPS) {
            problems.add(new ValidationFailure.Violation(
                    "workshopTitle", messages.format(locale, "core.error.tooMany", MAX_WORKSHOPS)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        Workshop w = new Workshop(project, title.trim(), step, closesOn, clock.instant());
        em.persist(w);
        em.flush();
        return w;
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER})
    public void close(long workshopId) {
        get(workshopId).close();
    }

    public List<WorkshopGuest> guests(long workshopId) {
        return em.createQuery(
                        "select g from WorkshopGuest g where g.workshop.id = :w order by g.name", WorkshopGuest.class)
                .setParameter("w", workshopId)
                .getResultList();
    }

    /**
     * Invites someone by a personal link; {@code actorId} is their organisation in the registry, whose
     * engagement they may then declare (or null).
     */
    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER})
    public Invitation invite(long workshopId, String name, Long actorId, Locale locale) {
        Workshop w = get(workshopId);
        List<ValidationFailure.Violation> problems =
                new ArrayList<>(validation.violationsOf(new GuestForm(name == null ? null : name.trim()), locale, ""));
        Actor actor = actorId == null ? null : em.find(Actor.class, actorId);
        if (actorId != null && actor == null) {
            problems.add(new ValidationFailure.Violation("guestActor", messages.get(locale, "core.error.required")));
        }
        if (guests(workshopId).size() >= Workshop.MAX_GUESTS) {
            problems.add(new ValidationFailure.Violation(
                    "guestName", messages.format(locale, "core.error.tooMany", Workshop.MAX_GUESTS)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        WorkshopGuest g = new WorkshopGuest(w, name.trim(), actor, hash(token), clock.instant());
        em.persist(g);
        em.flush();
        return new Invitation(g, token);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The guest a link's token opens, if any. */
    Optional<WorkshopGuest> guest(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em
                .createQuery("select g from WorkshopGuest g where g.tokenHash = :h", WorkshopGuest.class)
                .setParameter("h", hash(token.trim()))
                .getResultList()
                .stream()
                .findFirst();
    }

    public List<WorkshopProposal> proposals(long workshopId) {
        return em.createQuery(
                        "select p from WorkshopProposal p where p.workshop.id = :w order by p.createdAt, p.id",
                        WorkshopProposal.class)
                .setParameter("w", workshopId)
                .getResultList();
    }

    List<WorkshopProposal> proposalsOf(WorkshopGuest guest) {
        return em.createQuery(
                        "select p from WorkshopProposal p where p.guest = :g order by p.createdAt, p.id",
                        WorkshopProposal.class)
                .setParameter("g", guest)
                .getResultList();
    }

    /** The organisations of the registry, by name: what a relationship may link (never persons). */
    public List<Choice> organisations() {
        return em
                .createQuery(
                        "select a from Actor a where a.type = :t and a.erasedOn is null order by a.name", Actor.class)
                .setParameter("t", ActorType.ORGANISATION)
                .setMaxResults(2_000)
                .getResultList()
                .stream()
                .map(a -> new Choice(a.getId(), a.getName()))
                .toList();
    }

    /** A signed-in partner's proposal, under their user name. */
    public WorkshopProposal propose(long workshopId, Draft d, Locale locale) {
        return record(get(workshopId), null, AuditUser.current(), d, locale);
    }

    /** A guest's proposal; their organisation is the one whose engagement they declare. */
    WorkshopProposal propose(WorkshopGuest guest, Draft d, Locale locale) {
        Draft own = d.kind() == ProposalKind.ENGAGEMENT
                ? new Draft(
                        d.kind(),
                        null,
                        null,
                        null,
                        guest.getActor() == null ? null : guest.getActor().getId(),
                        null,
                        null,
                        d.engagement(),
                        d.text())
                : d;
        return record(guest.getWorkshop(), guest, guest.getName(), own, locale);
    }

    private WorkshopProposal record(Workshop w, WorkshopGuest guest, String author, Draft d, Locale locale) {
        if (!isOpen(w)) {
            throw ValidationFailure.of(null, messages.get(locale, "core.workshop.error.closed"));
        }
        List<ValidationFailure.Violation> p = new ArrayList<>();
        if (d == null || d.kind() == null) {
            throw ValidationFailure.of("kind", messages.get(locale, "core.error.required"));
        }
        long byAuthor = em.createQuery(
                        "select count(p) from WorkshopProposal p where p.workshop = :w and p.author = :a", Long.class)
                .setParameter("w", w)
                .setParameter("a", author)
                .getSingleResult();
        if (byAuthor >= WorkshopProposal.MAX_PER_AUTHOR || proposals(w.getId()).size() >= Workshop.MAX_PROPOSALS) {
            throw ValidationFailure.of(
                    null, messages.format(locale, "core.error.tooMany", WorkshopProposal.MAX_PER_AUTHOR));
        }
        String text = d.text() == null || d.text().isBlank() ? null : d.text().trim();
        if (text != null && text.length() > WorkshopProposal.TEXT_MAX) {
            p.add(new ValidationFailure.Violation(
                    "text", messages.format(locale, "core.error.tooLong", WorkshopProposal.TEXT_MAX)));
        }
        var now = clock.instant();
        WorkshopProposal made = null;
        switch (d.kind()) {
            case ACTOR -> {
                String name = d.actorName() == null ? "" : d.actorName().trim();
                if (name.isEmpty()) {
                    p.add(new ValidationFailure.Violation("actorName", messages.get(locale, "core.error.required")));
                } else if (name.length() > 200) {
                    p.add(new ValidationFailure.Violation(
                            "actorName", messages.format(locale, "core.error.tooLong", 200)));
                }
                if (d.actorKind() == null) {
                    p.add(new ValidationFailure.Violation("actorKind", messages.get(locale, "core.error.required")));
                }
                if (d.commune() != null && d.commune().trim().length() > 120) {
                    p.add(new ValidationFailure.Violation(
                            "commune", messages.format(locale, "core.error.tooLong", 120)));
                }
                if (p.isEmpty()) {
                    made = WorkshopProposal.actor(w, guest, author, name, d.actorKind(), blank(d.commune()), text, now);
                }
            }
            case RELATIONSHIP -> {
                Actor from = organisation(d.actorId(), "actorId", locale, p);
                Actor to = organisation(d.otherActorId(), "otherActorId", locale, p);
                if (from != null && from.equals(to)) {
                    p.add(new ValidationFailure.Violation(
                            "otherActorId", messages.get(locale, "core.relationship.error.self")));
                }
                if (d.relationshipType() == null) {
                    p.add(new ValidationFailure.Violation(
                            "relationshipType", messages.get(locale, "core.error.required")));
                }
                if (p.isEmpty()) {
                    made = WorkshopProposal.relationship(w, guest, author, from, to, d.relationshipType(), text, now);
                }
            }
            case ENGAGEMENT -> {
                Actor actor = d.actorId() == null ? null : em.find(Actor.class, d.actorId());
                if (actor == null) {
                    p.add(new ValidationFailure.Violation(
                            "engagement", messages.get(locale, "core.workshop.error.noActor")));
                }
                if (d.engagement() == null) {
                    p.add(new ValidationFailure.Violation("engagement", messages.get(locale, "core.error.required")));
                }
                if (p.isEmpty()) {
                    made = WorkshopProposal.engagement(w, guest, author, actor, d.engagement(), text, now);
                }
            }
            case EXPECTATION -> {
                if (text == null) {
                    p.add(new ValidationFailure.Violation("text", messages.get(locale, "core.error.required")));
                }
                if (p.isEmpty()) {
                    made = WorkshopProposal.expectation(w, guest, author, text, now);
                }
            }
        }
        if (!p.isEmpty()) {
            throw new ValidationFailure(p);
        }
        em.persist(made);
        em.flush();
        return made;
    }

    private Actor organisation(Long id, String field, Locale locale, List<ValidationFailure.Violation> p) {
        Actor a = id == null ? null : em.find(Actor.class, id);
        if (a == null || a.getType() != ActorType.ORGANISATION || a.getErasedOn() != null) {
            p.add(new ValidationFailure.Violation(field, messages.get(locale, "core.error.required")));
            return null;
        }
        return a;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /**
     * Merges a proposal: creates the actor, draws the tie, records the engagement in the actor's
     * history, or adds the expectation as an open question of the project — each saying who proposed
     * it at which workshop.
     */
    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER})
    public WorkshopProposal accept(long proposalId, Locale locale) {
        WorkshopProposal p = proposal(proposalId);
        if (p.getStatus() != ProposalStatus.PENDING) {
            throw ValidationFailure.of(null, messages.get(locale, "core.workshop.error.decided"));
        }
        Workshop w = p.getWorkshop();
        String origin = messages.format(
                locale,
                "core.workshop.origin",
                p.getAuthor(),
                w.getTitle(),
                p.getCreatedAt()
                        .atZone(clock.getZone())
                        .toLocalDate()
                        .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        String result;
        switch (p.getKind()) {
            case ACTOR -> {
                ActorDraft d = new ActorDraft();
                d.setType(ActorType.ORGANISATION);
                d.setName(p.getActorName());
                d.setKind(p.getActorKind());
                d.setCommune(p.getCommune());
                d.setNotes(p.getText() == null ? origin : origin + " " + p.getText());
                Actor a = actors.create(d, locale);
                result = messages.format(locale, "core.workshop.result.actor", a.getName());
            }
            case RELATIONSHIP -> {
                actors.relate(
                        p.getActor().getId(),
                        p.getOtherActor().getId(),
                        p.getRelationshipType(),
                        3,
                        cut(p.getText() == null ? origin : origin + " " + p.getText(), 500),
                        locale);
                result = messages.format(
                        locale,
                        "core.workshop.result.tie",
                        p.getActor().getName(),
                        p.getOtherActor().getName());
            }
            case ENGAGEMENT -> {
                Actor a = actors.get(p.getActor().getId());
                ActorDraft d = ActorDraft.of(a);
                d.setEngagement(p.getEngagement());
                d.setAssessedOn(LocalDate.now(clock));
                d.setAssessmentComment(cut(p.getText() == null ? origin : origin + " " + p.getText(), 500));
                actors.update(d, locale);
                result = messages.format(
                        locale,
                        "core.workshop.result.engagement",
                        a.getName(),
                        messages.label(locale, p.getEngagement()));
            }
            case EXPECTATION -> {
                projects.addFinding(
                        w.getProject().getId(),
                        FindingKind.OPEN_QUESTION,
                        cut(p.getText() + " — " + origin, 2000),
                        w.getStep(),
                        p.getGuest() == null || p.getGuest().getActor() == null
                                ? null
                                : p.getGuest().getActor().getId(),
                        locale);
                result = messages.get(locale, "core.workshop.result.question");
            }
            default -> throw new IllegalStateException();
        }
        p.decide(ProposalStatus.ACCEPTED, AuditUser.current(), cut(result, 200), clock.instant());
        em.flush();
        return p;
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER})
    public WorkshopProposal reject(long proposalId, Locale locale) {
        WorkshopProposal p = proposal(proposalId);
        if (p.getStatus() != ProposalStatus.PENDING) {
            throw ValidationFailure.of(null, messages.get(locale, "core.workshop.error.decided"));
        }
        p.decide(ProposalStatus.REJECTED, AuditUser.current(), null, clock.instant());
        em.flush();
        return p;
    }

    private WorkshopProposal proposal(long id) {
        WorkshopProposal p = em.find(WorkshopProposal.class, id);
        if (p == null) {
            throw new NotFoundException("WorkshopProposal", id);
        }
        return p;
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max - 1) + "…" : s;
    }
}
