package fr.tierslieu.web.shell;

import fr.tierslieu.core.application.security.UserService;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.core.web.support.SignIn;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;

/** First start without demo data: create the first administrator. Refused once any user exists. */
@Named
@ViewScoped
public class SetupBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    @Inject
    Msg msg;

    private String username;
    private String displayName;
    private String password;
    private String confirmation;

    public boolean isNeeded() {
        return users.needsFirstAdministrator();
    }

    /** Creates the account and signs its person in (a new session id), on the « Pour commencer » guide. */
    public void create() {
        char[] chosen = FacesSupport.chars(password);
        try {
            FacesSupport.attempt(msg, "setupForm", () -> {
                var user = users.createFirstAdministrator(
                        username, displayName, chosen, FacesSupport.chars(confirmation), Msg.locale());
                SignIn.afterAccountMade(user.getUsername(), chosen, msg.get("core.setup.done"));
            });
        } finally {
            password = null;
            confirmation = null;
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
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
