package fr.tierslieu.core.application.mail;

import fr.tierslieu.core.application.bootstrap.Database;
import fr.tierslieu.core.application.cluster.ClusterJobs;
import fr.tierslieu.core.application.config.AppConfig;
import fr.tierslieu.core.application.workspace.WorkspaceContext;
import fr.tierslieu.core.domain.workspace.Workspace;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every Monday at 7:00 (the application's time zone), the weekly digest goes to the outbox; with
 * several servers, once ({@link ClusterJobs}).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WeeklyDigest {

    private static final Logger LOG = Logger.getLogger(WeeklyDigest.class.getName());

    @Inject
    DigestService digests;

    @Inject
    AppConfig config;

    @Schedule(dayOfWeek = "Mon", hour = "7", minute = "0", persistent = false, info = "Tiers-Lieu Studio weekly digest")
    void monday() {
        try {
            int[] n = {-1};
            new ClusterJobs(Database.dataSource())
                    .runOnce(
                            "weekly-digest",
                            Duration.ofHours(1),
                            Duration.ofMinutes(30),
                            () -> n[0] = sendEverywhere(LocalDate.now(config.zone())));
            LOG.info(() -> n[0] < 0
                    ? "Weekly digest: sent by another server of this installation"
                    : "Weekly digest: " + n[0] + " e-mail(s) queued");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The weekly digest could not be prepared: " + e.getMessage(), e);
        }
    }

    /** Each workspace's digest, prepared in it and in its own transaction; one failing does not stop the others. */
    private int sendEverywhere(LocalDate today) {
        int queued = 0;
        for (Workspace w : digests.workspaces()) {
            try {
                queued += WorkspaceContext.in(w.getId(), () -> digests.sendIn(w, today));
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "The weekly digest of workspace " + w.getSlug() + " failed: " + e.getMessage(),
                        e);
            }
        }
        return queued;
    }
}
