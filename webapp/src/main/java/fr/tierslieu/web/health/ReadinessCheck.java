package fr.tierslieu.web.health;

import fr.tierslieu.core.application.bootstrap.Bootstrap;
import fr.tierslieu.core.application.bootstrap.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.sql.Connection;

/** Ready when start-up has finished (migrations, demo data) and the database answers. {@code /health/ready}. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    Bootstrap bootstrap;

    @Override
    public HealthCheckResponse call() {
        boolean database;
        try (Connection c = Database.dataSource().getConnection()) {
            database = c.isValid(2);
        } catch (Exception e) {
            database = false;
        }
        boolean started = bootstrap.isReady();
        return HealthCheckResponse.named("tierslieu")
                .status(database && started)
                .withData("database", database)
                .withData("migrations", started)
                .build();
    }
}
