package fr.tierslieu.core.web.strategy;

import fr.tierslieu.core.application.strategy.MactorService;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.strategy.MactorAnalysis;
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
