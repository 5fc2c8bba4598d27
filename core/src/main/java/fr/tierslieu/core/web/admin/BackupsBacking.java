package fr.tierslieu.core.web.admin;

import fr.tierslieu.core.application.backup.BackupService;
import fr.tierslieu.core.application.backup.WorkspaceArchive;
import fr.tierslieu.core.application.export.Uploads;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/** The page "Sauvegardes": take a backup, list and download them; export or import the workspace. */
@Named
@ViewScoped
public class BackupsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    BackupService backups;

    @Inject
    Msg msg;

    private transient List<BackupService.Backup> list;
    private transient UploadedFile workspace;

    public List<BackupService.Backup> getBackups() {
        if (list == null) {
            list = backups.list();
        }
        return list;
    }

    public void create() {
        try {
            BackupService.Backup b = backups.create();
            FacesSupport.info(msg.format2("core.backup.done", b.name(), msg.size(b.size())));
        } catch (BackupService.Unavailable e) {
            FacesSupport.error(msg.format("core.backup.unavailable", e.getMessage()));
        } catch (RuntimeException e) {
            FacesSupport.error(msg.format("core.backup.failed", e.getMessage()));
        }
        list = null;
    }

    public void importWorkspace() {
        if (workspace == null || workspace.getSize() == 0) {
            FacesSupport.error(msg.get("core.error.required"));
            return;
        }
        try (InputStream in = workspace.getInputStream()) {
            Uploads.checkSize(workspace.getSize());
            WorkspaceArchive.Summary s = backups.importWorkspace(in);
            FacesSupport.info(msg.format("core.backup.imported", s.total()));
        } catch (Uploads.Refused e) {
            FacesSupport.error(msg.formatAll(e.key(), e.limit()));
        } catch (WorkspaceArchive.Refused e) {
            FacesSupport.error(msg.format("core.backup.importRefused", e.getMessage()));
        } catch (IOException e) {
            FacesSupport.error(msg.format("core.backup.importRefused", e.getMessage()));
        }
    }

    public UploadedFile getWorkspace() {
        return workspace;
    }

    public void setWorkspace(UploadedFile workspace) {
        this.workspace = workspace;
    }
}
