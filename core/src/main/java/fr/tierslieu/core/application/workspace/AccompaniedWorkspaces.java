package fr.tierslieu.core.application.workspace;

import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The workspaces a person takes part in, side by side (the accompanying consultant's home): each
 * one summarised in itself by {@link WorkspaceSummaries}, entered one after the other. Not
 * transactional on purpose: each summary opens its own transaction in its own workspace.
 */
@ApplicationScoped
public class AccompaniedWorkspaces {

    /** Workspaces summarised at most on one page (the others are named, not summarised). */
    public static final int MAX_SHOWN = 60;

    @Inject
    WorkspaceService workspaces;

    @Inject
    WorkspaceSummaries summaries;

    /** What the page shows: the summaries, and how many workspaces were left out. */
    public record Home(List<WorkspaceSummaries.Summary> summaries, List<Workspace> notShown) {}

    /** The workspaces {@code username} takes part in, summarised, the first one first then by name. */
    public Home of(String username, LocalDate today) {
        List<Workspace> theirs = workspaces.of(username);
        List<WorkspaceSummaries.Summary> out = new ArrayList<>();
        for (Workspace w : theirs.subList(0, Math.min(MAX_SHOWN, theirs.size()))) {
            Set<Role> roles = workspaces.rolesIn(username, w.getId());
            out.add(WorkspaceContext.in(w.getId(), () -> summaries.of(w, roles, today)));
        }
        return new Home(out, theirs.size() > MAX_SHOWN ? theirs.subList(MAX_SHOWN, theirs.size()) : List.of());
    }
}
