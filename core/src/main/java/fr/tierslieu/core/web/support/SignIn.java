package fr.tierslieu.core.web.support;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Signs a person in right after they chose their password (first administrator, accepted
 * invitation), through the same authentication mechanism as the login form — a new session id,
 * the throttle, the audit of the sign-in — and sends them to a page of the application.
 */
public final class SignIn {

    private SignIn() {}

    /** Asks the authentication mechanism to sign this person in for the current request (the login form does too). */
    public static AuthenticationStatus authenticate(SecurityContext security, String username, char[] password) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
    }

    /** @return whether signed in and redirected; false leaves the current page as it is */
    public static boolean andGo(SecurityContext security, String username, char[] password, String path)
            throws IOException {
        if (authenticate(security, username, password) != AuthenticationStatus.SUCCESS) {
            return false;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.redirect(external.getRequestContextPath() + path);
        context.responseComplete();
        return true;
    }

    /**
     * Right after an account was made (first administrator, accepted invitation): signs its person
     * in and opens the home page, or, when the sign-in does not go through, says {@code done} on
     * the login page. Usable inside {@link FacesSupport#attempt}. The security context is looked up
     * here, not kept by the calling page: Soteria's does not serialize with a page's state.
     */
    public static void afterAccountMade(String username, char[] password, String done) {
        SecurityContext security = jakarta.enterprise
                .inject
                .spi
                .CDI
                .current()
                .select(SecurityContext.class)
                .get();
        try {
            if (!andGo(security, username, password, "/index.xhtml")) {
                FacesSupport.info(done);
                FacesSupport.keepMessages();
                FacesSupport.redirect("/login.xhtml");
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
