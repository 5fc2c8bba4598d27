package fr.tierslieu.governance.web;

import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.governance.application.RegisterService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;

/** The register page's import: a CSV in the export's layout, all or nothing, problems named by line. */
@Named
@ViewScoped
public class MemberImportBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String FORM = "membersForm";

    @Inject
    RegisterService register;

    @Inject
    MembersBacking members;

    @Inject
    Msg msg;

    private transient org.primefaces.model.file.UploadedFile registerFile;

    public org.primefaces.model.file.UploadedFile getRegisterFile() {
        return registerFile;
    }

    public void setRegisterFile(org.primefaces.model.file.UploadedFile v) {
        registerFile = v;
    }

    /** Imports the CSV chosen (the export's layout), all or nothing, problems named by line. */
    public void importCsv() {
        if (registerFile == null || registerFile.getSize() == 0) {
            FacesSupport.showViolations(
                    fr.tierslieu.core.domain.shared.ValidationFailure.of(
                            "registerFile", msg.get("governance.member.import.empty")),
                    FORM);
            return;
        }
        try {
            fr.tierslieu.core.application.export.Uploads.checkSize(registerFile.getSize());
        } catch (fr.tierslieu.core.application.export.Uploads.Refused e) {
            FacesSupport.showViolations(
                    fr.tierslieu.core.domain.shared.ValidationFailure.of(
                            "registerFile", msg.formatAll(e.key(), e.limit())),
                    FORM);
            return;
        }
        String text = new String(registerFile.getContent(), java.nio.charset.StandardCharsets.UTF_8);
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        members.getActorChoices().forEach(c -> ids.putIfAbsent(c.label(), c.id()));
        int[] n = new int[1];
        if (FacesSupport.attempt(msg, FORM, () -> n[0] = register.importCsv(text, ids, Msg.locale()))) {
            FacesSupport.info(msg.formatAll("governance.member.import.done", n[0]));
            members.reset();
        }
    }
}
