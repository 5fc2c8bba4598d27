package fr.tierslieu.core.web.support;

import fr.tierslieu.core.application.export.CsvFile;
import fr.tierslieu.core.application.export.Uploads;
import fr.tierslieu.core.web.i18n.Msg;
import org.primefaces.model.file.UploadedFile;

/** A CSV file uploaded on an import page: its text, or null once the reason is shown (none chosen, too large). */
public final class CsvUpload {

    private CsvUpload() {}

    public static String text(Msg msg, UploadedFile file) {
        if (file == null || file.getSize() == 0) {
            FacesSupport.error(msg.get("core.import.error.noFile"));
            return null;
        }
        try {
            Uploads.checkSize(file.getSize());
        } catch (Uploads.Refused e) {
            FacesSupport.error(msg.formatAll(e.key(), e.limit()));
            return null;
        }
        return CsvFile.text(file.getContent());
    }
}
