package fr.tierslieu.economy.web;

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
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * The FEC part of the actual figures tab: importing a fichier des écritures comptables, what it
 * left out, and which account goes to which line of the model.
 */
@Named
@ViewScoped
public class FecBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ModelBacking model;

    @Inject
    ActualsBacking actuals;

    @Inject
    EconomyService economy;

    @Inject
    Msg msg;

    private transient UploadedFile fecFile;
    private EconomyService.FecSummary fecSummary;
    private transient List<AccountMapping> accountMappings;
    private String mappingAccount;
    private Actual.Line mappingLine;

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
            actuals.imported();
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
                        msg.money(e.getValue().doubleValue())))
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
}
