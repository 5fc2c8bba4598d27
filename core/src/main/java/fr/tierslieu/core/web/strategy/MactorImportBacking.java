package fr.tierslieu.core.web.strategy;

import fr.tierslieu.core.application.strategy.MatrixFile;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * The MACTOR page's matrices from elsewhere: MID or 2MAO pasted from a spreadsheet or read from a
 * .csv or .xlsx file, checked against the analysis's size before any cell is changed.
 */
@Named
@ViewScoped
public class MactorImportBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    MactorBacking analysis;

    @Inject
    Msg msg;

    private String paste;
    private transient org.primefaces.model.file.UploadedFile upload;
    private String importTarget = "MID";

    public void pasteMid() {
        pasteInto(analysis.getMidRows(), "midPaste");
    }

    public void pasteMao() {
        pasteInto(analysis.getMaoRows(), "midPaste");
    }

    /** Fills a matrix from text copied out of a spreadsheet (tab, semicolon or comma separated; headers skipped). */
    private void pasteInto(List<MatrixRow> rows, String field) {
        try {
            if (fill(rows, MatrixFile.fromText(paste), field)) {
                paste = null;
            }
        } catch (MatrixFile.BadCell e) {
            FacesSupport.showViolations(
                    ValidationFailure.of(field, msg.formatAll("core.mactor.paste.error", e.line(), e.text())),
                    "editForm");
        } catch (MatrixFile.TooLarge e) {
            FacesSupport.showViolations(
                    ValidationFailure.of(
                            field,
                            msg.formatAll("core.upload.tooManyCells", MatrixFile.MAX_LINES, MatrixFile.MAX_CELLS)),
                    "editForm");
        }
    }

    /** Fills MID or 2MAO from an uploaded .csv or .xlsx file (first sheet). */
    public void importFile() {
        if (upload == null || upload.getSize() == 0) {
            FacesSupport.showViolations(
                    ValidationFailure.of("matrixFile", msg.get("core.error.required")), "importForm");
            return;
        }
        try {
            int[][] values = MatrixFile.fromFile(upload.getFileName(), upload.getContent());
            if (fill(
                    "MAO".equals(importTarget) ? analysis.getMaoRows() : analysis.getMidRows(), values, "matrixFile")) {
                FacesSupport.info(msg.get("core.mactor.import.done"));
            }
        } catch (MatrixFile.BadCell e) {
            FacesSupport.showViolations(
                    ValidationFailure.of("matrixFile", msg.formatAll("core.mactor.paste.error", e.line(), e.text())),
                    "importForm");
        } catch (MatrixFile.TooLarge e) {
            FacesSupport.showViolations(
                    ValidationFailure.of(
                            "matrixFile",
                            msg.formatAll("core.upload.tooManyCells", MatrixFile.MAX_LINES, MatrixFile.MAX_CELLS)),
                    "importForm");
        } catch (fr.tierslieu.core.application.export.Uploads.Refused e) {
            FacesSupport.showViolations(
                    ValidationFailure.of("matrixFile", msg.formatAll(e.key(), e.limit())), "importForm");
        } catch (IOException | RuntimeException e) {
            FacesSupport.showViolations(
                    ValidationFailure.of("matrixFile", msg.get("core.mactor.import.unreadable")), "importForm");
        }
    }

    private boolean fill(List<MatrixRow> rows, int[][] values, String field) {
        int columns = rows.isEmpty() ? 0 : rows.get(0).getCells().size();
        boolean fits = values.length == rows.size();
        for (int[] r : values) {
            fits &= r.length == columns;
        }
        if (!fits) {
            int width = values.length == 0 ? 0 : values[0].length;
            FacesSupport.showViolations(
                    ValidationFailure.of(
                            field, msg.formatAll("core.mactor.paste.size", values.length, width, rows.size(), columns)),
                    "editForm");
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < columns; j++) {
                rows.get(i).getCells().get(j).setValue(values[i][j]);
            }
        }
        return true;
    }

    public String getPaste() {
        return paste;
    }

    public void setPaste(String paste) {
        this.paste = paste;
    }

    public org.primefaces.model.file.UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(org.primefaces.model.file.UploadedFile upload) {
        this.upload = upload;
    }

    public String getImportTarget() {
        return importTarget;
    }

    public void setImportTarget(String importTarget) {
        this.importTarget = importTarget;
    }
}
