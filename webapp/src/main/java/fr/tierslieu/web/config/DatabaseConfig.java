package fr.tierslieu.web.config;

import fr.tierslieu.core.application.bootstrap.Database;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The one data source of the application, shared by every module's persistence unit and by Flyway.
 * Its settings come from environment variables, which the run script always sets (docs/operations.md,
 * "Configuration"): {@code TIERSLIEU_DB_URL} defaults there to an H2 file database in
 * {@code $TIERSLIEU_DATA_DIR/db}; a {@code jdbc:postgresql:…} URL selects PostgreSQL
 * ({@link TiersLieuDataSource}). Payara resolves {@code ${ENV=…}} when the application deploys.
 * Declared on a listener because Payara reads resource definitions from web components.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "fr.tierslieu.web.config.TiersLieuDataSource",
        url = "${ENV=TIERSLIEU_DB_URL}",
        user = "${ENV=TIERSLIEU_DB_USER}",
        password = "${ENV=TIERSLIEU_DB_PASSWORD}",
        minPoolSize = 1,
        maxPoolSize = 20,
        initialPoolSize = 1,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit"
        })
@WebListener
public class DatabaseConfig implements ServletContextListener {}
