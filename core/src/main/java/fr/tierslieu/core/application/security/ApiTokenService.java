package fr.tierslieu.core.application.security;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.domain.security.ApiToken;
import fr.tierslieu.core.domain.security.AppUser;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Personal access tokens: each user creates, lists and revokes their own. Checking a token costs
 * one SHA-256 and, at most once a minute per token, an indexed query: the answers are kept for
 * {@link #CACHE}; a revoked token, a disabled user or changed roles take effect at once on this
 * server ({@link AccountChanges}).
 */
@ApplicationScoped
@Transactional
public class ApiTokenService {

    /** Tokens per user at most. */
    public static final int MAX_PER_USER = 20;

    static final Duration CACHE = Duration.ofSeconds(60);
    /** The last use is written at most this often per token (a write on every call would cost more than the call). */
    static final Duration LAST_USED_EVERY = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    MessageBundles messages;

    @Inject
    UserRepository users;

    @Inject
    AccountChanges accountChanges;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, Checked> cache = new ConcurrentHashMap<>();

    /** Who a valid token signs in as. */
    public record Caller(String username, Set<String> groups) {}

    private record Checked(long tokenId, Caller caller, Instant checkedAt, Instant lastUsedWritten) {}

    public List<ApiToken> mine() {
        return em.createQuery(
                        "select t from ApiToken t where lower(t.user.username) = lower(:u) order by t.createdAt desc",
                        ApiToken.class)
                .setParameter("u", currentUser.getUsername())
                .getResultList();
    }

    /**
     * @param days validity in days, or null for a token without expiry
     * @return the token and its secret, shown once
     */
    public ApiToken.Issued create(String name, Integer days, Locale locale) {
        AppUser user =
                users.byUsername(currentUser.getUsername()).orElseThrow(() -> new NotFoundException("AppUser", null));
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw ValidationFailure.of("tokenName", messages.get(locale, "core.error.required"));
        }
        if (clean.length() > ApiToken.NAME_MAX) {
            throw ValidationFailure.of("tokenName", messages.format(locale, "core.error.tooLong", ApiToken.NAME_MAX));
        }
        if (days != null && (days < 1 || days > 3650)) {
            throw ValidationFailure.of("tokenDays", messages.get(locale, "core.token.error.days"));
        }
        if (mine().stream().filter(t -> t.getRevokedAt() == null).count() >= MAX_PER_USER) {
            throw ValidationFailure.of("tokenName", messages.format(locale, "core.error.tooMany", MAX_PER_USER));
        }
        Instant now = clock.instant();
        ApiToken.Issued issued =
                ApiToken.issue(user, clean, now, days == null ? null : now.plus(Duration.ofDays(days)));
        em.persist(issued.token());
        em.flush();
        return issued;
    }

    public void revoke(long id) {
        ApiToken t = em.find(ApiToken.class, id);
        if (t == null || !t.getUser().getUsername().equalsIgnoreCase(currentUser.getUsername())) {
            throw new NotFoundException("ApiToken", id);
        }
        t.revoke(clock.instant());
        cache.values().removeIf(c -> c.tokenId() == id);
    }

    /** The caller a secret signs in as, if it is a valid token. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Caller> authenticate(String secret) {
        if (secret == null || !secret.startsWith(ApiToken.SECRET_PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String hash = ApiToken.hash(secret);
        Instant now = clock.instant();
        Checked known = cache.get(hash);
        if (known != null
                && now.isBefore(known.checkedAt().plus(CACHE))
                && !accountChanges.changedSince(known.caller().username(), known.checkedAt())) {
            if (now.isAfter(known.lastUsedWritten().plus(LAST_USED_EVERY))) {
                ApiToken t = em.find(ApiToken.class, known.tokenId());
                if (t != null) {
                    t.usedAt(now);
                }
                cache.put(hash, new Checked(known.tokenId(), known.caller(), known.checkedAt(), now));
            }
            return Optional.of(known.caller());
        }
        Optional<ApiToken> token = em.createQuery(
                        "select t from ApiToken t join fetch t.user where t.tokenHash = :h", ApiToken.class)
                .setParameter("h", hash)
                .getResultStream()
                .findFirst();
        if (token.isEmpty() || !token.get().isUsable(now)) {
            cache.remove(hash);
            return Optional.empty();
        }
        ApiToken t = token.get();
        Caller caller = new Caller(
                t.getUser().getUsername(),
                t.getUser().getRoles().stream().map(Role::name).collect(Collectors.toSet()));
        boolean write =
                t.getLastUsedAt() == null || now.isAfter(t.getLastUsedAt().plus(LAST_USED_EVERY));
        if (write) {
            t.usedAt(now);
        }
        cache.put(hash, new Checked(t.getId(), caller, now, write ? now : t.getLastUsedAt()));
        return Optional.of(caller);
    }
}
