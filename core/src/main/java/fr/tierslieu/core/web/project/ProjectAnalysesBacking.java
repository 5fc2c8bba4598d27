package fr.tierslieu.core.web.project;

import fr.tierslieu.core.application.strategy.MactorService;
import fr.tierslieu.core.domain.strategy.MactorAnalysis;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The strategy section of the project page: its actor-strategy analyses (MACTOR), and a new one. */
@Named
@ViewScoped
public class ProjectAnalysesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ProjectViewBacking page;

    @Inject
    MactorService mactor;

    @Inject
    Msg msg;

    private transient List<MactorAnalysis> analyses;
    private String title;
    private LocalDate date = LocalDate.now();

    public List<MactorAnalysis> getAnalyses() {
        if (analyses == null) {
            analyses = mactor.analyses(page.getId());
        }
        return analyses;
    }

    /** Creates the analysis and opens it. */
    public void create() {
        FacesSupport.attempt(msg, "analysisForm", () -> {
            MactorAnalysis created = mactor.create(page.getId(), title, date, Msg.locale());
            FacesSupport.redirect("/core/strategy/analysis.xhtml?id=" + created.getId());
        });
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
