package fr.tierslieu.core.web.actor;

import fr.tierslieu.core.application.actor.ActorImporter;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * CSV import of actors: all or nothing; the errors of every invalid line are listed so the user
 * fixes the file and tries again.
 */
@Named
@ViewScoped
public class ActorImportBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ActorImporter importer;

    @Inject
    Msg msg;

    @Inject
    fr.tierslieu.core.application.actor.ActorExporter exporter;

    private transient UploadedFile file;
    private List<ValidationFailure.Violation> errors = List.of();
    private int imported = -1;

    /** The file to fill in: the header and two example lines that import as they are. */
    public org.primefaces.model.StreamedContent getTemplate() {
        byte[] bytes = exporter.template(Msg.locale());
        return org.primefaces.model.DefaultStreamedContent.builder()
                .name(msg.get("core.import.templateFile"))
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) bytes.length)
                .stream(() -> new java.io.ByteArrayInputStream(bytes))
                .build();
    }

    public void upload() {
        errors = List.of();
        imported = -1;
        String text = fr.tierslieu.core.web.support.CsvUpload.text(msg, file);
        if (text == null) {
            return;
        }
        FacesSupport.attempt(msg, null, () -> {
            ActorImporter.Result result = importer.importCsv(text, Msg.locale());
            if (result.isSuccess()) {
                imported = result.imported();
                FacesSupport.info(msg.format("core.import.done", imported));
            } else {
                errors = result.errors();
                FacesSupport.error(msg.format("core.import.failed", errors.size()));
            }
        });
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public List<ValidationFailure.Violation> getErrors() {
        return errors;
    }

    public int getImported() {
        return imported;
    }
}
