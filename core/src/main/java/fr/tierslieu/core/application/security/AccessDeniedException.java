package fr.tierslieu.core.application.security;

/** The caller is not allowed to do this; shown as "Accès refusé" (pages) or 403 (REST). */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
