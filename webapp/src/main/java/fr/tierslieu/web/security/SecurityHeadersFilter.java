package fr.tierslieu.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. Pages also get PrimeFaces' own Content-Security-Policy (with
 * a nonce per response, see web.xml); this filter adds a second policy that every response gets,
 * pages, REST answers and static files alike (browsers apply both).
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static volatile boolean hsts;

    /** Whether every answer tells browsers to come back over HTTPS only (the public URL is https). */
    public static void strictTransportSecurity(boolean on) {
        hsts = on;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("TRACE".equals(request.getMethod()) || "TRACK".equals(request.getMethod())) {
            apply(request, response);
            response.setHeader("Allow", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        apply(request, response);
        chain.doFilter(request, response);
    }

    /**
     * The headers every answer carries. Also called by the authentication mechanism, which runs
     * before any filter and answers some requests itself (the redirect to the login page, 401, 429).
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        if (response.containsHeader("X-Content-Type-Options")) {
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (hsts) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.addHeader("Content-Security-Policy", "frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // scripts, styles and fonts (/jakarta.faces.resource/…) keep Faces' own caching (7 days)
        if (!path.startsWith("/jakarta.faces.resource/")
                && (path.startsWith("/api/") || path.endsWith(".xhtml") || path.isEmpty() || "/".equals(path))) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
