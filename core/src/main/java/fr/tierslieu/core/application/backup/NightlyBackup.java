package fr.tierslieu.core.application.backup;

import fr.tierslieu.core.application.audit.AuditUser;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every night at 03:15 (server time): a backup, then only the last {@code TIERSLIEU_BACKUP_KEEP} nightly ones are kept. */
@Singleton
public class NightlyBackup {

    private static final Logger LOG = Logger.getLogger(NightlyBackup.class.getName());

    @Inject
    BackupService backups;

    @Schedule(hour = "3", minute = "15", persistent = false, info = "Tiers-Lieu Studio nightly backup")
    void run() {
        try {
            AuditUser.runAs("system", () -> backups.daily());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Tiers-Lieu Studio could not take the nightly backup: " + e.getMessage(), e);
        }
    }
}
