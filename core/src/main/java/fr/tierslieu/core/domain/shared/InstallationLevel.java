package fr.tierslieu.core.domain.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An entity that belongs to the installation rather than to one of its workspaces: a person's
 * account (which may take part in several workspaces), their API tokens, what an address wants to
 * receive by e-mail, the outbox. Everything else is {@link WorkspaceScoped}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface InstallationLevel {

    /** Why the records are shared by every workspace. */
    String value();
}
