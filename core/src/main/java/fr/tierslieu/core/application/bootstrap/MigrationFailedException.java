package fr.tierslieu.core.application.bootstrap;

/** A module's migration could not be applied; the application must not start. */
public class MigrationFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MigrationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
