package fr.tierslieu.core.application.workspace;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.i18n.Validation;
import fr.tierslieu.core.application.security.AccessDeniedException;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.application.security.UserService;
import fr.tierslieu.core.domain.security.AppUser;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.domain.workspace.Workspace;
import fr.tierslieu.core.domain.workspace.WorkspaceMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The workspaces of the installation and who takes part in which. In the installation's first
 * workspace an account's own roles apply (as before workspaces existed); in the others, the roles
 * its memberships give. Those who run the network — the installation's administrators (ADMIN in the
 * first workspace) and the network's (NETWORK_ADMIN on the account) — create workspaces and staff
 * any of them; a workspace's own ADMIN staffs that workspace only.
 */
@ApplicationScoped
@Transactional
public class WorkspaceService {

    /** Workspaces per installation at most (the list and the switcher stay usable). */
    public static final int MAX_WORKSPACES = 5000;

    /** Roles held in one workspace at most, all its people together. */
    public static final int MAX_MEMBERSHIPS = 500;

    /** Workspaces a list of the administration page shows at most (a search narrows it). */
    public static final int MAX_LISTED = 50;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    MessageBundles messages;

    @Inject
    Validation validation;

    @Inject
    UserService users;

    @Inject
    jakarta.enterprise.event.Event<WorkspaceCreated> created;

    public WorkspaceService() {}

    /** Outside the container (tests). */
    public WorkspaceService(EntityManager em, MessageBundles messages) {
        this(em, messages, null);
    }

    /** Outside the container (tests), with the accounts' service for invitations. */
    public WorkspaceService(EntityManager em, MessageBundles messages, UserService users) {
        this.em = em;
        this.messages = messages;
        this.validation = Validation.standalone(messages);
        this.users = users;
    }

    /** A new workspace: the address part and the name. */
    public static final class WorkspaceForm {
        @NotBlank(message = Validation.REQUIRED)
        @Size(max = Workspace.SLUG_MAX, message = Validation.TOO_LONG)
        @Pattern(regexp = Workspace.SLUG_PATTERN, message = "{core.workspace.error.slug}")
        private final String slug;

        @NotBlank(message = Validation.REQUIRED)
        @Size(max = Workspace.NAME_MAX, message = Validation.TOO_LONG)
        private final String name;

        public WorkspaceForm(String slug, String name) {
            this.slug = slug == null ? null : slug.strip();
            this.name = name == null ? null : name.strip();
        }

        public String slug() {
            return slug;
        }

        public String name() {
            return name;
        }
    }

    @RequiresRole({Role.ADMIN, Role.NETWORK_ADMIN})
    public Workspace create(WorkspaceForm form, String actingUser, Locale locale) {
        if (!runsNetwork(actingUser)) {
            throw new AccessDeniedException("only the network's administrators create workspaces");
        }
        validation.check(form, locale);
        if (bySlug(form.slug()).isPresent()) {
            throw ValidationFailure.of("slug", messages.get(locale, "core.workspace.error.slugTaken"));
        }
        long count =
                em.createQuery("select count(w) from Workspace w", Long.class).getSingleResult();
        if (count >= MAX_WORKSPACES) {
            throw ValidationFailure.of("slug", messages.get(locale, "core.workspace.error.tooMany"));
        }
        Workspace w = new Workspace(form.slug(), form.name());
        em.persist(w);
        em.flush();
        severalSeen = new long[] {Long.MIN_VALUE / 2, 0}; // read again at the next page
        if (created != null) {
            created.fire(new WorkspaceCreated(w.getId(), w.getSlug()));
        }
        return w;
    }

    /**
     * Gives {@code username} the role {@code role} in workspace {@code slug} (nothing changes if
     * they hold it already). In the first workspace, roles are the account's: change them there.
     */
    @RequiresRole({Role.ADMIN, Role.NETWORK_ADMIN})
    public WorkspaceMember addMember(String slug, String username, Role role, String actingUser, Locale locale) {
        Workspace w = staffable(slug, actingUser, locale);
        checkRole(role, locale);
        List<AppUser> users = em.createQuery("select u from AppUser u where u.username = :u", AppUser.class)
                .setParameter("u", username == null ? "" : username.strip())
                .getResultList();
        if (users.isEmpty()) {
            throw ValidationFailure.of("username", messages.get(locale, "core.workspace.error.noSuchUser"));
        }
        List<WorkspaceMember> held = em.createQuery(
                        "select m from WorkspaceMember m where m.workspace = :w and m.user = :u and m.role = :r",
                        WorkspaceMember.class)
                .setParameter("w", w)
                .setParameter("u", users.get(0))
                .setParameter("r", role)
                .getResultList();
        if (!held.isEmpty()) {
            return held.get(0);
        }
        return join(w, users.get(0), role, locale);
    }

    private WorkspaceMember join(Workspace w, AppUser user, Role role, Locale locale) {
        long count = em.createQuery("select count(m) from WorkspaceMember m where m.workspace = :w", Long.class)
                .setParameter("w", w)
                .getSingleResult();
        if (count >= MAX_MEMBERSHIPS) {
            throw ValidationFailure.of(
                    "username", messages.format(locale, "core.workspace.error.tooManyMembers", MAX_MEMBERSHIPS));
        }
        WorkspaceMember m = new WorkspaceMember(w, user, role);
        em.persist(m);
        em.flush();
        return m;
    }

    /** A new person to invite into a workspace: they choose their password through the link. */
    public static final class InviteForm {
        private final String username;
        private final String displayName;
        private final String email;
        private final Role role;

        public InviteForm(String username, String displayName, String email, Role role) {
            this.username = username == null ? null : username.strip();
            this.displayName = displayName;
            this.email = email;
            this.role = role;
        }

        public String username() {
            return username;
        }

        public String displayName() {
            return displayName;
        }

        public String email() {
            return email;
        }

        public Role role() {
            return role;
        }
    }

    /**
     * Opens an account for a new person with a role in workspace {@code slug} only (none in the
     * installation's first workspace) and e-mails them the link where they choose their password —
     * a network administrator inviting a new workspace's first administrator, or a workspace's
     * administrator inviting its team. Account and role are saved together or not at all.
     */
    @RequiresRole({Role.ADMIN, Role.NETWORK_ADMIN})
    public UserService.Invitation invite(
            String slug, InviteForm form, String publicUrl, String actingUser, Locale locale) {
        Workspace w = staffable(slug, actingUser, locale);
        checkRole(form.role(), locale);
        String by = em
                .createQuery("select u.displayName from AppUser u where u.username = :u", String.class)
                .setParameter("u", actingUser)
                .getResultList()
                .stream()
                .findFirst()
                .orElse(actingUser);
        UserService.Invitation invitation = users.inviteElsewhere(
                form.username(),
                form.displayName(),
                form.email(),
                publicUrl,
                messages.format(locale, "core.workspace.invitedBy", by, w.getName()),
                locale);
        join(w, invitation.user(), form.role(), locale);
        return invitation;
    }

    private void checkRole(Role role, Locale locale) {
        if (role == null) {
            throw ValidationFailure.of("role", messages.get(locale, "core.error.required"));
        }
        if (role == Role.NETWORK_ADMIN) {
            throw ValidationFailure.of("role", messages.get(locale, "core.workspace.error.installationRole"));
        }
    }

    /**
     * Takes every role {@code username} holds in workspace {@code slug} away; how many there were.
     * A workspace's administrator cannot take themselves out (the network's can).
     */
    @RequiresRole({Role.ADMIN, Role.NETWORK_ADMIN})
    public int removeMember(String slug, String username, String actingUser, Locale locale) {
        Workspace w = staffable(slug, actingUser, locale);
        if (username != null && username.equals(actingUser) && !runsNetwork(actingUser)) {
            throw ValidationFailure.of("username", messages.get(locale, "core.workspace.error.selfRemoval"));
        }
        List<WorkspaceMember> held = em.createQuery(
                        "select m from WorkspaceMember m where m.workspace = :w and m.user.username = :u",
                        WorkspaceMember.class)
                .setParameter("w", w)
                .setParameter("u", username)
                .getResultList();
        held.forEach(em::remove);
        em.flush();
        return held.size();
    }

    /**
     * Whether {@code username} runs the network: administrator of the installation (ADMIN in its
     * first workspace) or of the network (NETWORK_ADMIN on the account).
     */
    public boolean runsNetwork(String username) {
        Set<Role> account = rolesIn(username, Workspace.FIRST);
        return account.contains(Role.ADMIN) || account.contains(Role.NETWORK_ADMIN);
    }

    /** Whether {@code username} may staff workspace {@code w}: runs the network, or is ADMIN there. */
    public boolean mayStaff(String username, Workspace w) {
        return !w.isFirst()
                && (runsNetwork(username) || rolesIn(username, w.getId()).contains(Role.ADMIN));
    }

    /** The workspace {@code slug}, if {@code actingUser} may staff it; refusals say why. */
    private Workspace staffable(String slug, String actingUser, Locale locale) {
        Workspace w = bySlug(slug).orElseThrow(() -> new NotFoundException("Workspace", slug));
        if (w.isFirst()) {
            throw ValidationFailure.of("slug", messages.get(locale, "core.workspace.error.firstUsesAccounts"));
        }
        if (!mayStaff(actingUser, w)) {
            throw new AccessDeniedException("ADMIN of " + slug + " or of the network required");
        }
        return w;
    }

    /**
     * The workspaces other than the first that {@code username} may staff, by name, whose name or
     * address contains {@code search} (any case; all when blank): every one for those who run the
     * network, the ones they administer for others; {@value #MAX_LISTED} at most.
     */
    public Listed staffed(String username, String search) {
        String text = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        // no name is longer: a longer search finds nothing, cut before it reaches the database
        text = text.substring(0, Math.min(text.length(), Workspace.NAME_MAX));
        String q = "%" + text + "%";
        boolean all = runsNetwork(username);
        String from = all
                ? " from Workspace w where w.id <> :first"
                : " from Workspace w where w.id <> :first and exists (select m from WorkspaceMember m"
                        + " where m.workspace = w and m.user.username = :u and m.role = :admin)";
        String where = " and (lower(w.name) like :q or w.slug like :q)";
        var count = em.createQuery("select count(w)" + from + where, Long.class);
        var list = em.createQuery("select w" + from + where + " order by w.name", Workspace.class);
        for (var query : List.of(count, list)) {
            query.setParameter("first", Workspace.FIRST).setParameter("q", q);
            if (!all) {
                query.setParameter("u", username).setParameter("admin", Role.ADMIN);
            }
        }
        return new Listed(list.setMaxResults(MAX_LISTED).getResultList(), count.getSingleResult(), all);
    }

    /** Workspaces shown, how many matched, and whether the person runs the network (and may create). */
    public record Listed(List<Workspace> shown, long matched, boolean network) {}

    /** A person of a workspace and the roles they hold there. */
    public record Member(String username, String displayName, String email, boolean invited, Set<Role> roles)
            implements java.io.Serializable {}

    /** The people of workspace {@code slug} with their roles there, by name ({@value #MAX_MEMBERSHIPS} roles at most). */
    public List<Member> members(String slug, String actingUser, Locale locale) {
        Workspace w = staffable(slug, actingUser, locale);
        java.util.Map<String, Member> byUser = new java.util.LinkedHashMap<>();
        em.createQuery(
                        "select m from WorkspaceMember m join fetch m.user where m.workspace = :w"
                                + " order by m.user.displayName, m.user.username",
                        WorkspaceMember.class)
                .setParameter("w", w)
                .setMaxResults(MAX_MEMBERSHIPS)
                .getResultList()
                .forEach(m -> byUser.computeIfAbsent(
                                m.getUser().getUsername(),
                                k -> new Member(
                                        k,
                                        m.getUser().getDisplayName(),
                                        m.getUser().getEmail(),
                                        m.getUser().isInvited(),
                                        EnumSet.noneOf(Role.class)))
                        .roles()
                        .add(m.getRole()));
        return List.copyOf(byUser.values());
    }

    /**
     * Whether the installation has more than its first workspace, read at most every
     * {@value #SEVERAL_EVERY_MILLIS} ms (pages ask it on every request to show the switcher; a
     * workspace created on another instance shows within that delay).
     */
    public boolean several() {
        long now = System.currentTimeMillis();
        long[] seen = severalSeen;
        if (now - seen[0] < SEVERAL_EVERY_MILLIS) {
            return seen[1] > 1;
        }
        long count =
                em.createQuery("select count(w) from Workspace w", Long.class).getSingleResult();
        severalSeen = new long[] {now, count};
        return count > 1;
    }

    static final long SEVERAL_EVERY_MILLIS = 30_000;
    private volatile long[] severalSeen = {Long.MIN_VALUE / 2, 0};

    public Optional<Workspace> bySlug(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        return em
                .createQuery("select w from Workspace w where w.slug = :s", Workspace.class)
                .setParameter("s", slug)
                .getResultList()
                .stream()
                .findFirst();
    }

    public Optional<Workspace> find(long id) {
        return Optional.ofNullable(em.find(Workspace.class, id));
    }

    /** The roles {@code username} holds in workspace {@code workspaceId} (none if not a member). */
    public Set<Role> rolesIn(String username, long workspaceId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (username == null) {
            return roles;
        }
        if (workspaceId == Workspace.FIRST) {
            em.createQuery("select u from AppUser u where u.username = :u", AppUser.class)
                    .setParameter("u", username)
                    .getResultList()
                    .forEach(u -> roles.addAll(u.getRoles()));
        } else {
            roles.addAll(em.createQuery(
                            "select m.role from WorkspaceMember m where m.user.username = :u and m.workspace.id = :w",
                            Role.class)
                    .setParameter("u", username)
                    .setParameter("w", workspaceId)
                    .getResultList());
        }
        return roles;
    }

    /**
     * The workspaces {@code username} may enter, the installation's first one first (if their
     * account holds a role there), then the others by name.
     */
    public List<Workspace> of(String username) {
        List<Workspace> out = new ArrayList<>();
        if (!rolesIn(username, Workspace.FIRST).isEmpty()) {
            find(Workspace.FIRST).ifPresent(out::add);
        }
        out.addAll(em
                .createQuery(
                        "select distinct m.workspace from WorkspaceMember m where m.user.username = :u",
                        Workspace.class)
                .setParameter("u", username)
                .getResultList()
                .stream()
                .sorted(java.util.Comparator.comparing(Workspace::getName, String.CASE_INSENSITIVE_ORDER))
                .toList());
        return out;
    }
}
