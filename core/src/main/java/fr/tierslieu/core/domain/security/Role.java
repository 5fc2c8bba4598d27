package fr.tierslieu.core.domain.security;

/**
 * The roles a user can hold. Every page and REST call checks them on the server.
 * Names are stable: they are stored in the database and used as Jakarta Security groups.
 */
public enum Role {
    /** Manages users and sees the audit log; can do everything. */
    ADMIN,
    /** Gestionnaire du tiers-lieu: keeps the economic model. */
    MANAGER,
    /** Membre du conseil d'administration: designs the governance. */
    BOARD,
    /** Organisateur du voyage d'étude. */
    ORGANIZER,
    /** Partenaire: reads only. */
    VIEWER;

    /** Role names as strings, for {@code @RolesAllowed}-like checks and identity stores. */
    public static final String ADMIN_NAME = "ADMIN";

    public static final String MANAGER_NAME = "MANAGER";
    public static final String BOARD_NAME = "BOARD";
    public static final String ORGANIZER_NAME = "ORGANIZER";
    public static final String VIEWER_NAME = "VIEWER";
}
