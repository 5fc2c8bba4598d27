package fr.tierslieu.web.security;

import fr.tierslieu.core.api.ApiLocale;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.workspace.WorkspaceContext;
import fr.tierslieu.core.application.workspace.WorkspaceService;
import fr.tierslieu.core.domain.workspace.Workspace;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts every request in its workspace ({@link WorkspaceContext}), before anything reads data:
 * <ul>
 * <li>{@code /w/{slug}/…} chooses workspace {@code slug} for the session (the signed-in user must
 * take part in it) and redirects to the page asked, {@code /w/kerlouan/} to the dashboard; the
 * pages' own addresses stay as they are, so every page works in every workspace;</li>
 * <li>{@code /api/w/{slug}/…} answers {@code /api/…} in workspace {@code slug}, for that call
 * only (REST clients keep no session);</li>
 * <li>any other request works in the session's workspace, by default the installation's first
 * one (or, for an account that holds no role there, the first workspace it takes part in): an
 * installation with one workspace never names it, and its addresses are unchanged.</li>
 * </ul>
 * Declared in {@code web.xml} so that it runs before every other filter.
 */
public class WorkspaceFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Session attribute: the id of the workspace the session works in. */
    public static final String SESSION_KEY = "tierslieu.workspace";

    private static final Pattern PAGE = Pattern.compile("/w/(" + Workspace.SLUG_PATTERN + ")(/.*)?");
    private static final Pattern API = Pattern.compile("/api/w/(" + Workspace.SLUG_PATTERN + ")(/.*)");

    @Inject
    WorkspaceService workspaces;

    @Inject
    MessageBundles messages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Principal user = request.getUserPrincipal();
        Matcher api = API.matcher(path);
        if (api.matches()) {
            Optional<Workspace> w = allowed(user, api.group(1));
            if (w.isEmpty()) {
                // the shape of every REST error; unknown and closed workspaces answer alike
                int status = user == null ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_NOT_FOUND;
                JsonError.write(
                        response,
                        status,
                        messages.get(
                                ApiLocale.of(request),
                                user == null ? "core.api.error.signInRequired" : "core.workspace.refused"));
                return;
            }
            try (WorkspaceContext.Scope scope = WorkspaceContext.enter(w.get().getId())) {
                request.getRequestDispatcher("/api" + api.group(2)).forward(request, response);
            }
            return;
        }
        Matcher page = PAGE.matcher(path);
        if (page.matches()) {
            if (user == null) {
                response.sendRedirect(request.getContextPath() + "/login.xhtml");
                return;
            }
            Optional<Workspace> w = allowed(user, page.group(1));
            if (w.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            request.getSession().setAttribute(SESSION_KEY, w.get().getId());
            String rest = page.group(2);
            String query = request.getQueryString();
            response.sendRedirect(request.getContextPath() + localTarget(rest, query));
            return;
        }
        long id = workspaceOf(request, user);
        if (id == Workspace.FIRST) {
            chain.doFilter(request, response);
            return;
        }
        try (WorkspaceContext.Scope scope = WorkspaceContext.enter(id)) {
            chain.doFilter(request, response);
        }
    }

    /**
     * Where {@code /w/{slug}{rest}} leads: {@code rest} on this site, never elsewhere — a path that
     * a browser would read as another host ({@code //host}, {@code /\host}) leads to the dashboard.
     */
    static String localTarget(String rest, String query) {
        boolean local = rest != null
                && rest.length() > 1
                && rest.charAt(0) == '/'
                && rest.charAt(1) != '/'
                && rest.charAt(1) != '\\';
        return (local ? rest : "/") + (query == null ? "" : "?" + query);
    }

    private long workspaceOf(HttpServletRequest request, Principal user) {
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        if (chosen instanceof Long id) {
            if (id == Workspace.FIRST
                    || user != null && !workspaces.rolesIn(user.getName(), id).isEmpty()) {
                return id;
            }
            session.removeAttribute(SESSION_KEY); // no longer a member there: back to a workspace of theirs
        }
        if (user == null || session == null) {
            return Workspace.FIRST; // a REST call names its workspace in its address, or works in the first
        }
        List<Workspace> mine = workspaces.of(user.getName());
        long id = mine.isEmpty() ? Workspace.FIRST : mine.get(0).getId();
        session.setAttribute(SESSION_KEY, id); // chosen once per session
        return id;
    }

    private Optional<Workspace> allowed(Principal user, String slug) {
        if (user == null) {
            return Optional.empty();
        }
        return workspaces
                .bySlug(slug)
                .filter(w -> !workspaces.rolesIn(user.getName(), w.getId()).isEmpty());
    }
}
