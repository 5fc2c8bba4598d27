package fr.tierslieu.core.web.strategy;

import fr.tierslieu.core.application.strategy.MactorService;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.strategy.MactorAnalysis;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** Two analyses of the same project side by side. */
@Named
@ViewScoped
public class MactorCompareBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    MactorService mactor;

    @Inject
    Msg msg;

    private Long before;
    private Long after;
    private long projectId;
    private String projectName;
    private transient List<MactorAnalysis> analyses;
    private transient List<MactorService.Move> moves;

    public void load() throws IOException {
        try {
            if (before == null || after == null) {
                FacesSupport.notFound();
                return;
            }
            MactorAnalysis a = mactor.get(before);
            MactorAnalysis b = mactor.get(after);
            if (!a.getProject().getId().equals(b.getProject().getId())) {
                FacesSupport.notFound();
                return;
            }
            projectId = a.getProject().getId();
            projectName = a.getProject().getName();
        } catch (NotFoundException e) {
            FacesSupport.notFound();
        }
    }

    public void refresh() {
        moves = null;
    }

    /**
     * Why a side of the comparison is empty: an analysis without actors or objectives has no
     * result, so its columns stay blank; the page says so instead of showing silent dashes.
     */
    public List<String> getEmptySides() {
        List<String> out = new java.util.ArrayList<>();
        for (Long id : new Long[] {before, after}) {
            if (id == null || (id.equals(after) && id.equals(before) && !out.isEmpty())) {
                continue;
            }
            MactorAnalysis a = mactor.get(id);
            String side = msg.get(id.equals(before) ? "core.mactor.compare.before" : "core.mactor.compare.after");
            if (a.getActors().isEmpty()) {
                out.add(msg.formatAll("core.mactor.compare.noActors", a.getTitle(), side));
            } else if (a.getObjectives().isEmpty()) {
                out.add(msg.formatAll("core.mactor.compare.noObjectives", a.getTitle(), side));
            }
        }
        return out;
    }

    public List<MactorAnalysis> getAnalyses() {
        if (analyses == null) {
            analyses = mactor.analyses(projectId);
        }
        return analyses;
    }

    public List<MactorService.Move> getMoves() {
        if (moves == null) {
            moves = mactor.compare(before, after);
        }
        return moves;
    }

    public Long getBefore() {
        return before;
    }

    public void setBefore(Long before) {
        this.before = before;
    }

    public Long getAfter() {
        return after;
    }

    public void setAfter(Long after) {
        this.after = after;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getProjectName() {
        return projectName;
    }
}
