package fr.tierslieu.core.web.admin;

import fr.tierslieu.core.application.security.UserService;
import fr.tierslieu.core.domain.security.AppUser;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.core.web.support.SignIn;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;

/**
 * The page an invitation link opens, without an account yet: the invited person sees who they
 * are for the application, chooses their password and is signed in.
 */
@Named
@ViewScoped
public class InvitationBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    @Inject
    Msg msg;

    private String token;
    private String username;
    private String displayName;
    private String password;
    private String confirmation;

    public void load() {
        AppUser user = users.invitation(token).orElse(null);
        username = user == null ? null : user.getUsername();
        displayName = user == null ? null : user.getDisplayName();
    }

    public void accept() {
        char[] chosen = FacesSupport.chars(password);
        try {
            FacesSupport.attempt(msg, "invitationForm", () -> {
                AppUser user = users.acceptInvitation(token, chosen, FacesSupport.chars(confirmation), Msg.locale());
                SignIn.afterAccountMade(user.getUsername(), chosen, msg.get("core.invitation.acceptedSignIn"));
            });
        } finally {
            password = null;
            confirmation = null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
