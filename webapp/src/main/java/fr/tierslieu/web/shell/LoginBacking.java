package fr.tierslieu.web.shell;

import fr.tierslieu.core.application.config.AppConfig;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.web.security.AppAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;

/** The login form and the logout action. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    Msg msg;

    @Inject
    AppConfig config;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    private String from;

    public void login() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = fr.tierslieu.core.web.support.SignIn.authenticate(
                securityContext, username, password == null ? new char[0] : password.toCharArray());
        password = null;
        switch (status) {
            case SUCCESS -> {
                external.redirect(request.getContextPath() + safeTarget(from));
                context.responseComplete();
            }
            case SEND_CONTINUE -> context.responseComplete();
            default -> {
                Object wait = request.getAttribute(AppAuthenticationMechanism.THROTTLED_SECONDS);
                FacesSupport.error(
                        wait != null
                                ? msg.format("core.login.throttled", wait)
                                : "database".equals(request.getAttribute(AppAuthenticationMechanism.BUSY))
                                        ? msg.get("core.api.error.database")
                                        : request.getAttribute(AppAuthenticationMechanism.BUSY) != null
                                                ? msg.get("core.login.busy")
                                                : msg.get("core.login.failed"));
            }
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(request.getContextPath() + "/login.xhtml?bye=1");
    }

    /** Only a path of this application (no open redirect to another site). */
    static String safeTarget(String from) {
        if (from == null
                || !from.startsWith("/")
                || from.startsWith("//")
                || from.contains("\\")
                || from.startsWith("/login.xhtml")
                || from.startsWith("/setup.xhtml")) {
            return "/index.xhtml";
        }
        return from;
    }

    public boolean isDemo() {
        return config.isDemo();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }
}
