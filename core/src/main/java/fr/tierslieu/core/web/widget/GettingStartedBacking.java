package fr.tierslieu.core.web.widget;

import fr.tierslieu.core.application.security.CurrentUser;
import fr.tierslieu.core.application.start.GettingStarted;
import fr.tierslieu.core.module.GettingStartedStep;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The « Pour commencer » checklist at the top of the dashboard. */
@Named
@RequestScoped
public class GettingStartedBacking {

    @Inject
    GettingStarted gettingStarted;

    @Inject
    CurrentUser currentUser;

    private List<GettingStartedStep> steps;
    private Boolean shown;

    public List<GettingStartedStep> getSteps() {
        if (steps == null) {
            steps = gettingStarted.steps(currentUser.getRoles());
        }
        return steps;
    }

    /** Shown while a required step is to do and nobody hid it; only to those who have steps to do. */
    public boolean isShown() {
        if (shown == null) {
            // the cheap question first: once hidden, the modules are not asked (a count or two each)
            shown = !gettingStarted.dismissed() && !getSteps().isEmpty() && GettingStarted.open(getSteps());
        }
        return shown;
    }

    public long getDone() {
        return getSteps().stream().filter(GettingStartedStep::done).count();
    }

    public int getTotal() {
        return getSteps().size();
    }

    /** The first step not done: the one the guide puts forward. */
    public GettingStartedStep getNext() {
        return getSteps().stream().filter(s -> !s.done()).findFirst().orElse(null);
    }

    public boolean isMayHide() {
        return currentUser.isAdmin() || currentUser.hasRole(fr.tierslieu.core.domain.security.Role.MANAGER);
    }

    public void hide() {
        gettingStarted.dismiss(true);
        shown = false;
    }
}
