package fr.tierslieu.governance.web;

import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.governance.application.StatutesForm;
import fr.tierslieu.governance.application.StatutesService;
import fr.tierslieu.governance.domain.ClauseLibrary;
import fr.tierslieu.governance.domain.LegalForm;
import fr.tierslieu.governance.domain.Renewal;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The draft statutes and règlement intérieur: the answers they need, the articles, the downloads. */
@Named
@ViewScoped
public class StatutesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    StatutesService statutes;

    @Inject
    Msg msg;

    private StatutesForm form;
    private transient Map<String, ClauseLibrary.Draft> drafts;

    @PostConstruct
    void init() {
        form = StatutesForm.of(statutes.answers());
    }

    public StatutesForm getForm() {
        return form;
    }

    public List<LegalForm> getForms() {
        return List.copyOf(StatutesService.library().forms());
    }

    public Renewal[] getRenewals() {
        return Renewal.values();
    }

    /** Both drafts (statuts, règlement intérieur), written once per view and again after each save. */
    public List<ClauseLibrary.Draft> getDrafts() {
        return StatutesService.DOCUMENTS.stream().map(this::draft).toList();
    }

    private ClauseLibrary.Draft draft(String document) {
        if (drafts == null) {
            drafts = new HashMap<>();
        }
        return drafts.computeIfAbsent(document, statutes::draft);
    }

    public void save() {
        if (FacesSupport.attempt(
                msg, "statutesForm", () -> form = StatutesForm.of(statutes.save(form, Msg.locale())))) {
            drafts = null;
            FacesSupport.info(msg.get("governance.statutes.saved"));
        }
    }

    public StreamedContent docx(String document) {
        return download(
                document + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                () -> statutes.docx(document));
    }

    public StreamedContent pdf(String document) {
        return download(document + ".pdf", "application/pdf", () -> statutes.pdf(document));
    }

    private StreamedContent download(String name, String type, Supplier<byte[]> content) {
        byte[] bytes = content.get();
        return DefaultStreamedContent.builder()
                .name("projet-" + name)
                .contentType(type)
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }
}
