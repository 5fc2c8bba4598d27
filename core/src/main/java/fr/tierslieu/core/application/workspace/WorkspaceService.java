package fr.tierslieu.core.application.workspace;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.i18n.Validation;
import fr.tierslieu.core.application.security.RequiresRole;
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
 * its memberships give. The installation's administrators (ADMIN in the first workspace) create
 * workspaces and name their first members.
 */
@ApplicationScoped
@Transactional
public class WorkspaceService {

    /** Workspaces per installation at most (the list and the switcher stay usable). */
    public static final int MAX_WORKSPACES = 5000;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    MessageBundles messages;

    @Inject
    Validation validation;

    public WorkspaceService() {}

    /** Outside the container (tests). */
    public WorkspaceService(EntityManager em, MessageBundles messages) {
        this.em = em;
        this.messages = messages;
        this.validation = Validation.standalone(messages);
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
    public Workspace create(WorkspaceForm form, Locale locale) {
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
        return w;
    }

    /**
     * Gives {@code username} the role {@code role} in workspace {@code slug} (nothing changes if
     * they hold it already). In the first workspace, roles are the account's: change them there.
     */
    @RequiresRole({Role.ADMIN, Role.NETWORK_ADMIN})
    public WorkspaceMember addMember(String slug, String username, Role role, Locale locale) {
        Workspace w = bySlug(slug).orElseThrow(() -> new NotFoundException("Workspace", slug));
        if (w.isFirst()) {
            throw ValidationFailure.of("slug", messages.get(locale, "core.workspace.error.firstUsesAccounts"));
        }
        if (role == Role.NETWORK_ADMIN) {
            throw ValidationFailure.of("role", messages.get(locale, "core.workspace.error.installationRole"));
        }
        List<AppUser> users = em.createQuery("select u from AppUser u where u.username = :u", AppUser.class)
                .setParameter("u", username)
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
        WorkspaceMember m = new WorkspaceMember(w, users.get(0), role);
        em.persist(m);
        em.flush();
        return m;
    }

    /** Takes every role {@code username} holds in workspace {@code slug} away; how many there were. */
    @RequiresRole({Role.ADMIN, Role.NETWORK_ADMIN})
    public int removeMember(String slug, String username) {
        Workspace w = bySlug(slug).orElseThrow(() -> new NotFoundException("Workspace", slug));
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
