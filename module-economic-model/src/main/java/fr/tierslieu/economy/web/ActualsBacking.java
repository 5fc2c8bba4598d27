package fr.tierslieu.economy.web;

import fr.tierslieu.core.application.export.Uploads;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.economy.application.EconomyService;
import fr.tierslieu.economy.domain.Actual;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import org.primefaces.model.file.UploadedFile;

/**
 * The actual figures tab of the model page: figures entered by month or imported from a CSV file,
 * and the variance against the model for one year. The FEC import and its account mappings are
 * {@link FecBacking}'s.
 */
@Named
@ViewScoped
public class ActualsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ModelBacking model;

    @Inject
    EconomyService economy;

    @Inject
    Msg msg;

    private long seen = -1;
    private Integer actualYear;
    private Actual.Line actualLine = Actual.Line.SALES;
    private String actualPeriod;
    private BigDecimal actualAmount;
    private transient UploadedFile actualsFile;
    private transient List<Actual> actuals;
    private transient List<EconomyService.Variance> variance;

    /** Drops what was computed from assumptions that have changed since. */
    private void sync() {
        if (seen != model.getRevision()) {
            seen = model.getRevision();
            variance = null;
        }
    }

    public List<Actual> getActuals() {
        if (actuals == null) {
            actuals = economy.actuals(model.getId());
        }
        return actuals;
    }

    public List<EconomyService.Variance> getVariance() {
        sync();
        if (!model.isValid() || getActualYear() == null) {
            return List.of();
        }
        if (variance == null) {
            variance = economy.variance(model.getId(), actualYear, Msg.locale());
        }
        return variance;
    }

    public void addActual() {
        YearMonth period;
        try {
            period = YearMonth.parse(actualPeriod == null ? "" : actualPeriod.trim());
        } catch (DateTimeParseException e) {
            FacesSupport.showViolations(
                    ValidationFailure.of("actualPeriod", msg.formatAll("economy.error.csvPeriod", actualPeriod)),
                    ModelBacking.FORM + ":tabs");
            return;
        }
        if (actualAmount == null) {
            FacesSupport.showViolations(
                    ValidationFailure.of("actualAmount", msg.get("core.error.required")), ModelBacking.FORM + ":tabs");
            return;
        }
        if (FacesSupport.attempt(
                msg,
                ModelBacking.FORM + ":tabs",
                () -> economy.setActual(model.getId(), actualLine, period, actualAmount))) {
            actuals = null;
            variance = null;
            actualAmount = null;
        }
    }

    public void removeActual(Actual a) {
        if (FacesSupport.attempt(
                msg, ModelBacking.FORM, () -> economy.setActual(model.getId(), a.getLine(), a.getPeriod(), null))) {
            actuals = null;
            variance = null;
        }
    }

    public void importActuals() {
        if (actualsFile == null || actualsFile.getSize() == 0) {
            FacesSupport.showViolations(
                    ValidationFailure.of("actualsFile", msg.get("economy.error.emptyFile")),
                    ModelBacking.FORM + ":tabs");
            return;
        }
        try {
            Uploads.checkSize(actualsFile.getSize());
        } catch (Uploads.Refused e) {
            FacesSupport.showViolations(
                    ValidationFailure.of("actualsFile", msg.formatAll(e.key(), e.limit())),
                    ModelBacking.FORM + ":tabs");
            return;
        }
        String text = new String(actualsFile.getContent(), StandardCharsets.UTF_8);
        int[] count = new int[1];
        if (FacesSupport.attempt(
                msg,
                ModelBacking.FORM + ":tabs",
                () -> count[0] = economy.importActuals(model.getId(), text, Msg.locale()))) {
            FacesSupport.info(msg.formatAll("economy.actuals.imported", count[0]));
            actuals = null;
            variance = null;
        }
    }

    /** What an import elsewhere on the tab (the FEC) changed: the figures and variance are read again. */
    void imported() {
        actuals = null;
        variance = null;
    }

    public Actual.Line[] getLines() {
        return Actual.Line.values();
    }

    public Integer getActualYear() {
        if (actualYear == null) {
            actualYear = model.getSpec().startYear;
        }
        return actualYear;
    }

    public void setActualYear(Integer v) {
        if (!Objects.equals(v, actualYear)) {
            variance = null;
        }
        actualYear = v;
    }

    public Actual.Line getActualLine() {
        return actualLine;
    }

    public void setActualLine(Actual.Line v) {
        actualLine = v;
    }

    public String getActualPeriod() {
        return actualPeriod;
    }

    public void setActualPeriod(String v) {
        actualPeriod = v;
    }

    public BigDecimal getActualAmount() {
        return actualAmount;
    }

    public void setActualAmount(BigDecimal v) {
        actualAmount = v;
    }

    public UploadedFile getActualsFile() {
        return actualsFile;
    }

    public void setActualsFile(UploadedFile v) {
        actualsFile = v;
    }
}
