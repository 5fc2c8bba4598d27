package fr.tierslieu.core.application.mail;

import fr.tierslieu.core.application.bootstrap.Database;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The outbox's worker: every 15 seconds it sends the due messages (when SMTP is configured). At
 * start, messages left SENDING by a stopped server become UNCERTAIN. Safe with several servers:
 * each message is claimed by one of them ({@link MailDelivery}).
 */
@Singleton
@Startup
@jakarta.ejb.DependsOn("Bootstrap")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailWorker {

    private static final Logger LOG = Logger.getLogger(MailWorker.class.getName());

    private final SmtpTransport.Settings settings = SmtpTransport.Settings.fromEnvironment();
    private MailDelivery delivery;
    private SmtpTransport transport;

    @PostConstruct
    void init() {
        delivery = new MailDelivery(
                Database.dataSource(),
                Clock.systemUTC(),
                ManagementFactory.getRuntimeMXBean().getName());
        if (settings.configured()) {
            transport = new SmtpTransport(settings);
            LOG.info(() -> "E-mail: SMTP " + settings.host() + ":" + settings.port() + " from " + settings.from());
        } else {
            LOG.info(
                    "E-mail: no SMTP server configured (TIERSLIEU_SMTP_HOST): messages stay in the outbox (page Courriels)");
        }
    }

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false, info = "Tiers-Lieu Studio e-mail outbox")
    void tick() {
        try {
            delivery.recoverInterrupted();
            if (transport != null) {
                delivery.deliverDue(transport);
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "The e-mail outbox could not be processed now: " + e.getMessage(), e);
        }
    }

    public boolean isConfigured() {
        return settings.configured();
    }

    public String server() {
        return settings.address();
    }
}
