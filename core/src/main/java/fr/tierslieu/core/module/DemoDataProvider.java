package fr.tierslieu.core.module;

/**
 * Loads a module's part of the demo data set. Called once, in one transaction with every other
 * provider, when the application starts in demo mode on an empty database, after all migrations
 * and after the core's own demo data (so actors can be looked up by name), in module order.
 */
public interface DemoDataProvider {

    /** Id of the module this provider belongs to. */
    String moduleId();

    /** Inserts the demo records; runs inside the caller's transaction. */
    void load();
}
