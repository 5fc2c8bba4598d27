package fr.tierslieu.core.domain.shared;

/**
 * Someone else saved the record after the user opened it. The user's input is kept by the caller;
 * nothing has been saved.
 */
public class ConcurrentEditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String entity;
    private final Object id;

    public ConcurrentEditException(String entity, Object id) {
        super(entity + " #" + id + " was changed by someone else in the meantime");
        this.entity = entity;
        this.id = id;
    }

    public String getEntity() {
        return entity;
    }

    public Object getId() {
        return id;
    }
}
