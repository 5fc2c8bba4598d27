package fr.tierslieu.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;

/**
 * Which error the error page explains (never a stack trace; the server log has it), and the
 * status it answers with: a page that expired or came without the token PrimeFaces' script adds
 * (a form posted without JavaScript) is the visitor's request at fault, 400, not a server error.
 */
@Named
@RequestScoped
public class ErrorBacking {

    /** The status of the error being shown; an exception is classified by its causes. */
    public int getStatus() {
        Map<String, Object> attrs =
                FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        for (Object e = attrs.get(RequestDispatcher.ERROR_EXCEPTION);
                e instanceof Throwable t;
                e = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return 440;
            }
            if (t.getClass().getName().equals("org.primefaces.csp.CspException")) {
                return 400;
            }
        }
        Object code = attrs.get(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer i ? i : 500;
    }

    /** Sets the response's status to the error's (an expired page answers 400, not 500). */
    public void applyStatus() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        int status = getStatus();
        if (!external.isResponseCommitted()) {
            external.setResponseStatus(status == 440 ? HttpServletResponse.SC_BAD_REQUEST : status);
        }
    }

    /** Bundle key of the explanation. */
    public String getMessageKey() {
        return switch (getStatus()) {
            case 400 -> "core.error.badRequest";
            case 403 -> "core.error.403";
            case 404 -> "core.error.404";
            case 440 -> "core.error.expired";
            default -> "core.error.500";
        };
    }
}
