package fr.tierslieu.core.application.mail;

import fr.tierslieu.core.application.config.AppConfig;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.domain.mail.OutgoingMail;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The e-mail outbox every module writes to: {@link #queue} adds a message in the caller's
 * transaction (so it leaves only if the change that causes it is saved), written in the
 * recipient's language from the module's bundle, as plain text and HTML, with links to the public
 * URL. Messages stay here until SMTP is
 * configured ({@code TIERSLIEU_SMTP_HOST}); administrators see them on the page "Courriels".
 */
@ApplicationScoped
@Transactional
public class MailOutbox implements Mailer {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    MessageBundles messages;

    @Inject
    AppConfig config;

    @Inject
    MailPreferences preferences;

    public MailOutbox() {}

    /** For plain Java SE tests. */
    public MailOutbox(EntityManager em, MessageBundles messages, AppConfig config, MailPreferences preferences) {
        this.em = em;
        this.messages = messages;
        this.config = config;
        this.preferences = preferences;
    }

    /**
     * A message to write: its kind (a bundle key prefix, e.g. {@code studytrip.mail.invitation}, whose
     * {@code .subject} and {@code .body} keys are the texts; the module before the first dot is the
     * category its recipient may decline), recipient, language and arguments.
     */
    public record Mail(String kind, String to, String name, Locale locale, Object... args) {}

    /**
     * Queues a message in the current transaction, with the link where its recipient chooses what
     * they receive. @return whether queued: not for an address that cannot be written to, nor for
     * one that declined the message's category (or did not choose the weekly digest)
     */
    @Override
    public boolean queue(Mail mail) {
        if (mail.to() == null || !mail.to().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return false;
        }
        if (!preferences.wants(mail.to(), MailPreferences.category(mail.kind()))) {
            return false;
        }
        Locale locale = MessageBundles.supported(mail.locale());
        String subject = messages.format(locale, mail.kind() + ".subject", mail.args());
        String body = messages.format(locale, mail.kind() + ".body", mail.args());
        String footer =
                messages.format(locale, "core.mail.footerLink", preferences.link(config.publicUrl(null), mail.to()));
        String text = body + "\n\n-- \n" + footer;
        em.persist(new OutgoingMail(
                mail.kind(),
                mail.to().strip(),
                mail.name(),
                locale.getLanguage(),
                subject,
                text,
                html(subject, body, footer),
                Instant.now()));
        return true;
    }

    @RequiresRole(
            value = {Role.ADMIN},
            installation = true)
    public List<OutgoingMail> list(OutgoingMail.Status status, int max) {
        return em.createQuery(
                        "select m from OutgoingMail m where (:s is null or m.status = :s) order by m.createdAt desc",
                        OutgoingMail.class)
                .setParameter("s", status)
                .setMaxResults(Math.min(Math.max(1, max), 500))
                .getResultList();
    }

    @RequiresRole(
            value = {Role.ADMIN},
            installation = true)
    public Map<OutgoingMail.Status, Long> counts() {
        Map<OutgoingMail.Status, Long> out = new EnumMap<>(OutgoingMail.Status.class);
        for (OutgoingMail.Status s : OutgoingMail.Status.values()) {
            out.put(s, 0L);
        }
        for (Object[] row : em.createQuery(
                        "select m.status, count(m) from OutgoingMail m group by m.status", Object[].class)
                .getResultList()) {
            out.put((OutgoingMail.Status) row[0], (Long) row[1]);
        }
        return out;
    }

    /** Sends a FAILED or UNCERTAIN message again. */
    @RequiresRole(
            value = {Role.ADMIN},
            installation = true)
    public void resend(long id) {
        OutgoingMail m = em.find(OutgoingMail.class, id);
        if (m == null) {
            throw new NotFoundException("OutgoingMail", id);
        }
        m.requeue(Instant.now());
    }

    /** The HTML alternative: the same text, escaped, paragraphs kept, addresses made links. */
    static String html(String subject, String body, String footer) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>")
                .append(escape(subject))
                .append("</title></head><body style=\"font-family:sans-serif;line-height:1.5;color:#1f2a24\">");
        for (String paragraph : body.split("\\n\\s*\\n")) {
            out.append("<p>")
                    .append(links(escape(paragraph.strip())).replace("\n", "<br>"))
                    .append("</p>");
        }
        out.append("<hr><p style=\"font-size:smaller;color:#5d6b63\">")
                .append(links(escape(footer)))
                .append("</p></body></html>");
        return out.toString();
    }

    private static String links(String escaped) {
        Matcher m = URL.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("<a href=\"" + m.group() + "\">" + m.group() + "</a>"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
