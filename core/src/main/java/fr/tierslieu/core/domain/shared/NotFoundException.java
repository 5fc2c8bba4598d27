package fr.tierslieu.core.domain.shared;

/** The record asked for does not exist (or no longer does). */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String entity, Object id) {
        super(entity + " #" + id + " does not exist");
    }
}
