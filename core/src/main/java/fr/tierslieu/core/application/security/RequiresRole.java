package fr.tierslieu.core.application.security;

import fr.tierslieu.core.domain.security.Role;
import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Only callers holding one of these roles (or ADMIN) may call the method; others get an
 * {@link AccessDeniedException}. On a class, applies to every business method; a method's own
 * annotation wins. Checked on the server for pages and REST alike, because services are the only
 * way to change data.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresRole {

    @Nonbinding
    Role[] value() default {};

    /**
     * Whether the roles are the account's — the installation's, held in its first workspace —
     * wherever the call is made: for what spans every workspace (accounts, backups, the outbox). A
     * workspace's own ADMIN does not pass.
     */
    @Nonbinding
    boolean installation() default false;
}
