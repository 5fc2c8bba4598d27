package fr.tierslieu.core.web.project;

import fr.tierslieu.core.application.project.ProjectService;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** The needs still to mobilise, a section of the project page: the list, the form that adds one, statuses. */
@Named
@ViewScoped
public class ProjectNeedsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ProjectViewBacking page;

    @Inject
    ProjectService projects;

    @Inject
    Msg msg;

    private transient List<fr.tierslieu.core.domain.project.ProjectNeed> needs;
    private fr.tierslieu.core.domain.project.NeedKind needKind = fr.tierslieu.core.domain.project.NeedKind.ENGINEERING;
    private String needDescription;
    private java.math.BigDecimal needAmount;
    private Integer needDays;
    private Long needActor;

    /** Runs a change of this section; its list is read again when it succeeds. */
    private void attempt(Runnable action, String form) {
        if (FacesSupport.attempt(msg, form, action)) {
            needs = null;
        }
    }

    public List<fr.tierslieu.core.domain.project.ProjectNeed> getNeeds() {
        if (needs == null) {
            needs = projects.needs(page.getId());
        }
        return needs;
    }

    public void addNeed() {
        attempt(
                () -> {
                    projects.addNeed(
                            page.getId(), needKind, needDescription, needAmount, needDays, needActor, Msg.locale());
                    needDescription = null;
                    needAmount = null;
                    needDays = null;
                },
                "needForm");
    }

    public void setNeedStatus(long needId, fr.tierslieu.core.domain.project.NeedStatus status) {
        attempt(() -> projects.setNeedStatus(needId, status), "needForm");
    }

    public void removeNeed(long needId) {
        attempt(() -> projects.removeNeed(needId), "needForm");
    }

    public fr.tierslieu.core.domain.project.NeedKind[] getNeedKinds() {
        return fr.tierslieu.core.domain.project.NeedKind.values();
    }

    public fr.tierslieu.core.domain.project.NeedStatus[] getNeedStatuses() {
        return fr.tierslieu.core.domain.project.NeedStatus.values();
    }

    public fr.tierslieu.core.domain.project.NeedKind getNeedKind() {
        return needKind;
    }

    public void setNeedKind(fr.tierslieu.core.domain.project.NeedKind v) {
        needKind = v;
    }

    public String getNeedDescription() {
        return needDescription;
    }

    public void setNeedDescription(String v) {
        needDescription = v;
    }

    public java.math.BigDecimal getNeedAmount() {
        return needAmount;
    }

    public void setNeedAmount(java.math.BigDecimal v) {
        needAmount = v;
    }

    public Integer getNeedDays() {
        return needDays;
    }

    public void setNeedDays(Integer v) {
        needDays = v;
    }

    public Long getNeedActor() {
        return needActor;
    }

    public void setNeedActor(Long v) {
        needActor = v;
    }
}
