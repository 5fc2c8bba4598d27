package fr.tierslieu.core.web.admin;

import fr.tierslieu.core.application.security.CurrentUser;
import fr.tierslieu.core.application.security.UserService;
import fr.tierslieu.core.domain.security.AppUser;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** Administrators manage accounts: create, change roles, disable, reset a password. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    @Inject
    CurrentUser currentUser;

    @Inject
    Msg msg;

    @Inject
    fr.tierslieu.core.application.config.AppConfig config;

    private transient List<AppUser> list;

    // Form (create or edit)
    private Long editedId;
    private long editedVersion;
    private String username;
    private String displayName;
    private String email;
    private Role[] roles = new Role[0];
    private boolean enabled = true;
    private String password;
    private String confirmation;
    /** The new account gets an invitation link instead of a password typed by the administrator. */
    private boolean inviting;
    /** The last invitation made on this page: its link, shown to copy. */
    private String invitationLink;

    private String invitationFor;
    private boolean invitationMailed;

    public List<AppUser> getList() {
        if (list == null) {
            list = users.list();
        }
        return list;
    }

    public void startInvite() {
        startCreate();
        inviting = true;
    }

    public void startCreate() {
        inviting = false;
        editedId = null;
        username = null;
        displayName = null;
        email = null;
        roles = new Role[] {Role.VIEWER};
        enabled = true;
        password = null;
        confirmation = null;
    }

    public void startEdit(AppUser user) {
        inviting = false;
        editedId = user.getId();
        editedVersion = user.getVersion();
        username = user.getUsername();
        displayName = user.getDisplayName();
        email = user.getEmail();
        roles = user.getRoles().toArray(new Role[0]);
        enabled = user.isEnabled();
        password = null;
        confirmation = null;
    }

    public void save() {
        try {
            FacesSupport.attempt(msg, "userForm", () -> {
                if (editedId == null && inviting) {
                    UserService.Invitation invitation = users.invite(
                            username,
                            displayName,
                            email,
                            Set.of(roles),
                            publicUrl(),
                            currentUser.getUsername(),
                            Msg.locale());
                    showInvitation(invitation);
                } else if (editedId == null) {
                    users.createUser(
                            username,
                            displayName,
                            email,
                            Set.of(roles),
                            FacesSupport.chars(password),
                            FacesSupport.chars(confirmation),
                            Msg.locale());
                    FacesSupport.info(msg.format("core.users.created", username));
                } else {
                    users.updateUser(
                            editedId,
                            editedVersion,
                            displayName,
                            email,
                            Set.of(roles),
                            enabled,
                            currentUser.getUsername(),
                            Msg.locale());
                    if (password != null && !password.isEmpty()) {
                        users.resetPassword(
                                editedId, FacesSupport.chars(password), FacesSupport.chars(confirmation), Msg.locale());
                    }
                    FacesSupport.info(msg.format("core.users.updated", username));
                }
                list = null;
                org.primefaces.PrimeFaces.current().executeScript("PF('userDialog').hide()");
            });
        } finally {
            password = null;
            confirmation = null;
        }
    }

    /** A new link for an invitation not yet accepted (lost or expired). */
    public void renew(AppUser user) {
        FacesSupport.attempt(msg, "usersForm", () -> {
            showInvitation(users.renewInvitation(user.getId(), publicUrl(), currentUser.getUsername(), Msg.locale()));
            list = null;
        });
    }

    private void showInvitation(UserService.Invitation invitation) {
        invitationLink = invitation.link();
        invitationFor = invitation.user().getDisplayName();
        invitationMailed = invitation.mailed();
        FacesSupport.info(InvitationMessages.of(msg, invitation));
    }

    private String publicUrl() {
        return config.publicUrl(jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequest());
    }

    public boolean isInviting() {
        return inviting;
    }

    public String getInvitationLink() {
        return invitationLink;
    }

    public String getInvitationFor() {
        return invitationFor;
    }

    public boolean isInvitationMailed() {
        return invitationMailed;
    }

    public Role[] getRoleOptions() {
        return Role.values();
    }

    public boolean isCreating() {
        return editedId == null;
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles == null ? new Role[0] : roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
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
