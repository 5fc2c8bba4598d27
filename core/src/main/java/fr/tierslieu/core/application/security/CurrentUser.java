package fr.tierslieu.core.application.security;

import fr.tierslieu.core.application.workspace.WorkspaceContext;
import fr.tierslieu.core.application.workspace.WorkspaceService;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.workspace.Workspace;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

/** The signed-in user of the current request, for pages ({@code #{currentUser}}) and services. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    WorkspaceService workspaces;

    /** Roles read in this request, by workspace (a page may read several, e.g. a consultant's home). */
    private final java.util.Map<Long, Set<Role>> roles = new java.util.HashMap<>();

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    /** Username, or null when nobody is signed in. */
    public String getUsername() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    /** The user's roles in the current workspace (in the first one, their account's), read once per request. */
    public Set<Role> getRoles() {
        return roles.computeIfAbsent(WorkspaceContext.current(), this::read);
    }

    /** The roles of the account, i.e. the installation's (held in its first workspace), wherever the page is. */
    public Set<Role> getAccountRoles() {
        return roles.computeIfAbsent(Workspace.FIRST, this::read);
    }

    private Set<Role> read(long workspace) {
        if (workspace != Workspace.FIRST) {
            return workspaces.rolesIn(getUsername(), workspace);
        }
        Set<Role> found = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (securityContext.isCallerInRole(role.name())) {
                found.add(role);
            }
        }
        return found;
    }

    public boolean hasRole(Role role) {
        return getRoles().contains(role) || getRoles().contains(Role.ADMIN);
    }

    /** For pages: {@code #{currentUser.can('MANAGER,BOARD')}} — true if the user holds any of them or is ADMIN. */
    public boolean can(String roleList) {
        for (String name : roleList.split(",")) {
            if (hasRole(Role.valueOf(name.trim()))) {
                return true;
            }
        }
        return false;
    }

    public boolean isAdmin() {
        return getRoles().contains(Role.ADMIN);
    }
}
