package fr.tierslieu.web.config;

import fr.tierslieu.core.application.config.AppConfig;
import fr.tierslieu.web.security.SecurityHeadersFilter;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * When users reach the application over HTTPS (TIERSLIEU_PUBLIC_URL starts with https://, the
 * reverse proxy terminating TLS), the session cookie is marked {@code Secure} and every answer
 * carries {@code Strict-Transport-Security}. Set while the web application starts, before any
 * session exists.
 */
@WebListener
public class PublicAddress implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(PublicAddress.class.getName());

    @Inject
    AppConfig config;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean https = config.isHttps();
        event.getServletContext().getSessionCookieConfig().setSecure(https);
        SecurityHeadersFilter.strictTransportSecurity(https);
        LOG.info(() -> "Public address: " + config.publicUrl(null) + (https ? " (HTTPS: Secure cookies, HSTS)" : ""));
    }
}
