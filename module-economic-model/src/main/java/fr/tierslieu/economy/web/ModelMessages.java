package fr.tierslieu.economy.web;

import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.economy.domain.ModelSpec;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;

/**
 * What the model page's beans share about the page: its form, its series' colours, and the
 * model's problems put at the input that caused them (a problem's path,
 * {@code activities[2].unitPrice}, names an input of the assumptions tab).
 */
final class ModelMessages {

    static final String FORM = "modelForm";

    /** The colours of the model's series (activities, scenarios), in order. */
    static final String[] PALETTE = {
        "#2f6f4e", "#d08c2a", "#3b6ea8", "#a8473b", "#7a5ea8", "#4d9a9a", "#8a8a3b", "#b05c8a"
    };

    private ModelMessages() {}

    /** {@code activities[2].unitPrice} → the input's client id in the assumptions tab. */
    static String clientId(String path) {
        if (path == null) {
            return null;
        }
        if ("modelName".equals(path)) {
            return FORM + ":modelName";
        }
        int bracket = path.indexOf('[');
        if (bracket < 0) {
            return FORM + ":tabs:" + path;
        }
        String section = path.substring(0, bracket);
        String index = path.substring(bracket + 1, path.indexOf(']'));
        String field = path.substring(path.indexOf("].") + 2);
        return FORM + ":tabs:" + section + ":" + index + ":" + field;
    }

    /** The problems found while editing, each at its input (nothing is marked failed: it is not saved). */
    static void show(List<ModelSpec.Problem> problems, Msg msg) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null) {
            return;
        }
        for (ModelSpec.Problem p : problems) {
            String text = msg.formatAll(p.key(), p.args());
            context.addMessage(clientId(p.path()), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }

    /** A save refused: each violation at its input, and the request marked failed. */
    static void show(ValidationFailure e) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (ValidationFailure.Violation v : e.getViolations()) {
            context.addMessage(
                    clientId(v.field()), new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), v.message()));
        }
        context.validationFailed();
    }
}
