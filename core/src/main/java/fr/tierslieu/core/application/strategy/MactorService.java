package fr.tierslieu.core.application.strategy;

import static fr.tierslieu.core.application.i18n.Validation.REQUIRED;
import static fr.tierslieu.core.application.i18n.Validation.TOO_LONG;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.project.ProjectService;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.project.Project;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.domain.strategy.Mactor;
import fr.tierslieu.core.domain.strategy.MactorAnalysis;
import fr.tierslieu.core.domain.strategy.MactorInput;
import fr.tierslieu.core.domain.strategy.MactorObjective;
import fr.tierslieu.core.domain.strategy.MactorResult;
import fr.tierslieu.core.module.ActorDeleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * MACTOR analyses of a project: define actors, objectives and matrices, compute, compare two
 * dated analyses. Everyone signed in reads; team members edit.
 */
@ApplicationScoped
@Transactional
@RequiresRole
public class MactorService {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    MessageBundles messages;

    @Inject
    ProjectService projects;

    @Inject
    fr.tierslieu.core.application.i18n.Validation validation;

    public MactorService() {}

    /** An analysis's header, as the page names its fields. */
    static final class HeaderForm {
        @jakarta.validation.constraints.NotBlank(message = REQUIRED)
        @jakarta.validation.constraints.Size(max = MactorAnalysis.TITLE_MAX, message = TOO_LONG)
        private final String title;

        @jakarta.validation.constraints.NotNull(message = REQUIRED)
        private final LocalDate analysedOn;

        @jakarta.validation.constraints.Size(max = MactorAnalysis.NOTES_MAX, message = TOO_LONG)
        private final String notes;

        HeaderForm(String title, LocalDate analysedOn, String notes) {
            this.title = title;
            this.analysedOn = analysedOn;
            this.notes = notes;
        }
    }

    /** Outside the container (tests). */
    public MactorService(EntityManager em, MessageBundles messages, ProjectService projects) {
        this.em = em;
        this.messages = messages;
        this.validation = fr.tierslieu.core.application.i18n.Validation.standalone(messages);
        this.projects = projects;
    }

    public List<MactorAnalysis> analyses(long projectId) {
        return em.createQuery(
                        "select a from MactorAnalysis a where a.project.id = :p order by a.analysedOn, a.id",
                        MactorAnalysis.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    public MactorAnalysis get(long id) {
        MactorAnalysis a = em.find(MactorAnalysis.class, id);
        if (a == null) {
            throw new NotFoundException("MactorAnalysis", id);
        }
        a.getActors().size();
        a.getObjectives().size();
        return a;
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER, Role.CONSULTANT})
    public MactorAnalysis create(long projectId, String title, LocalDate on, Locale locale) {
        Project project = projects.get(projectId);
        checkHeader(title, on, null, locale);
        MactorAnalysis analysis = new MactorAnalysis(project, title.strip(), on);
        em.persist(analysis);
        em.flush();
        return analysis;
    }

    /** A new analysis with the same actors, objectives and matrices, dated {@code on} (to compare later). */
    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER, Role.CONSULTANT})
    public MactorAnalysis copy(long id, String title, LocalDate on, Locale locale) {
        MactorAnalysis source = get(id);
        checkHeader(title, on, null, locale);
        MactorAnalysis copy = new MactorAnalysis(source.getProject(), title.strip(), on);
        copy.define(
                new ArrayList<>(source.getActors()),
                source.getObjectives().stream()
                        .map(o -> new MactorObjective(o.getLabel(), o.isKey()))
                        .toList(),
                source.mid(),
                source.positions());
        em.persist(copy);
        em.flush();
        return copy;
    }

    /**
     * Replaces title, date, notes, actors, objectives and both matrices at once, after checking
     * them all; a refused input saves nothing.
     */
    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER, Role.CONSULTANT})
    public MactorAnalysis save(
            long id,
            long expectedVersion,
            String title,
            LocalDate on,
            String notes,
            List<Long> actorIds,
            List<MactorObjective> objectives,
            int[][] mid,
            int[][] positions,
            Locale locale) {
        MactorAnalysis analysis = get(id);
        if (analysis.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("MactorAnalysis", id);
        }
        List<ValidationFailure.Violation> problems = new ArrayList<>(headerProblems(title, on, notes, locale));
        List<Actor> actors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < actorIds.size(); i++) {
            Actor actor = actorIds.get(i) == null ? null : em.find(Actor.class, actorIds.get(i));
            if (actor == null) {
                problems.add(new ValidationFailure.Violation(
                        "actors[" + i + "]", messages.get(locale, "core.project.error.unknownActor")));
            } else if (!seen.add(actor.getId())) {
                problems.add(new ValidationFailure.Violation(
                        "actors[" + i + "]", messages.format(locale, "core.mactor.error.actorTwice", actor.getName())));
            }
            actors.add(actor);
        }
        if (actorIds.size() > MactorAnalysis.MAX_ACTORS) {
            problems.add(new ValidationFailure.Violation(
                    "actors", messages.format(locale, "core.mactor.error.tooMany", MactorAnalysis.MAX_ACTORS)));
        }
        if (objectives.size() > MactorAnalysis.MAX_OBJECTIVES) {
            problems.add(new ValidationFailure.Violation(
                    "objectives", messages.format(locale, "core.mactor.error.tooMany", MactorAnalysis.MAX_OBJECTIVES)));
        }
        if (problems.isEmpty()) {
            MactorInput input = new MactorInput(
                    actors.stream().map(Actor::getName).toList(),
                    objectives.stream()
                            .map(o -> o.getLabel() == null ? "" : o.getLabel().strip())
                            .toList(),
                    mid,
                    positions);
            problems.addAll(violations(input, locale));
        }
        for (int j = 0; j < objectives.size(); j++) {
            String label = objectives.get(j).getLabel();
            if (label != null && label.length() > MactorObjective.LABEL_MAX) {
                problems.add(new ValidationFailure.Violation(
                        "objectives[" + j + "]",
                        messages.format(locale, "core.error.tooLong", MactorObjective.LABEL_MAX)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        analysis.describe(title.strip(), on, notes == null || notes.isBlank() ? null : notes.strip());
        analysis.define(
                actors,
                objectives.stream()
                        .map(o -> new MactorObjective(o.getLabel().strip(), o.isKey()))
                        .toList(),
                mid,
                positions);
        em.flush();
        return analysis;
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER, Role.CONSULTANT})
    public void delete(long id) {
        MactorAnalysis a = em.find(MactorAnalysis.class, id);
        if (a != null) {
            em.remove(a);
        }
    }

    /** Computes an analysis as saved; empty analyses (no actor or no objective) give null. */
    public MactorResult result(MactorAnalysis analysis) {
        if (analysis.getActors().isEmpty() || analysis.getObjectives().isEmpty()) {
            return null;
        }
        return Mactor.compute(analysis.toInput());
    }

    /** Checks and computes an input that is not saved (the REST interface for other tools). */
    public MactorResult compute(MactorInput input, Locale locale) {
        List<ValidationFailure.Violation> problems = violations(input, locale);
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        return Mactor.compute(input);
    }

    /** "found/expected" as numbers, for the messages that choose singular or plural. */
    private static Integer count(String detail, int index) {
        return Integer.valueOf(detail.split("/")[index]);
    }

    /** The input's problems, in words naming the row and column by their names when known. */
    public List<ValidationFailure.Violation> violations(MactorInput input, Locale locale) {
        List<ValidationFailure.Violation> out = new ArrayList<>();
        for (MactorInput.Problem p : input.problems()) {
            String rowName = name(p.field().equals("objectives") ? input.objectives() : input.actors(), p.row());
            String columnName = name(p.field().equals("positions") ? input.objectives() : input.actors(), p.column());
            String message = switch (p.code()) {
                case "missing" -> messages.get(locale, "core.mactor.error.missing");
                case "blank" -> messages.format(locale, "core.mactor.error.blank", p.row() + 1);
                case "duplicate" -> messages.format(locale, "core.mactor.error.duplicate", p.detail());
                case "rows" ->
                    messages.format(locale, "core.mactor.error.rows", count(p.detail(), 0), count(p.detail(), 1));
                case "columns" ->
                    messages.format(
                            locale, "core.mactor.error.columns", rowName, count(p.detail(), 0), count(p.detail(), 1));
                case "diagonal" -> messages.format(locale, "core.mactor.error.diagonal", rowName, p.detail());
                case "range" ->
                    p.field().equals("mid")
                            ? messages.format(locale, "core.mactor.error.midRange", rowName, columnName, p.detail())
                            : messages.format(
                                    locale, "core.mactor.error.positionRange", rowName, columnName, p.detail());
                default -> p.code();
            };
            out.add(new ValidationFailure.Violation(p.path(), message));
        }
        return out;
    }

    private static String name(List<String> names, int index) {
        return names != null && index >= 0 && index < names.size() && names.get(index) != null
                ? names.get(index)
                : "#" + (index + 1);
    }

    /** One actor's change between two analyses of the same project. */
    public record Move(
            long actorId,
            String actor,
            Double riStarBefore,
            Double riStarAfter,
            Integer stanceBefore,
            Integer stanceAfter) {
        public Double delta() {
            return riStarBefore == null || riStarAfter == null ? null : riStarAfter - riStarBefore;
        }
    }

    /** Who moved between two analyses: r* and stance on key objectives, for every actor of either. */
    public List<Move> compare(long beforeId, long afterId) {
        MactorAnalysis before = get(beforeId);
        MactorAnalysis after = get(afterId);
        MactorResult rb = result(before);
        MactorResult ra = result(after);
        Map<Long, Move> moves = new HashMap<>();
        List<Long> order = new ArrayList<>();
        collect(before, rb, moves, order, true);
        collect(after, ra, moves, order, false);
        return order.stream().map(moves::get).toList();
    }

    private static void collect(
            MactorAnalysis analysis, MactorResult result, Map<Long, Move> moves, List<Long> order, boolean first) {
        boolean[] key = analysis.keyObjectives();
        for (int i = 0; i < analysis.getActors().size(); i++) {
            Actor actor = analysis.getActors().get(i);
            Double r = result == null ? null : result.riStar()[i];
            Integer stance = result == null ? null : result.stanceOn(i, key);
            Move old = moves.get(actor.getId());
            if (old == null) {
                order.add(actor.getId());
                moves.put(
                        actor.getId(),
                        first
                                ? new Move(actor.getId(), actor.getName(), r, null, stance, null)
                                : new Move(actor.getId(), actor.getName(), null, r, null, stance));
            } else {
                moves.put(
                        actor.getId(),
                        new Move(old.actorId(), old.actor(), old.riStarBefore(), r, old.stanceBefore(), stance));
            }
        }
    }

    /** Removes a deleted actor from every analysis (its row and column), so that no cell dangles. */
    public void onActorDeleted(@Observes ActorDeleted event) {
        List<MactorAnalysis> concerned = em.createQuery(
                        "select distinct a from MactorAnalysis a join a.actors x where x.id = :id",
                        MactorAnalysis.class)
                .setParameter("id", event.actorId())
                .getResultList();
        for (MactorAnalysis a : concerned) {
            a.removeActor(event.actorId());
        }
        em.flush();
    }

    private void checkHeader(String title, LocalDate on, String notes, Locale locale) {
        List<ValidationFailure.Violation> problems = headerProblems(title, on, notes, locale);
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
    }

    private List<ValidationFailure.Violation> headerProblems(String title, LocalDate on, String notes, Locale locale) {
        return validation.violationsOf(new HeaderForm(title, on, notes), locale, "");
    }
}
