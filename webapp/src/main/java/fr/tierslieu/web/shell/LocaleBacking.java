package fr.tierslieu.web.shell;

import fr.tierslieu.core.application.i18n.MessageBundles;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;

/** The language of the session: French by default, English on request (the switch in the top bar). */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private Locale locale = MessageBundles.FRENCH;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.equals(locale);
    }

    /** Switches language and reloads the same page (GET, so the browser history stays clean). */
    public void switchTo(String language) throws IOException {
        locale = MessageBundles.supported(Locale.forLanguageTag(language));
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(locale);
        var external = context.getExternalContext();
        var request = (jakarta.servlet.http.HttpServletRequest) external.getRequest();
        String query = request.getQueryString();
        external.redirect(
                request.getContextPath() + context.getViewRoot().getViewId() + (query == null ? "" : "?" + query));
    }
}
