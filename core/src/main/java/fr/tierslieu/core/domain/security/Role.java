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
    VIEWER,
    /**
     * Accompagnement (the method's consultant): in the workspaces they accompany, sees everything
     * and edits the journey, meetings, findings, MACTOR analyses and roadmap; their home shows those
     * workspaces side by side.
     */
    CONSULTANT,
    /**
     * Administration du réseau: an installation-level role, held on the account, that creates
     * workspaces and names their first members, wherever it is used.
     */
    NETWORK_ADMIN;

    /** Role names as strings, for {@code @RolesAllowed}-like checks and identity stores. */
    public static final String ADMIN_NAME = "ADMIN";

    public static final String MANAGER_NAME = "MANAGER";
    public static final String BOARD_NAME = "BOARD";
    public static final String ORGANIZER_NAME = "ORGANIZER";
    public static final String VIEWER_NAME = "VIEWER";
    public static final String CONSULTANT_NAME = "CONSULTANT";
    public static final String NETWORK_ADMIN_NAME = "NETWORK_ADMIN";
}
