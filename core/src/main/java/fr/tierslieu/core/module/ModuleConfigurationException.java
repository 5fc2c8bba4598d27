package fr.tierslieu.core.module;

/** A module set that cannot start: duplicate id, unknown dependency, cycle, malformed id. */
public class ModuleConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ModuleConfigurationException(String message) {
        super(message);
    }
}
