package fr.tierslieu.core.application.security;

import fr.tierslieu.core.application.workspace.WorkspaceContext;
import fr.tierslieu.core.application.workspace.WorkspaceService;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.workspace.Workspace;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.Set;

/** Enforces {@link RequiresRole}; runs before the transaction interceptor, so a refusal starts no transaction. */
@Interceptor
@RequiresRole
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 10)
public class RoleCheckInterceptor {

    @Inject
    SecurityContext securityContext;

    @Inject
    Instance<WorkspaceService> workspaces;

    @Inject
    Instance<CurrentUser> currentUser;

    @Inject
    BeanManager beans;

    private boolean requestActive() {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }

    private boolean holdsARoleInTheFirst() {
        if (requestActive()) {
            return !currentUser.get().getRoles().isEmpty();
        }
        return Arrays.stream(Role.values()).anyMatch(r -> securityContext.isCallerInRole(r.name()));
    }

    @AroundInvoke
    public Object check(InvocationContext ctx) throws Exception {
        RequiresRole rule = ctx.getMethod().getAnnotation(RequiresRole.class);
        if (rule == null) {
            rule = ctx.getMethod().getDeclaringClass().getAnnotation(RequiresRole.class);
        }
        if (rule == null) {
            Class<?> type = ctx.getTarget().getClass();
            while (type != null && rule == null) {
                rule = type.getAnnotation(RequiresRole.class);
                type = type.getSuperclass();
            }
        }
        Role[] allowed = rule == null ? new Role[0] : rule.value();
        if (securityContext.getCallerPrincipal() == null) {
            throw new AccessDeniedException(
                    "sign-in required for " + ctx.getMethod().getName());
        }
        if (allowed.length == 0) {
            // any role of the workspace reads; elsewhere than the first, WorkspaceFilter let only its
            // members in. In the first, an account of other workspaces only holds none.
            if (WorkspaceContext.current() != Workspace.FIRST || holdsARoleInTheFirst()) {
                return ctx.proceed();
            }
            throw new AccessDeniedException(
                    "a role in this workspace required for " + ctx.getMethod().getName());
        }
        if (rule.installation() || WorkspaceContext.current() == Workspace.FIRST) {
            if (securityContext.isCallerInRole(Role.ADMIN.name())
                    || Arrays.stream(allowed).anyMatch(r -> securityContext.isCallerInRole(r.name()))) {
                return ctx.proceed();
            }
        } else {
            // another workspace: the roles the caller's memberships give there, read once per
            // request (CurrentUser keeps them) or, outside a request, once per call
            Set<Role> held = requestActive()
                    ? currentUser.get().getRoles()
                    : workspaces
                            .get()
                            .rolesIn(securityContext.getCallerPrincipal().getName(), WorkspaceContext.current());
            if (held.contains(Role.ADMIN) || Arrays.stream(allowed).anyMatch(held::contains)) {
                return ctx.proceed();
            }
            // the network's administration is held on the account and counts in every workspace
            if (Arrays.asList(allowed).contains(Role.NETWORK_ADMIN)
                    && securityContext.isCallerInRole(Role.NETWORK_ADMIN.name())) {
                return ctx.proceed();
            }
        }
        throw new AccessDeniedException("role " + Arrays.toString(allowed) + " required for "
                + ctx.getMethod().getName());
    }
}
