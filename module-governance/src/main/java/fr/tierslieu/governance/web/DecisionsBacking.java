package fr.tierslieu.governance.web;

import fr.tierslieu.governance.application.SessionService;
import fr.tierslieu.governance.domain.Resolution;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** The searchable register of decisions (voted resolutions of every body). */
@Named
@ViewScoped
public class DecisionsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SessionService sessions;

    private String text;
    private transient List<Resolution> decisions;

    public void search() {
        decisions = null;
    }

    public List<Resolution> getDecisions() {
        if (decisions == null) {
            decisions = sessions.decisions(text);
        }
        return decisions;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
