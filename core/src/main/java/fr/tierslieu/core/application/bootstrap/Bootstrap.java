package fr.tierslieu.core.application.bootstrap;

import fr.tierslieu.core.application.audit.AuditedUnits;
import fr.tierslieu.core.application.config.AppConfig;
import fr.tierslieu.core.application.demo.DemoDataService;
import fr.tierslieu.core.application.security.UserService;
import fr.tierslieu.core.module.ModuleRegistry;
import fr.tierslieu.core.module.TiersLieuModule;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Start-up, in this order and before anything else uses the database: check the installed modules
 * and that every persistence unit feeds the audit log ({@link AuditedUnits}),
 * migrate the schema (core first, then modules in dependency order), then load the demo data into an
 * empty database in demo mode (or disable demo accounts outside it). Any failure stops the
 * deployment with one clear SEVERE log line; with {@code -Dtierslieu.exitOnStartupFailure=true}
 * (set by the run script) the process exits, so that a broken start never looks like a running app.
 *
 * <p>A start-up EJB rather than a CDI observer of the application scope's initialisation: Payara
 * binds the application's data source only after CDI has started, and start-up EJBs run after
 * that. Bean-managed transactions: Flyway handles its own.</p>
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Inject
    ModuleRegistry registry;

    @Inject
    AppConfig config;

    @Inject
    DemoDataService demoData;

    @Inject
    UserService users;

    private volatile boolean ready;

    @PostConstruct
    void start() {
        long start = System.nanoTime();
        try {
            List<TiersLieuModule> modules = registry.modules();
            AuditedUnits.check(Thread.currentThread().getContextClassLoader());
            H2.makeDurable(Database.dataSource());
            LOG.info(() ->
                    "Modules: " + modules.stream().map(TiersLieuModule::id).toList());
            SchemaMigrator.Report report =
                    new SchemaMigrator(Database.dataSource(), config.backupDir()).migrate(modules);
            LOG.info(() -> "Schema up to date " + report.applied());
            if (config.isDemo()) {
                demoData.loadIfEmpty();
            } else {
                int disabled = users.disableDemoAccounts();
                if (disabled > 0) {
                    LOG.warning(() -> disabled + " demo account(s) disabled: demo mode is off");
                }
            }
            ready = true;
            LOG.info(() -> String.format(
                    "Tiers-Lieu Studio ready in %d ms (demo mode %s)",
                    (System.nanoTime() - start) / 1_000_000, config.isDemo() ? "on" : "off"));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Tiers-Lieu Studio cannot start: " + e.getMessage(), e);
            if (Boolean.getBoolean("tierslieu.exitOnStartupFailure")) {
                LOG.severe("Stopping the server (tierslieu.exitOnStartupFailure=true)");
                Thread stopper = new Thread(() -> System.exit(3), "tierslieu-startup-failure");
                stopper.setDaemon(false);
                stopper.start();
            }
            throw e;
        }
    }

    /**
     * On a graceful stop, an H2 database is closed here, while the application's classes are
     * still loaded (H2's own close at JVM exit came after the web container had stopped and
     * failed; run.sh's URL turns it off with {@code DB_CLOSE_ON_EXIT=FALSE}).
     */
    @PreDestroy
    void stop() {
        try {
            if (H2.close(Database.dataSource())) {
                LOG.info("H2 database closed");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not close the H2 database: " + e.getMessage(), e);
        }
    }

    /** Whether start-up finished: migrations applied and demo data (if any) loaded. */
    public boolean isReady() {
        return ready;
    }
}
