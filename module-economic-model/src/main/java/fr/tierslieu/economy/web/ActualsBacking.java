package fr.tierslieu.economy.web;

import fr.tierslieu.core.application.export.Uploads;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.economy.application.EconomyService;
import fr.tierslieu.economy.domain.AccountMapping;
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
 * The actual figures tab of the model page: figures entered by month or imported (CSV, FEC), the
 * account mappings of the FEC import, and the variance against the model for one year.
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
    private transient UploadedFile fecFile;
    private EconomyService.FecSummary fecSummary;
    private transient List<AccountMapping> accountMappings;
    private String mappingAccount;
    private Actual.Line mappingLine;
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

    // ---- FEC -----------------------------------------------------------------------------------------

    public void importFec() {
        if (fecFile == null || fecFile.getSize() == 0) {
            FacesSupport.showViolations(
                    ValidationFailure.of("fecFile", msg.get("economy.fec.empty")), ModelBacking.FORM + ":tabs");
            return;
        }
        byte[] content = fecFile.getContent();
        EconomyService.FecSummary[] done = new EconomyService.FecSummary[1];
        if (FacesSupport.attempt(
                msg,
                ModelBacking.FORM + ":tabs",
                () -> done[0] = economy.importFec(model.getId(), content, Msg.locale()))) {
            fecSummary = done[0];
            actuals = null;
            variance = null;
        }
    }

    public EconomyService.FecSummary getFecSummary() {
        return fecSummary;
    }

    /** The accounts the last import left out, each with its total (« 671 : 120 € »). */
    public List<String> getFecUnmapped() {
        if (fecSummary == null) {
            return List.of();
        }
        return fecSummary.unmapped().entrySet().stream()
                .map(e -> msg.formatAll(
                        "economy.fec.unmappedAccount",
                        e.getKey(),
                        model.money(e.getValue().doubleValue())))
                .toList();
    }

    public List<AccountMapping> getAccountMappings() {
        if (accountMappings == null) {
            accountMappings = economy.accountMappings(model.getId());
        }
        return accountMappings;
    }

    public void addMapping() {
        if (FacesSupport.attempt(
                msg,
                ModelBacking.FORM + ":tabs",
                () -> economy.mapAccount(model.getId(), mappingAccount, mappingLine, Msg.locale()))) {
            accountMappings = null;
            mappingAccount = null;
        }
    }

    public void removeMapping(AccountMapping mapping) {
        if (FacesSupport.attempt(msg, ModelBacking.FORM, () -> economy.unmapAccount(model.getId(), mapping.getId()))) {
            accountMappings = null;
        }
    }

    public UploadedFile getFecFile() {
        return fecFile;
    }

    public void setFecFile(UploadedFile v) {
        fecFile = v;
    }

    public String getMappingAccount() {
        return mappingAccount;
    }

    public void setMappingAccount(String v) {
        mappingAccount = v;
    }

    public Actual.Line getMappingLine() {
        return mappingLine;
    }

    public void setMappingLine(Actual.Line v) {
        mappingLine = v;
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
