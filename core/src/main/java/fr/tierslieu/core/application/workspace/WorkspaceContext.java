package fr.tierslieu.core.application.workspace;

import java.util.function.Supplier;

/**
 * The workspace the current thread works in: the request's (set by the web layer for the length
 * of a request) or a job's. Persistence contexts started on the thread take it
 * ({@link WorkspaceSessions}); one started elsewhere works in the unit's own default (the
 * {@value fr.tierslieu.core.domain.shared.WorkspaceScoped#PROPERTY} property of the persistence
 * unit when it has one) or else in the installation's first workspace, {@value #DEFAULT} — so a
 * single-workspace installation never names one.
 */
public final class WorkspaceContext {

    /** The workspace every installation has: the one its existing data moved into. */
    public static final long DEFAULT = 1L;

    private static final ThreadLocal<Long> CURRENT = new ThreadLocal<>();

    private WorkspaceContext() {}

    /** The thread's workspace, or {@code null} when none was chosen. */
    public static Long chosen() {
        return CURRENT.get();
    }

    /** The thread's workspace, or the default one. */
    public static long current() {
        Long id = CURRENT.get();
        return id == null ? DEFAULT : id;
    }

    /** Runs {@code work} in workspace {@code id}, then gives the thread back its previous one. */
    public static <T> T in(long id, Supplier<T> work) {
        try (Scope scope = enter(id)) {
            return work.get();
        }
    }

    /** Runs {@code work} in workspace {@code id}, then gives the thread back its previous one. */
    public static void run(long id, Runnable work) {
        try (Scope scope = enter(id)) {
            work.run();
        }
    }

    /**
     * Enters workspace {@code id} until the scope is closed (a request's filter):
     * {@code try (var s = WorkspaceContext.enter(id)) { … }}.
     */
    public static Scope enter(long id) {
        if (id <= 0) {
            throw new IllegalArgumentException("workspace " + id);
        }
        Long previous = CURRENT.get();
        CURRENT.set(id);
        return new Scope(previous);
    }

    /** Leaving a workspace entered with {@link #enter}. */
    public static final class Scope implements AutoCloseable {
        private final Long previous;

        private Scope(Long previous) {
            this.previous = previous;
        }

        @Override
        public void close() {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
