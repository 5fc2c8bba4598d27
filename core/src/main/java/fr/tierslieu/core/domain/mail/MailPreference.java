package fr.tierslieu.core.domain.mail;

import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.BaseEntity;
import fr.tierslieu.core.domain.shared.InstallationLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What one address wants to receive: the categories of e-mail it declined (a module's messages,
 * e.g. {@code studytrip}), and whether it wants the weekly digest (off unless chosen).
 */
@InstallationLevel("What an address wants to receive holds for every workspace that writes to it.")
@Entity
@Table(name = "core_mail_preference")
public class MailPreference extends BaseEntity implements Auditable {

    public static final int OPTED_OUT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    private Long id;

    @Column(name = "email", nullable = false, length = 200, unique = true)
    private String email;

    @Column(name = "opted_out", nullable = false, length = OPTED_OUT_MAX)
    private String optedOut = "";

    @Column(name = "digest", nullable = false)
    private boolean digest;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MailPreference() {}

    public MailPreference(String email, Instant now) {
        this.email = normalise(email);
        this.updatedAt = now;
    }

    /** Addresses are compared without case and surrounding spaces. */
    public static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public void choose(Collection<String> declined, boolean wantsDigest, Instant now) {
        String joined = new TreeSet<>(declined)
                .stream().filter(c -> c.matches("[a-z][a-z0-9-]{0,39}")).collect(Collectors.joining(","));
        this.optedOut = joined.length() > OPTED_OUT_MAX ? optedOut : joined;
        this.digest = wantsDigest;
        this.updatedAt = now;
    }

    public Set<String> getOptedOut() {
        return optedOut.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(optedOut.split(",")));
    }

    public boolean wantsDigest() {
        return digest;
    }

    public boolean wants(String category) {
        return !getOptedOut().contains(category);
    }

    @Override
    public String auditLabel() {
        return email;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
