package fr.tierslieu.core.application.audit;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.function.Supplier;

/**
 * Who is making the current change, for the audit log: the signed-in user, the name given to
 * {@link #runAs} for background work (start-up, demo data), or {@code system}.
 */
public final class AuditUser {

    public static final String SYSTEM = "system";
    private static final ThreadLocal<String> OVERRIDE = new ThreadLocal<>();

    private AuditUser() {}

    public static String current() {
        String override = OVERRIDE.get();
        if (override != null) {
            return override;
        }
        try {
            Principal principal =
                    CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
            if (principal != null && principal.getName() != null) {
                return principal.getName();
            }
        } catch (RuntimeException noContainerOrNoRequest) {
            // plain Java SE (tests) or a thread without a security context
        }
        return SYSTEM;
    }

    /** Runs {@code work} with changes attributed to {@code name}. */
    public static <T> T runAs(String name, Supplier<T> work) {
        String previous = OVERRIDE.get();
        OVERRIDE.set(name);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }
}
