package fr.tierslieu.core.application.backup;

import fr.tierslieu.core.application.audit.AuditUser;
import fr.tierslieu.core.application.bootstrap.Database;
import fr.tierslieu.core.application.cluster.ClusterJobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every night at 03:15 (server time): a backup, then only the last {@code TIERSLIEU_BACKUP_KEEP}
 * nightly ones are kept. With several servers, one of them takes it ({@link ClusterJobs}).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the job's lock commits on its own
public class NightlyBackup {

    private static final Logger LOG = Logger.getLogger(NightlyBackup.class.getName());

    @Inject
    BackupService backups;

    @Schedule(hour = "3", minute = "15", persistent = false, info = "Tiers-Lieu Studio nightly backup")
    void run() {
        try {
            boolean ran = new ClusterJobs(Database.dataSource())
                    .runOnce(
                            "nightly-backup",
                            Duration.ofHours(3),
                            Duration.ofMinutes(30),
                            () -> AuditUser.runAs("system", () -> backups.daily()));
            if (!ran) {
                LOG.info("Nightly backup: taken by another server of this installation");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Tiers-Lieu Studio could not take the nightly backup: " + e.getMessage(), e);
        }
    }
}
