package fr.tierslieu.core.web.support;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.Serial;
import java.io.UncheckedIOException;

/**
 * A page opened with a parameter its view cannot read ({@code ?id=abc}, a required id missing)
 * answers 404 with the friendly error page, for every page at once: the view parameter's
 * conversion fails, Faces skips the page's {@code f:viewAction} and would otherwise render the page
 * without its data (an error 500). Postbacks keep their usual validation messages at the fields.
 */
public class BadAddressListener implements PhaseListener {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.isPostback()
                || !context.isValidationFailed()
                || context.getResponseComplete()
                || FacesSupport.ERROR_VIEW.equals(context.getViewRoot().getViewId())) {
            return;
        }
        // the parameter's conversion message is for no one: the error page says what happened
        for (java.util.Iterator<jakarta.faces.application.FacesMessage> it = context.getMessages(); it.hasNext(); ) {
            it.next();
            it.remove();
        }
        try {
            FacesSupport.showError(404);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after rendering
    }
}
