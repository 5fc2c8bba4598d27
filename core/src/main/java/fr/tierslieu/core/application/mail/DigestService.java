package fr.tierslieu.core.application.mail;

import fr.tierslieu.core.application.config.AppConfig;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.domain.security.AppUser;
import fr.tierslieu.core.domain.workspace.Workspace;
import fr.tierslieu.core.module.DigestContributor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The weekly digest: what the modules say needs attention ({@link DigestContributor}), queued to
 * each account that chose it (an enabled user with an address whose preferences want the digest).
 * Each workspace has its own, sent to its own people. Nothing is sent in a week with nothing to say.
 */
@ApplicationScoped
public class DigestService {

    private static final Logger LOG = Logger.getLogger(DigestService.class.getName());

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    @Any
    Instance<DigestContributor> contributorBeans;

    @Inject
    Mailer mailer;

    @Inject
    MailPreferences preferences;

    @Inject
    MessageBundles messages;

    @Inject
    AppConfig config;

    private List<DigestContributor> contributors;

    public DigestService() {}

    /** For plain Java SE tests. */
    public DigestService(
            EntityManager em,
            List<DigestContributor> contributors,
            Mailer mailer,
            MailPreferences preferences,
            MessageBundles messages,
            AppConfig config) {
        this.em = em;
        this.contributors = contributors;
        this.mailer = mailer;
        this.preferences = preferences;
        this.messages = messages;
        this.config = config;
    }

    private Iterable<DigestContributor> contributors() {
        return contributors != null ? contributors : contributorBeans;
    }

    /** The lines of this week's digest, each module's at most {@link DigestContributor#MAX_LINES}. */
    public List<String> lines(Locale locale, LocalDate today) {
        List<String> out = new ArrayList<>();
        for (DigestContributor c : contributors()) {
            try {
                List<String> lines = c.digest(locale, today);
                out.addAll(lines.subList(0, Math.min(lines.size(), DigestContributor.MAX_LINES)));
                if (lines.size() > DigestContributor.MAX_LINES) {
                    out.add(messages.format(
                            locale, "core.mail.digest.more", lines.size() - DigestContributor.MAX_LINES));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A module's digest failed; the others are sent", e);
            }
        }
        return out;
    }

    /**
     * The installation's workspaces, the first first: the weekly job prepares each one's digest in
     * that workspace, in its own transaction ({@link #sendIn}); at most
     * {@code WorkspaceService.MAX_WORKSPACES}.
     */
    public List<Workspace> workspaces() {
        return em.createQuery("select w from Workspace w order by w.id", Workspace.class)
                .getResultList();
    }

    /** This week's digest of the first workspace (the installation with one workspace). */
    @Transactional
    public int send(LocalDate today) {
        return sendIn(em.find(Workspace.class, Workspace.FIRST), today);
    }

    /**
     * Queues this week's digest of workspace {@code w} — the current one ({@code WorkspaceContext}),
     * whose data the modules read — to each of its people who chose it: in the first workspace the
     * accounts holding a role there, elsewhere its members; its link opens that workspace.
     *
     * @return how many e-mails were queued
     */
    @Transactional
    public int sendIn(Workspace w, LocalDate today) {
        Locale locale = Locale.FRENCH;
        List<String> lines = lines(locale, today);
        if (lines.isEmpty()) {
            return 0;
        }
        String list = "• " + String.join("\n• ", lines);
        String week =
                today.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        String link = config.publicUrl(null) + (w.isFirst() ? "" : "/w/" + w.getSlug() + "/");
        List<AppUser> people = w.isFirst()
                ? em.createQuery(
                                "select distinct u from AppUser u join u.roles r"
                                        + " where u.enabled = true and u.email is not null",
                                AppUser.class)
                        .getResultList()
                : em.createQuery(
                                "select distinct m.user from WorkspaceMember m where m.workspace.id = :w"
                                        + " and m.user.enabled = true and m.user.email is not null",
                                AppUser.class)
                        .setParameter("w", w.getId())
                        .getResultList();
        int queued = 0;
        for (AppUser u : people.stream()
                .sorted(java.util.Comparator.comparing(AppUser::getId))
                .toList()) {
            if (preferences.wants(u.getEmail(), MailPreferences.DIGEST)
                    && mailer.queue(new MailOutbox.Mail(
                            "core.mail.digest",
                            u.getEmail(),
                            u.getDisplayName(),
                            locale,
                            u.getDisplayName(),
                            week,
                            list,
                            link))) {
                queued++;
            }
        }
        return queued;
    }
}
