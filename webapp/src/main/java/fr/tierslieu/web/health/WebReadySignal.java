package fr.tierslieu.web.health;

import jakarta.servlet.GenericServlet;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loaded last at start-up (web.xml, load-on-startup after the Faces servlet) and mapped to no URL:
 * its {@link #init()} tells the readiness check that pages can be served. Without it, readiness
 * would turn green when the database is ready but a few hundred milliseconds before the web
 * layer, and the first request would fail.
 */
public class WebReadySignal extends GenericServlet {

    private static final long serialVersionUID = 1L;
    private static final AtomicBoolean READY = new AtomicBoolean();

    @Override
    public void init() {
        READY.set(true);
    }

    @Override
    public void destroy() {
        READY.set(false);
    }

    @Override
    public void service(ServletRequest request, ServletResponse response) {
        // never mapped
    }

    static boolean isReady() {
        return READY.get();
    }
}
