package fr.tierslieu.core.application.mail;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.domain.mail.MailPreference;
import fr.tierslieu.core.module.ModuleRegistry;
import fr.tierslieu.core.module.TiersLieuModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What each address wants to receive, and the personal link in every e-mail where its recipient
 * chooses, with or without an account. The link carries the address and its HMAC-SHA256 signature
 * (a secret of this installation, {@link MailSecret}): nothing is stored per recipient until they
 * choose, and a link cannot be forged for someone else's address.
 * <p>
 * A category is the module that sends the message (its id: {@code studytrip}, {@code governance}…,
 * named for people by the module's {@code <id>.mail.category} key) or {@link #DIGEST}, the weekly
 * digest, which is the only one off unless chosen.
 */
@ApplicationScoped
@Transactional
public class MailPreferences {

    public static final String DIGEST = "digest";
    public static final String PAGE = "/public/core/mail.xhtml";

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    ModuleRegistry registry;

    @Inject
    MessageBundles messages;

    @Inject
    MailSecret secret;

    private volatile byte[] key;

    public MailPreferences() {}

    /** For plain Java SE tests. */
    public MailPreferences(EntityManager em, MessageBundles messages, ModuleRegistry registry, byte[] key) {
        this.em = em;
        this.messages = messages;
        this.registry = registry;
        this.key = key.clone();
    }

    /** The category of a message kind: its module ({@code studytrip.mail.invitation} → {@code studytrip}). */
    public static String category(String kind) {
        if (kind.startsWith("core.mail.digest")) {
            return DIGEST;
        }
        int dot = kind.indexOf('.');
        return dot < 0 ? kind : kind.substring(0, dot);
    }

    /** Whether the address wants this category (yes unless declined; the digest only if chosen). */
    public boolean wants(String email, String category) {
        Optional<MailPreference> p = find(email);
        if (DIGEST.equals(category)) {
            return p.map(MailPreference::wantsDigest).orElse(false);
        }
        return p.map(x -> x.wants(category)).orElse(true);
    }

    public Optional<MailPreference> find(String email) {
        return em.createQuery("select p from MailPreference p where p.email = :e", MailPreference.class)
                .setParameter("e", MailPreference.normalise(email))
                .getResultStream()
                .findFirst();
    }

    /** Records the address's choices: the categories it declines and whether it wants the weekly digest. */
    public void save(String email, Set<String> declined, boolean digest) {
        Instant now = Instant.now();
        MailPreference p = find(email).orElseGet(() -> {
            MailPreference created = new MailPreference(email, now);
            em.persist(created);
            return created;
        });
        p.choose(declined.stream().filter(c -> !DIGEST.equals(c)).toList(), digest, now);
        em.flush();
    }

    /** The address of an account, or null (for the signed-in user's own link on their profile page). */
    public String emailOfUser(String username) {
        return em.createQuery("select u.email from AppUser u where u.username = :u", String.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** The addresses that chose the weekly digest. */
    public List<String> digestAddresses() {
        return em.createQuery(
                        "select p.email from MailPreference p where p.digest = true order by p.email", String.class)
                .getResultList();
    }

    /** A category people can decline, with its name and what it sends. */
    public record Category(String id, String label) {}

    /** The modules that send e-mail, in menu order. */
    public List<Category> categories(Locale locale) {
        List<Category> out = new ArrayList<>();
        for (TiersLieuModule m : registry.modules()) {
            String key = m.id() + ".mail.category";
            String label = messages.get(locale, key);
            if (!label.startsWith("???")) {
                out.add(new Category(m.id(), label));
            }
        }
        return out;
    }

    /** The personal link where this address chooses what it receives. */
    public String link(String publicUrl, String email) {
        return publicUrl + PAGE + "?t=" + token(email);
    }

    /** The address, encoded, then its signature: {@code Y2FtaWxsZUBleGFtcGxlLm9yZw.k3…}. */
    public String token(String email) {
        String normalised = MailPreference.normalise(email);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(normalised.getBytes(StandardCharsets.UTF_8)) + "."
                + signature(normalised);
    }

    /** The address a link was made for, or empty when the link was altered or made elsewhere. */
    public Optional<String> emailOf(String token) {
        if (token == null || token.length() > 600 || token.indexOf('.') < 0) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", 2);
        try {
            String email = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            return MessageDigest.isEqual(
                            signature(email).getBytes(StandardCharsets.US_ASCII),
                            parts[1].getBytes(StandardCharsets.US_ASCII))
                    ? Optional.of(email)
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String signature(String normalisedEmail) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] sig = mac.doFinal(("mail-preferences:" + normalisedEmail).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig).substring(0, 22);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            k = secret.key();
            key = k;
        }
        return k;
    }
}
