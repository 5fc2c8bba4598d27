package fr.tierslieu.web.security;

import fr.tierslieu.core.application.audit.AuditUser;
import fr.tierslieu.core.application.security.AccountChanges;
import fr.tierslieu.core.application.security.ApiTokenService;
import fr.tierslieu.core.application.security.UserService;
import fr.tierslieu.core.domain.security.LoginThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * How users prove who they are:
 * <ul>
 * <li>pages: a login form ({@code login.xhtml}) whose backing bean calls
 * {@code SecurityContext.authenticate}; on success the session id is renewed and the user kept in
 * the session; pages asked for without a session redirect to the form (ajax requests too);</li>
 * <li>{@code /api/*}: a personal access token ({@code Authorization: Bearer tl_…}), HTTP Basic
 * with the same users (no session is created), or the session; without any, 401 in JSON.</li>
 * </ul>
 * Failed attempts are slowed down per username and client address ({@link LoginThrottle}).
 * A session whose account was disabled or changed since sign-in is ended.
 */
@ApplicationScoped
public class AppAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute telling the login page how many seconds to wait before retrying. */
    public static final String THROTTLED_SECONDS = "tierslieu.login.throttledSeconds";
    /** Request attribute telling the login page that too many sign-ins are being checked at once. */
    public static final String BUSY = "tierslieu.login.busy";

    private static final Logger LOG = Logger.getLogger(AppAuthenticationMechanism.class.getName());
    /** The identity store could not be asked (the database is unreachable). */
    private static final CredentialValidationResult UNAVAILABLE = new CredentialValidationResult("unavailable");

    private static final java.util.concurrent.Semaphore HASHING =
            new java.util.concurrent.Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    fr.tierslieu.core.application.i18n.MessageBundles messages;

    @Inject
    LoginThrottle throttle;

    @Inject
    AccountChanges accountChanges;
    /** Basic passwords verified in the last minutes (this mechanism is application scoped: one per server). */
    private final VerifiedCredentials verified = new VerifiedCredentials();

    @Inject
    UserService users;

    @Inject
    ApiTokenService tokens;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SecurityHeadersFilter.apply(request, response);
        Credential credential = context.getAuthParameters() == null
                ? null
                : context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential form) {
            return formLogin(request, context, form);
        }

        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");
        String authorization = request.getHeader("Authorization");
        if (api && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(request, response, context, authorization.substring(6).trim());
        }
        if (api && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(request, response, context, authorization.substring(7).trim());
        }

        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionUser.ATTRIBUTE) instanceof SessionUser user) {
            if (accountChanges.changedSince(user.name(), user.signedInAt())) {
                session.invalidate();
            } else {
                return context.notifyContainerAboutLogin(user.name(), user.groups());
            }
        }

        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (api) {
            return unauthorized(request, response, context);
        }
        return redirectToLogin(request, response, context, path);
    }

    private AuthenticationStatus formLogin(
            HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential credential) {
        String address = clientAddress(request);
        Duration wait = throttle.tryAttempt(credential.getCaller(), address);
        // SEND_FAILURE without sendError: the login page itself shows the message.
        if (!wait.isZero()) {
            request.setAttribute(THROTTLED_SECONDS, Math.max(1, wait.toSeconds()));
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = check(credential);
        if (result == null || result == UNAVAILABLE) {
            request.setAttribute(BUSY, result == null ? "busy" : "database");
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            LOG.info(() -> "Failed sign-in for '" + credential.getCaller() + "' from " + address);
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.recordSuccess(credential.getCaller(), address);
        String name = result.getCallerPrincipal().getName();
        Set<String> groups = Set.copyOf(result.getCallerGroups());
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId(); // no session fixation: a new id at sign-in
        }
        request.getSession(true).setAttribute(SessionUser.ATTRIBUTE, new SessionUser(name, groups, Instant.now()));
        AuditUser.runAs(name, () -> {
            users.recordLogin(name); // attributed to the user in the audit log, not to "system"
            return null;
        });
        LOG.info(() -> "Signed in: " + name + " " + groups);
        return context.notifyContainerAboutLogin(name, groups);
    }

    private AuthenticationStatus basic(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorized(request, response, context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return unauthorized(request, response, context);
        }
        String username = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        // a password verified a moment ago: no hash, no throttle (a wrong one never matches)
        Optional<VerifiedCredentials.Verified> known = verified.lookup(username, password, Instant.now());
        if (known.isPresent()
                && !accountChanges.changedSince(known.get().name(), known.get().at())) {
            return context.notifyContainerAboutLogin(
                    known.get().name(), known.get().groups());
        }
        String address = clientAddress(request);
        Duration wait = throttle.tryAttempt(username, address);
        if (!wait.isZero()) {
            long seconds = Math.max(1, wait.toSeconds());
            response.setHeader("Retry-After", String.valueOf(seconds));
            return status(request, response, context, 429, "core.login.throttled", seconds);
        }
        CredentialValidationResult result = check(new UsernamePasswordCredential(username, password));
        if (result == null) {
            response.setHeader("Retry-After", "5");
            return status(request, response, context, 503, "core.api.error.tooManySignIns");
        }
        if (result == UNAVAILABLE) {
            response.setHeader("Retry-After", "10");
            return status(request, response, context, 503, "core.api.error.database");
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return unauthorized(request, response, context);
        }
        throttle.recordSuccess(username, address);
        verified.remember(
                username,
                password,
                result.getCallerPrincipal().getName(),
                Set.copyOf(result.getCallerGroups()),
                Instant.now());
        return context.notifyContainerAboutLogin(
                result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()));
    }

    /** A personal access token: one SHA-256 and a cached lookup, no password hash; failures are throttled like passwords. */
    private AuthenticationStatus bearer(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String secret) {
        String address = clientAddress(request);
        // checking a token is cheap (no password hash): only failures count, as guesses
        Duration wait = throttle.waitBeforeAttempt("\u0000token", address);
        if (!wait.isZero()) {
            long seconds = Math.max(1, wait.toSeconds());
            response.setHeader("Retry-After", String.valueOf(seconds));
            return status(request, response, context, 429, "core.login.throttled", seconds);
        }
        Optional<ApiTokenService.Caller> caller;
        try {
            caller = tokens.authenticate(secret);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Cannot check a token: " + e.getMessage());
            response.setHeader("Retry-After", "10");
            return status(request, response, context, 503, "core.api.error.databaseSignIn");
        }
        if (caller.isEmpty()) {
            throttle.recordFailure("\u0000token", address);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Tiers-Lieu Studio\", error=\"invalid_token\"");
            return status(request, response, context, 401, "core.api.error.badToken");
        }
        return context.notifyContainerAboutLogin(
                caller.get().username(), caller.get().groups());
    }

    /**
     * Checks a password, with at most as many hashes at once as the machine has processors (a
     * PBKDF2 hash costs about 0.3 s of CPU): an anonymous crowd cannot take every core. A password
     * longer than any accepted one is refused without hashing.
     *
     * @return the result, or {@code null} when no hashing slot came free within a few seconds
     */
    private CredentialValidationResult check(UsernamePasswordCredential credential) {
        if (credential.getPassword().getValue().length > fr.tierslieu.core.domain.security.PasswordPolicy.MAX_LENGTH) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        try {
            if (!HASHING.tryAcquire(5, java.util.concurrent.TimeUnit.SECONDS)) {
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        try {
            return identityStores.validate(credential);
        } catch (RuntimeException e) {
            // the users' table cannot be read (the database is gone): nobody can be checked now
            LOG.warning(() -> "Cannot check a sign-in: " + e.getMessage());
            return UNAVAILABLE;
        } finally {
            HASHING.release();
        }
    }

    /** The client's address, as the trusted reverse proxy reports it ({@link Forwarded}). */
    static String clientAddress(HttpServletRequest request) {
        return Forwarded.clientAddress(request);
    }

    private AuthenticationStatus unauthorized(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Tiers-Lieu Studio\", charset=\"UTF-8\"");
        return status(request, response, context, 401, "core.api.error.signInRequired");
    }

    /** The answer of a refused REST call, in the caller's language, with the shape of every REST error. */
    private AuthenticationStatus status(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            int status,
            String key,
            Object... args) {
        try {
            java.util.Locale locale = fr.tierslieu.core.api.ApiLocale.of(request);
            JsonError.write(
                    response,
                    status,
                    args.length == 0 ? messages.get(locale, key) : messages.format(locale, key, args));
        } catch (IOException e) {
            LOG.fine(() -> "Could not write the " + status + " answer: " + e.getMessage());
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus redirectToLogin(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String path) {
        String target = request.getContextPath() + "/login.xhtml";
        if (!path.isEmpty() && !"/".equals(path) && "GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            target += "?from=" + URLEncoder.encode(path + (query == null ? "" : "?" + query), StandardCharsets.UTF_8);
        }
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml;charset=UTF-8");
                response.getWriter()
                        .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>" + "<redirect url=\""
                                + target.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
                return AuthenticationStatus.SEND_CONTINUE;
            }
        } catch (IOException e) {
            LOG.fine(() -> "Could not write the ajax redirect: " + e.getMessage());
        }
        return context.redirect(target);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SessionUser.ATTRIBUTE);
        }
    }
}
