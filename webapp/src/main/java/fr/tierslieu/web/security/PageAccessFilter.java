package fr.tierslieu.web.security;

import fr.tierslieu.core.application.security.CurrentUser;
import fr.tierslieu.core.application.security.UserService;
import fr.tierslieu.core.module.ModuleRegistry;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Two rules for pages, on the server:
 * <ol>
 * <li>while the database has no user (first start outside demo mode), every page leads to the
 * first-administrator setup page;</li>
 * <li>a signed-in user may open a page only if the modules' {@code PageAccess} rules and menu
 * entries allow one of their roles; otherwise 403 (the error page says "access refused").</li>
 * </ol>
 * Pages under {@code /public/} (see {@link fr.tierslieu.core.module.TiersLieuModule}) are open to
 * anyone, signed in or not: they authorise by the token of a personal link.
 */
@WebFilter(filterName = "PageAccessFilter", urlPatterns = "*.xhtml")
public class PageAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> PUBLIC = Set.of("/login.xhtml", "/setup.xhtml", "/error.xhtml");
    private static final String RESOURCES = "/jakarta.faces.resource/";
    private static final String PUBLIC_PREFIX = "/public/";

    @Inject
    ModuleRegistry registry;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserService users;

    /** Once a user exists there is no going back, so the check stops costing a query. */
    private final AtomicBoolean hasUsers = new AtomicBoolean();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        if (path.startsWith(RESOURCES)) {
            chain.doFilter(request, response); // scripts and styles (their URLs end in .xhtml too)
            return;
        }
        if (!hasUsers.get()) {
            if (users.needsFirstAdministrator()) {
                if (!"/setup.xhtml".equals(path) && !"/error.xhtml".equals(path)) {
                    response.sendRedirect(request.getContextPath() + "/setup.xhtml");
                    return;
                }
            } else {
                hasUsers.set(true);
            }
        }
        if (!PUBLIC.contains(path)
                && !path.startsWith(PUBLIC_PREFIX)
                && currentUser.isSignedIn()
                && !registry.mayOpen(path, currentUser.getRoles(), currentUser.getAccountRoles())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
