package fr.tierslieu.core.web.support;

import fr.tierslieu.core.domain.shared.ValidationFailure;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;

/** Small helpers shared by backing beans of every module: messages at the right field. */
public final class FacesSupport {

    private FacesSupport() {}

    /**
     * Shows each violation next to the input {@code <formId>:<field>} when the page has it, else at
     * the top of the page; and marks the request as failed so ajax callbacks know it.
     */
    public static void showViolations(ValidationFailure failure, String formId) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (ValidationFailure.Violation v : failure.getViolations()) {
            String clientId = null;
            if (v.field() != null && formId != null) {
                String candidate = formId + ":" + v.field().replaceAll("\\[.*", "");
                UIComponent component = context.getViewRoot().findComponent(":" + candidate);
                if (component != null) {
                    clientId = component.getClientId(context);
                }
            }
            String text = clientId == null && v.field() != null
                    ? fr.tierslieu.core.application.i18n.Typography.labelled(
                            fr.tierslieu.core.web.i18n.Msg.locale(), v.field(), v.message())
                    : v.message();
            context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        context.validationFailed();
    }

    public static void error(String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        context.validationFailed();
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    public static void warn(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
    }

    /** Answers 404 instead of rendering the page (an unknown id in the URL). */
    /** The application's error page (the webapp's /error.xhtml, which explains the status it finds in the request). */
    public static final String ERROR_VIEW = "/error.xhtml";

    /** Sends the browser to {@code path} within the application (usable inside {@link #attempt}). */
    public static void redirect(String path) {
        jakarta.faces.context.ExternalContext external =
                FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The page or its element does not exist: answers 404 with the error page. */
    public static void notFound() throws java.io.IOException {
        showError(404);
    }

    /**
     * Answers {@code status} with the error page rendered in this same request, so that the page's
     * scripts carry the nonce of the one Content-Security-Policy header (an error dispatch would
     * render a second time, with a second header and a second nonce, and the browser would refuse
     * the scripts). An ajax request gets the container's error dispatch.
     */
    public static void showError(int status) throws java.io.IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        jakarta.faces.context.ExternalContext external = context.getExternalContext();
        if (context.getPartialViewContext().isAjaxRequest() || external.isResponseCommitted()) {
            external.responseSendError(status, "Not found");
            context.responseComplete();
            return;
        }
        external.getRequestMap().put(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, status);
        external.setResponseStatus(status);
        context.setViewRoot(context.getApplication().getViewHandler().createView(context, ERROR_VIEW));
        context.renderResponse();
    }

    /** A password field's value as characters (empty when not filled). */
    /**
     * The value of the current view's {@code f:viewParam} of that name, as restored with the view:
     * on a postback it is there from the first phase on, before it reaches its bean. A page whose
     * {@code @ViewScoped} bean was not carried over to another instance of a cluster (Payara does not
     * replicate their state in every case, payara#2739) rebuilds its bean from it.
     */
    public static Object viewParameter(String name) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null || context.getViewRoot() == null) {
            return null;
        }
        for (var parameter : jakarta.faces.view.ViewMetadata.getViewParameters(context.getViewRoot())) {
            if (name.equals(parameter.getName())) {
                Object value = parameter.getValue();
                return value != null ? value : parameter.getSubmittedValue();
            }
        }
        return null;
    }

    public static char[] chars(String value) {
        return value == null ? new char[0] : value.toCharArray();
    }

    /**
     * Keeps the request's messages across a redirect, to the next page shown; in the session, not
     * in Faces' flash, so that they survive the instance that wrote them ({@link KeptMessages}).
     */
    public static void keepMessages() {
        KeptMessages.keep(FacesContext.getCurrentInstance());
    }

    /** How a page action ended, for a page that follows up (a conflict shows the version now stored). */
    public enum Outcome {
        DONE,
        REFUSED,
        CONFLICT,
        DENIED
    }

    /**
     * Runs a page action the way every backing bean does: a refused input shows its messages at
     * the fields of {@code formId}; a stale version or a missing role shows one message at the top.
     *
     * @return whether the action succeeded
     */
    public static boolean attempt(fr.tierslieu.core.web.i18n.Msg msg, String formId, Runnable action) {
        return outcome(msg, formId, action) == Outcome.DONE;
    }

    /** {@link #attempt}, telling how the action ended. */
    public static Outcome outcome(fr.tierslieu.core.web.i18n.Msg msg, String formId, Runnable action) {
        return outcome(msg, formId, "core.error.conflict", action);
    }

    /** {@link #outcome}, a stale version said with the page's own message ({@code conflictKey}). */
    public static Outcome outcome(
            fr.tierslieu.core.web.i18n.Msg msg, String formId, String conflictKey, Runnable action) {
        try {
            action.run();
            return Outcome.DONE;
        } catch (ValidationFailure e) {
            showViolations(e, formId);
            return Outcome.REFUSED;
        } catch (fr.tierslieu.core.domain.shared.ConcurrentEditException e) {
            error(msg.get(conflictKey));
            return Outcome.CONFLICT;
        } catch (fr.tierslieu.core.application.security.AccessDeniedException e) {
            error(msg.get("core.error.denied"));
            return Outcome.DENIED;
        }
    }
}
