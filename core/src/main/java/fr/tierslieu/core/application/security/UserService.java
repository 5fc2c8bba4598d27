package fr.tierslieu.core.application.security;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.i18n.Validation;
import fr.tierslieu.core.application.mail.MailOutbox;
import fr.tierslieu.core.application.mail.Mailer;
import fr.tierslieu.core.domain.security.AppUser;
import fr.tierslieu.core.domain.security.PasswordHasher;
import fr.tierslieu.core.domain.security.PasswordPolicy;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * User accounts: administrators create and manage them; the first administrator is created on the
 * setup page when the database has no user (never a default password outside demo mode).
 */
@ApplicationScoped
@Transactional
public class UserService {

    /** Minimum length of a password chosen by a person (demo accounts excepted). */
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

    private static final Logger LOG = Logger.getLogger(UserService.class.getName());

    @Inject
    UserRepository users;

    @Inject
    Validation validation;

    @Inject
    MessageBundles messages;

    @Inject
    AccountChanges accountChanges;

    @Inject
    Mailer mailer;

    private final PasswordHasher hasher = new PasswordHasher();
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    /** How long an invitation link can be used. */
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(14);
    /** The page an invitation link opens, without sign-in. */
    public static final String INVITATION_PAGE = "/public/core/invitation.xhtml";

    /** An account created by invitation and the link its person opens to choose a password. */
    public record Invitation(AppUser user, String link, boolean mailed) {}

    public UserService() {}

    /** Outside the container (tests of other packages). */
    public static UserService standalone(jakarta.persistence.EntityManager em, MessageBundles messages, Mailer mailer) {
        UserService s = new UserService();
        s.users = new UserRepository(em);
        s.validation = Validation.standalone(messages);
        s.messages = messages;
        s.accountChanges = new AccountChanges();
        s.mailer = mailer;
        return s;
    }

    /** Whether nobody can sign in yet (first start without demo data). */
    public boolean needsFirstAdministrator() {
        return users.count() == 0;
    }

    /**
     * Creates the first administrator. Allowed only while there is no user at all, so the setup page
     * cannot be used to take over an installed application.
     */
    public synchronized AppUser createFirstAdministrator(
            String username, String displayName, char[] password, char[] confirmation, Locale locale) {
        if (!needsFirstAdministrator()) {
            throw ValidationFailure.of(null, messages.get(locale, "core.setup.error.alreadyDone"));
        }
        return create(username, displayName, null, Set.of(Role.ADMIN), password, confirmation, locale);
    }

    @RequiresRole(
            value = {Role.ADMIN},
            installation = true)
    public AppUser createUser(
            String username,
            String displayName,
            String email,
            Collection<Role> roles,
            char[] password,
            char[] confirmation,
            Locale locale) {
        return create(username, displayName, email, roles, password, confirmation, locale);
    }

    private AppUser create(
            String username,
            String displayName,
            String email,
            Collection<Role> roles,
            char[] password,
            char[] confirmation,
            Locale locale) {
        List<ValidationFailure.Violation> problems =
                new ArrayList<>(passwordProblems(password, confirmation, locale, username, displayName));
        AppUser user = new AppUser(username, displayName, "pending", roles);
        user.update(displayName, email, roles, true);
        problems.addAll(validation.violationsOf(user, locale, ""));
        problems.removeIf(v -> "passwordHash".equals(v.field()));
        rolesRequired(roles, locale).ifPresent(problems::add);
        usernameTaken(username, locale).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        user.changePassword(hasher.hash(password));
        users.add(user);
        users.flush();
        LOG.info(() -> "User account created: " + user.getUsername() + " " + user.getRoles());
        return user;
    }

    /**
     * Creates an account without a password and the link where its person chooses one (valid
     * {@link #INVITATION_VALIDITY}); the link is also e-mailed when the account has an address, in
     * the same transaction. Only the link's SHA-256 is stored.
     *
     * @param publicUrl the address of this installation as its users reach it
     */
    @RequiresRole(
            value = {Role.ADMIN},
            installation = true)
    public Invitation invite(
            String username,
            String displayName,
            String email,
            Collection<Role> roles,
            String publicUrl,
            String invitedBy,
            Locale locale) {
        List<ValidationFailure.Violation> problems = new ArrayList<>();
        rolesRequired(roles, locale).ifPresent(problems::add);
        return invite(username, displayName, email, roles, publicUrl, invitedBy, locale, problems);
    }

    /**
     * Invites a person who takes part in another workspace only: their account holds no role in the
     * installation's first one. {@code WorkspaceService.invite} decides who may invite to which
     * workspace and gives the role there, in the same transaction.
     */
    @RequiresRole({Role.ADMIN, Role.NETWORK_ADMIN})
    public Invitation inviteElsewhere(
            String username, String displayName, String email, String publicUrl, String invitedBy, Locale locale) {
        return invite(username, displayName, email, Set.of(), publicUrl, invitedBy, locale, new ArrayList<>());
    }

    private Invitation invite(
            String username,
            String displayName,
            String email,
            Collection<Role> roles,
            String publicUrl,
            String invitedBy,
            Locale locale,
            List<ValidationFailure.Violation> problems) {
        AppUser user = new AppUser(username, displayName, AppUser.INVITED, roles);
        user.update(displayName, email, roles, true);
        problems.addAll(validation.violationsOf(user, locale, ""));
        usernameTaken(username, locale).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        users.add(user);
        Invitation invitation = newLink(user, publicUrl, invitedBy, locale);
        LOG.info(() -> "User invited: " + user.getUsername() + " " + user.getRoles());
        return invitation;
    }

    /** A new link for an invitation not yet accepted (the previous link stops working). */
    @RequiresRole(
            value = {Role.ADMIN},
            installation = true)
    public Invitation renewInvitation(long id, String publicUrl, String invitedBy, Locale locale) {
        AppUser user = users.find(id).orElseThrow(() -> new NotFoundException("AppUser", id));
        if (!user.isInvited()) {
            throw ValidationFailure.of(null, messages.get(locale, "core.invitation.error.accepted"));
        }
        return newLink(user, publicUrl, invitedBy, locale);
    }

    private Invitation newLink(AppUser user, String publicUrl, String invitedBy, Locale locale) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expires = Instant.now().plus(INVITATION_VALIDITY);
        user.invite(sha256(token), expires);
        users.flush();
        String link = publicUrl + INVITATION_PAGE + "?t=" + token;
        boolean mailed = mailer != null
                && user.getEmail() != null
                && mailer.queue(new MailOutbox.Mail(
                        "core.mail.invitation",
                        user.getEmail(),
                        user.getDisplayName(),
                        locale,
                        user.getDisplayName(),
                        invitedBy == null ? "" : invitedBy,
                        link,
                        user.getUsername(),
                        INVITATION_VALIDITY.toDays()));
        return new Invitation(user, link, mailed);
    }

    /** The account a link invites, if the link is valid (known, not expired, account enabled). */
    public Optional<AppUser> invitation(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return users.byInvitation(sha256(token)).filter(u -> u.invitationValidAt(now));
    }

    /**
     * The invited person chooses their password (the same policy as every password): the link then
     * stops working. @return the account, to sign its person in
     */
    public AppUser acceptInvitation(String token, char[] password, char[] confirmation, Locale locale) {
        AppUser user = invitation(token)
                .orElseThrow(() -> ValidationFailure.of(null, messages.get(locale, "core.invitation.error.invalid")));
        List<ValidationFailure.Violation> problems =
                passwordProblems(password, confirmation, locale, user.getUsername(), user.getDisplayName());
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        user.changePassword(hasher.hash(password));
        users.flush();
        LOG.info(() -> "Invitation accepted: " + user.getUsername());
        return user;
    }

    static String sha256(String token) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether there are usable accounts besides the first one: the team was invited. */
    public boolean hasTeam() {
        return users.countEnabled() > 1;
    }

    @RequiresRole(
            value = {Role.ADMIN},
            installation = true)
    public AppUser updateUser(
            long id,
            long expectedVersion,
            String displayName,
            String email,
            Collection<Role> roles,
            boolean enabled,
            String actingUser,
            Locale locale) {
        AppUser user = users.find(id).orElseThrow(() -> new NotFoundException("AppUser", id));
        if (user.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("AppUser", id);
        }
        if (user.getUsername().equalsIgnoreCase(actingUser) && (!enabled || !roles.contains(Role.ADMIN))) {
            throw ValidationFailure.of("roles", messages.get(locale, "core.users.error.selfLockout"));
        }
        if (!user.getRoles().isEmpty()) { // an account of other workspaces only may stay so
            rolesRequired(roles, locale).ifPresent(v -> {
                throw new ValidationFailure(List.of(v));
            });
        }
        user.update(displayName, email, roles, enabled);
        validation.check(user, locale);
        users.flush();
        accountChanges.markChanged(user.getUsername());
        return user;
    }

    @RequiresRole(
            value = {Role.ADMIN},
            installation = true)
    public void resetPassword(long id, char[] password, char[] confirmation, Locale locale) {
        AppUser user = users.find(id).orElseThrow(() -> new NotFoundException("AppUser", id));
        List<ValidationFailure.Violation> problems =
                passwordProblems(password, confirmation, locale, user.getUsername(), user.getDisplayName());
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        user.changePassword(hasher.hash(password));
        accountChanges.markChanged(user.getUsername());
    }

    @RequiresRole(
            value = {Role.ADMIN},
            installation = true)
    public List<AppUser> list() {
        return users.all();
    }

    /** Called after a successful sign-in. */
    public void recordLogin(String username) {
        users.byUsername(username).ifPresent(u -> u.recordLogin(Instant.now()));
    }

    /**
     * Demo accounts share the public password "demo": when the application starts outside demo mode,
     * they are disabled so that nobody can sign in with it.
     */
    public int disableDemoAccounts() {
        List<AppUser> demo = users.demoAccounts();
        demo.forEach(u -> {
            u.disable();
            accountChanges.markChanged(u.getUsername());
        });
        return demo.size();
    }

    /** A username is one account's only. */
    private Optional<ValidationFailure.Violation> usernameTaken(String username, Locale locale) {
        return username != null && users.byUsername(username).isPresent()
                ? Optional.of(new ValidationFailure.Violation(
                        "username", messages.format(locale, "core.users.error.taken", username.trim())))
                : Optional.empty();
    }

    /** An account of the first workspace holds at least one role there. */
    private Optional<ValidationFailure.Violation> rolesRequired(Collection<Role> roles, Locale locale) {
        return roles == null || roles.isEmpty()
                ? Optional.of(new ValidationFailure.Violation("roles", messages.get(locale, "core.error.required")))
                : Optional.empty();
    }

    private List<ValidationFailure.Violation> passwordProblems(
            char[] password, char[] confirmation, Locale locale, String username, String displayName) {
        List<ValidationFailure.Violation> problems = new ArrayList<>();
        PasswordPolicy.Problem problem =
                PasswordPolicy.check(password, username, displayName).orElse(null);
        if (problem != null) {
            problems.add(new ValidationFailure.Violation(
                    "password",
                    switch (problem) {
                        case TOO_SHORT ->
                            messages.format(locale, "core.users.error.passwordShort", PasswordPolicy.MIN_LENGTH);
                        case TOO_LONG ->
                            messages.format(locale, "core.users.error.passwordLong", PasswordPolicy.MAX_LENGTH);
                        case CONTAINS_NAME -> messages.get(locale, "core.users.error.passwordName");
                        case TOO_GUESSABLE -> messages.get(locale, "core.users.error.passwordWeak");
                    }));
        } else if (confirmation == null || !java.util.Arrays.equals(password, confirmation)) {
            problems.add(new ValidationFailure.Violation(
                    "confirmation", messages.get(locale, "core.users.error.passwordMismatch")));
        }
        return problems;
    }
}
