package fr.tierslieu.web.health;

import fr.tierslieu.core.application.bootstrap.Bootstrap;
import fr.tierslieu.core.application.bootstrap.DatabaseProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when start-up has finished (migrations, demo data), pages can be served and the database
 * accepts a write ({@link DatabaseProbe}: a full disk or a read-only database is not ready).
 * {@code /health/ready} answers 200 or 503 with the reason in {@code data.reason}; it never fails
 * with a 500 itself, even while the application is still starting.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    Bootstrap bootstrap;

    @Inject
    DatabaseProbe probe;

    private volatile boolean served;

    /**
     * Whether the web application answers. The servlet signal comes a moment before Payara maps the
     * application, so when run.sh gives the port ({@code tierslieu.port}) one static file is fetched
     * over loopback once to be sure.
     */
    boolean pagesServed() {
        if (served) {
            return true;
        }
        if (!WebReadySignal.isReady()) {
            return false;
        }
        String port = System.getProperty("tierslieu.port");
        if (port == null) {
            served = true;
            return true;
        }
        try {
            HttpURLConnection check =
                    (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/resources/css/app.css")
                            .toURL()
                            .openConnection();
            check.setConnectTimeout(1000);
            check.setReadTimeout(2000);
            served = check.getResponseCode() == 200;
            check.disconnect();
        } catch (IOException e) {
            served = false;
        }
        return served;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("tierslieu");
        try {
            boolean started = bootstrap.isReady();
            boolean web = pagesServed();
            DatabaseProbe.Status database = started ? probe.status() : null;
            boolean writable = database != null && database.ok();
            answer.status(started && web && writable)
                    .withData("migrations", started)
                    .withData("pages", web)
                    .withData("database", writable);
            String reason = !started
                    ? "starting: migrations and demo data not finished"
                    : !writable ? database.reason() : !web ? "starting: pages not served yet" : null;
            if (reason != null) {
                answer.withData("reason", reason);
            }
        } catch (RuntimeException e) {
            answer.down().withData("reason", "starting: " + e.getClass().getSimpleName());
        }
        return answer.build();
    }
}
