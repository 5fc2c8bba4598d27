package fr.tierslieu.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

import java.util.Map;

/** Which error the error page explains (never a stack trace; the server log has it). */
@Named
@RequestScoped
public class ErrorBacking {

    public int getStatus() {
        Map<String, Object> attrs = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        Object code = attrs.get(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer i) {
            return i;
        }
        Object exception = attrs.get(RequestDispatcher.ERROR_EXCEPTION);
        if (exception instanceof jakarta.faces.application.ViewExpiredException) {
            return 440;
        }
        return 500;
    }

    /** Bundle key of the explanation. */
    public String getMessageKey() {
        return switch (getStatus()) {
            case 403 -> "core.error.403";
            case 404 -> "core.error.404";
            case 440 -> "core.error.expired";
            default -> "core.error.500";
        };
    }
}
