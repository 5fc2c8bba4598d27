package fr.tierslieu.web.health;

import fr.tierslieu.core.application.bootstrap.Bootstrap;
import fr.tierslieu.core.application.bootstrap.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.sql.Connection;

/** Ready when start-up has finished (migrations, demo data), pages can be served and the database answers. {@code /health/ready}. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    Bootstrap bootstrap;

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
            HttpURLConnection probe = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/resources/css/app.css")
                    .toURL().openConnection();
            probe.setConnectTimeout(1000);
            probe.setReadTimeout(2000);
            served = probe.getResponseCode() == 200;
            probe.disconnect();
        } catch (IOException e) {
            served = false;
        }
        return served;
    }

    @Override
    public HealthCheckResponse call() {
        boolean database;
        try (Connection c = Database.dataSource().getConnection()) {
            database = c.isValid(2);
        } catch (Exception e) {
            database = false;
        }
        boolean started = bootstrap.isReady();
        boolean web = pagesServed();
        return HealthCheckResponse.named("tierslieu")
                .status(database && started && web)
                .withData("database", database)
                .withData("migrations", started)
                .withData("pages", web)
                .build();
    }
}
