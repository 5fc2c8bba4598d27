package fr.tierslieu.core.application.security;

import fr.tierslieu.core.domain.security.Role;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;

/** Enforces {@link RequiresRole}; runs before the transaction interceptor, so a refusal starts no transaction. */
@Interceptor
@RequiresRole
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 10)
public class RoleCheckInterceptor {

    @Inject
    SecurityContext securityContext;

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
        if (allowed.length == 0
                || securityContext.isCallerInRole(Role.ADMIN.name())
                || Arrays.stream(allowed).anyMatch(r -> securityContext.isCallerInRole(r.name()))) {
            return ctx.proceed();
        }
        throw new AccessDeniedException("role " + Arrays.toString(allowed) + " required for "
                + ctx.getMethod().getName());
    }
}
