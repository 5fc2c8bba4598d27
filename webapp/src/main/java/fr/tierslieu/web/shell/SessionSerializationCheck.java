package fr.tierslieu.web.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * For the tests only ({@code -Dtierslieu.checkSessions=true}, run.sh's TIERSLIEU_CHECK_SESSIONS):
 * after each request, serializes every attribute of the session as a cluster does to replicate it,
 * and logs the one that cannot be, with the path to the culprit. Payara only warns « Cannot
 * serialize session attribute com.sun.faces.application.view.activeViewMaps », without saying why,
 * and then replicates none of the session's page state (webapp/src/test/bench/scale.sh found a
 * table's page of entities). Every browser test class fails on such a line (BrowserTest).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionSerializationCheck extends HttpFilter {

    /** What the log line starts with (the tests look for it). */
    public static final String MARK = "SESSION NOT SERIALIZABLE";

    private static final Logger LOG = Logger.getLogger(SessionSerializationCheck.class.getName());
    private static final boolean ON = Boolean.getBoolean("tierslieu.checkSessions");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        if (!ON) {
            return;
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        try {
            for (String name : Collections.list(session.getAttributeNames())) {
                try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
                    out.writeObject(session.getAttribute(name));
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.SEVERE, () -> MARK + " after " + request.getRequestURI() + ": " + name + " — " + e);
                }
            }
        } catch (IllegalStateException invalidated) {
            // signed out during the request
        }
    }
}
