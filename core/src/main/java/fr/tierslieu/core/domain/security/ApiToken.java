package fr.tierslieu.core.domain.security;

import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.BaseEntity;
import fr.tierslieu.core.domain.shared.InstallationLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A personal access token of the REST API. Created by its user on the profile page: the secret
 * ({@code tl_} and 43 characters, 256 random bits) is shown once and only its SHA-256 is kept (a
 * random secret of that size needs no slow password hash: nobody can try 2²⁵⁶ values). It carries
 * its user's roles of the moment, until it expires or its user revokes it.
 */
@InstallationLevel("A token acts for its account, whichever workspace it is used in.")
@Entity
@Table(name = "core_api_token")
public class ApiToken extends BaseEntity implements Auditable {

    public static final int NAME_MAX = 100;
    public static final String SECRET_PREFIX = "tl_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private AppUser user;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "prefix", nullable = false, length = 12)
    private String prefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {}

    /** A new token and its secret, to show once. */
    public record Issued(ApiToken token, String secret) {}

    public static Issued issue(AppUser user, String name, Instant now, Instant expiresAt) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken t = new ApiToken();
        t.user = user;
        t.name = name;
        t.tokenHash = hash(secret);
        t.prefix = secret.substring(0, 8);
        t.createdAt = now;
        t.expiresAt = expiresAt;
        return new Issued(t, secret);
    }

    /** The stored form of a secret. */
    public static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean isUsable(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt)) && user.isEnabled();
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public void usedAt(Instant now) {
        lastUsedAt = now;
    }

    @Override
    public Long getId() {
        return id;
    }

    public AppUser getUser() {
        return user;
    }

    public String getName() {
        return name;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public String getPrefix() {
        return prefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    @Override
    public String auditLabel() {
        return name + " (" + prefix + "…)";
    }
}
