package fr.tierslieu.core.application.mail;

import fr.tierslieu.core.application.workspace.Workspaces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * The installation's secret that signs the links of e-mails (core_setting {@code mail.link.secret}),
 * made at its first use. Two servers starting together may both try to create it: the second
 * insert fails in its own transaction and the first one's secret is read back.
 */
@ApplicationScoped
public class MailSecret {

    static final String SETTING = "mail.link.secret";

    @Inject
    Store store;

    public byte[] key() {
        String stored = store.read();
        if (stored == null) {
            try {
                store.create();
            } catch (RuntimeException e) {
                // another server created it first: read theirs below
            }
            stored = store.read();
        }
        if (stored == null) {
            throw new IllegalStateException("no " + SETTING + " in core_setting");
        }
        return Base64.getDecoder().decode(stored);
    }

    /** Reads and writes the setting, each in its own transaction (whatever the caller's). */
    @ApplicationScoped
    public static class Store {

        @PersistenceContext(unitName = "core")
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public String read() {
            List<?> rows = Workspaces.nativeQuery(em, "SELECT setting_value FROM core_setting WHERE setting_key = ?")
                    .setParameter(1, SETTING)
                    .getResultList();
            return rows.isEmpty() ? null : (String) rows.get(0);
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void create() {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            Workspaces.nativeQuery(
                            em, "INSERT INTO core_setting (setting_key, setting_value, version) VALUES (?, ?, 0)")
                    .setParameter(1, SETTING)
                    .setParameter(2, Base64.getEncoder().encodeToString(bytes))
                    .executeUpdate();
        }
    }
}
