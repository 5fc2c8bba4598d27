package fr.tierslieu.governance.web;

import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.governance.application.CharterService;
import fr.tierslieu.governance.application.SessionService;
import fr.tierslieu.governance.domain.Resolution;
import fr.tierslieu.governance.domain.TextDiff;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** The charter page's versions: a version adopted by a voted resolution, and the diff of two versions. */
@Named
@ViewScoped
public class CharterVersionsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    CharterService charters;

    @Inject
    SessionService sessions;

    @Inject
    CharterBacking charter;

    @Inject
    Msg msg;

    private Long resolutionId;
    private Long diffFrom;
    private Long diffTo;
    private transient List<TextDiff.Article> diff;

    public void adopt() {
        if (FacesSupport.attempt(msg, "versionsForm", () -> {
            charters.adopt(charter.getCharterId(), resolutionId, Msg.locale());
            FacesSupport.info(msg.get("governance.charter.adopted"));
        })) {
            charter.refresh();
            diff = null;
        }
    }

    public void showDiff() {
        try {
            diff = diffFrom == null ? null : charters.compare(diffFrom, diffTo, charter.getCharterId());
        } catch (fr.tierslieu.core.domain.shared.NotFoundException e) {
            // a version deleted meanwhile, or an id that never was: say so, not an error page
            diff = null;
            FacesSupport.error(msg.get("core.error.404"));
        }
    }

    /** Adopted resolutions that can adopt a version. */
    public List<Resolution> getAdoptedResolutions() {
        return sessions.decisions("").stream().filter(Resolution::isAdopted).toList();
    }

    public List<TextDiff.Article> getDiff() {
        return diff;
    }

    public Long getResolutionId() {
        return resolutionId;
    }

    public void setResolutionId(Long resolutionId) {
        this.resolutionId = resolutionId;
    }

    public Long getDiffFrom() {
        return diffFrom;
    }

    public void setDiffFrom(Long diffFrom) {
        this.diffFrom = diffFrom;
    }

    public Long getDiffTo() {
        return diffTo;
    }

    public void setDiffTo(Long diffTo) {
        this.diffTo = diffTo;
    }
}
