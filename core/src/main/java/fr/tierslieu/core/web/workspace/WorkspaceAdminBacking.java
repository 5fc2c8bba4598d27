package fr.tierslieu.core.web.workspace;

import fr.tierslieu.core.application.config.AppConfig;
import fr.tierslieu.core.application.security.CurrentUser;
import fr.tierslieu.core.application.security.UserService;
import fr.tierslieu.core.application.workspace.WorkspaceService;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.workspace.Workspace;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The workspaces a person may staff and their people: those who run the network create workspaces
 * and staff any; a workspace's administrator staffs theirs. The chosen workspace is the view
 * parameter {@code w} (its address), so the page can be bookmarked and survives a failover.
 */
@Named
@ViewScoped
public class WorkspaceAdminBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The roles one gives in a workspace (the network's administration is held on the account). */
    private static final List<Role> ROLES =
            List.of(Role.ADMIN, Role.MANAGER, Role.BOARD, Role.ORGANIZER, Role.CONSULTANT, Role.VIEWER);

    /** This page. */
    public static final String PAGE = "/core/workspaces/admin.xhtml";

    @Inject
    WorkspaceService workspaces;

    @Inject
    CurrentUser currentUser;

    @Inject
    AppConfig config;

    @Inject
    Msg msg;

    private String search;
    /** The address of the chosen workspace (view parameter). */
    private String w;

    private String newSlug;
    private String newName;

    private String memberUsername;
    private Role memberRole = Role.VIEWER;

    private String inviteUsername;
    private String inviteName;
    private String inviteEmail;
    private Role inviteRole = Role.ADMIN;

    private String invitationLink;
    private String invitationFor;

    private transient WorkspaceService.Listed listed;
    private transient List<WorkspaceService.Member> members;
    private transient Optional<Workspace> chosen;

    public WorkspaceService.Listed getListed() {
        if (listed == null) {
            listed = workspaces.staffed(currentUser.getUsername(), search);
        }
        return listed;
    }

    public void find() {
        listed = null;
    }

    /** The chosen workspace, if the person may staff it. */
    public Workspace getChosen() {
        if (chosen == null) {
            chosen = workspaces.bySlug(w).filter(x -> workspaces.mayStaff(currentUser.getUsername(), x));
        }
        return chosen.orElse(null);
    }

    public List<WorkspaceService.Member> getMembers() {
        if (members == null) {
            members = getChosen() == null
                    ? List.of()
                    : workspaces.members(getChosen().getSlug(), currentUser.getUsername(), Msg.locale());
        }
        return members;
    }

    public void create() {
        FacesSupport.attempt(msg, "createForm", () -> {
            Workspace made = workspaces.create(
                    new WorkspaceService.WorkspaceForm(newSlug, newName), currentUser.getUsername(), Msg.locale());
            FacesSupport.info(msg.format("core.workspaces.admin.created", made.getName()));
            FacesSupport.keepMessages();
            FacesSupport.redirect(PAGE + "?w=" + made.getSlug()); // a slug needs no encoding
        });
    }

    public void add() {
        FacesSupport.attempt(msg, "memberForm", () -> {
            var m = workspaces.addMember(w, memberUsername, memberRole, currentUser.getUsername(), Msg.locale());
            FacesSupport.info(
                    msg.format2("core.workspaces.admin.added", m.getUser().getDisplayName(), msg.label(m.getRole())));
            memberUsername = null;
            members = null;
        });
    }

    public void invite() {
        FacesSupport.attempt(msg, "inviteForm", () -> {
            UserService.Invitation invitation = workspaces.invite(
                    w,
                    new WorkspaceService.InviteForm(inviteUsername, inviteName, inviteEmail, inviteRole),
                    config.publicUrl(FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getRequest()),
                    currentUser.getUsername(),
                    Msg.locale());
            invitationLink = invitation.link();
            invitationFor = invitation.user().getDisplayName();
            FacesSupport.info(fr.tierslieu.core.web.admin.InvitationMessages.of(msg, invitation));
            inviteUsername = null;
            inviteName = null;
            inviteEmail = null;
            members = null;
        });
    }

    public void remove(WorkspaceService.Member m) {
        FacesSupport.attempt(msg, "membersForm", () -> {
            workspaces.removeMember(w, m.username(), currentUser.getUsername(), Msg.locale());
            FacesSupport.info(msg.format("core.workspaces.admin.removed", m.displayName()));
            members = null;
        });
    }

    private void choose(String slug) {
        w = slug;
        chosen = null;
        members = null;
        listed = null;
        invitationLink = null;
    }

    /** A person's roles there, in words. */
    public String roles(WorkspaceService.Member m) {
        return m.roles().stream().sorted().map(r -> msg.label(r)).collect(Collectors.joining(", "));
    }

    public List<Role> getRoleOptions() {
        return ROLES;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getW() {
        return w;
    }

    public void setW(String w) {
        choose(w);
    }

    public String getNewSlug() {
        return newSlug;
    }

    public void setNewSlug(String newSlug) {
        this.newSlug = newSlug;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getMemberUsername() {
        return memberUsername;
    }

    public void setMemberUsername(String memberUsername) {
        this.memberUsername = memberUsername;
    }

    public Role getMemberRole() {
        return memberRole;
    }

    public void setMemberRole(Role memberRole) {
        this.memberRole = memberRole;
    }

    public String getInviteUsername() {
        return inviteUsername;
    }

    public void setInviteUsername(String inviteUsername) {
        this.inviteUsername = inviteUsername;
    }

    public String getInviteName() {
        return inviteName;
    }

    public void setInviteName(String inviteName) {
        this.inviteName = inviteName;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public Role getInviteRole() {
        return inviteRole;
    }

    public void setInviteRole(Role inviteRole) {
        this.inviteRole = inviteRole;
    }

    public String getInvitationLink() {
        return invitationLink;
    }

    public String getInvitationFor() {
        return invitationFor;
    }
}
