package fr.tierslieu.core.application.workspace;

import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.domain.experience.Experience;
import fr.tierslieu.core.domain.experience.LegalForm;
import fr.tierslieu.core.domain.experience.Lesson;
import fr.tierslieu.core.domain.project.Finding;
import fr.tierslieu.core.domain.project.FindingKind;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.workspace.SharedExperience;
import fr.tierslieu.core.domain.workspace.SharedFinding;
import fr.tierslieu.core.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The knowledge the workspaces of an installation share (Temps 2 of the method draws on
 * « expériences repérées au niveau national »): a workspace chooses which experience sheets and
 * findings the others may read; each workspace reads the others' with their origin, never its own
 * twice, and can change nothing of them. Sharing goes through the workspace's own (multitenant)
 * records, so a workspace can only share what is its own; reading goes through read-only views
 * across workspaces that always keep {@code shared = true}.
 */
@ApplicationScoped
@Transactional
@RequiresRole
public class NetworkKnowledge {

    /** Sheets or findings returned at most by one call, newest first for findings. */
    public static final int MAX_SHOWN = 500;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    public NetworkKnowledge() {}

    /** Outside the container (tests). */
    public NetworkKnowledge(EntityManager em) {
        this.em = em;
    }

    /** A sheet another workspace shares, with the name of that workspace. */
    public record NetworkSheet(
            long id,
            String origin,
            String name,
            String commune,
            String region,
            LegalForm legalForm,
            String typology,
            List<Lesson> lessons) {}

    /** A finding another workspace shares, with the name of that workspace. */
    public record NetworkFinding(long id, String origin, FindingKind kind, String text) {}

    /** Shares one of this workspace's experience sheets with the others, or stops sharing it. */
    @RequiresRole({Role.MANAGER, Role.ORGANIZER})
    public void shareExperience(long id, boolean shared) {
        Experience e = em.find(Experience.class, id);
        if (e == null) {
            throw new NotFoundException("Experience", id);
        }
        e.share(shared);
    }

    /** Shares one of this workspace's findings with the others, or stops sharing it. */
    @RequiresRole({Role.MANAGER, Role.BOARD})
    public void shareFinding(long id, boolean shared) {
        Finding f = em.find(Finding.class, id);
        if (f == null) {
            throw new NotFoundException("Finding", id);
        }
        f.share(shared);
    }

    /** The sheets the other workspaces share, by name. */
    public List<NetworkSheet> experiences() {
        long here = Workspaces.of(em);
        List<SharedExperience> sheets = em.createQuery(
                        "select s from SharedExperience s where s.shared = true and s.workspaceId <> :here"
                                + " order by s.name, s.id",
                        SharedExperience.class)
                .setParameter("here", here)
                .setMaxResults(MAX_SHOWN)
                .getResultList();
        Map<Long, String> names = workspaceNames(sheets.stream().map(SharedExperience::getWorkspaceId));
        return sheets.stream()
                .map(s -> new NetworkSheet(
                        s.getId(),
                        names.get(s.getWorkspaceId()),
                        s.getName(),
                        s.getCommune(),
                        s.getRegion(),
                        s.getLegalForm(),
                        s.getTypology(),
                        s.getLessons()))
                .toList();
    }

    /** The findings the other workspaces share, of one kind or all ({@code null}), newest first. */
    public List<NetworkFinding> findings(FindingKind kind) {
        long here = Workspaces.of(em);
        var query = em.createQuery(
                        "select f from SharedFinding f where f.shared = true and f.workspaceId <> :here"
                                + (kind == null ? "" : " and f.kind = :kind")
                                + " order by f.createdAt desc, f.id desc",
                        SharedFinding.class)
                .setParameter("here", here);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        List<SharedFinding> found = query.setMaxResults(MAX_SHOWN).getResultList();
        Map<Long, String> names = workspaceNames(found.stream().map(SharedFinding::getWorkspaceId));
        return found.stream()
                .map(f -> new NetworkFinding(f.getId(), names.get(f.getWorkspaceId()), f.getKind(), f.getText()))
                .toList();
    }

    /** The names of the workspaces listed (at most {@value #MAX_SHOWN}), not of every workspace. */
    private Map<Long, String> workspaceNames(java.util.stream.Stream<Long> ids) {
        java.util.Set<Long> wanted = ids.collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery("select w from Workspace w where w.id in :ids", Workspace.class)
                .setParameter("ids", wanted)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(Workspace::getId, Workspace::getName, (a, b) -> a));
    }
}
