package fr.tierslieu.core.application.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Sends what the outbox holds, with plain JDBC so that each step is its own short transaction:
 * <ol>
 * <li>claim a due message with {@code UPDATE … SET status = 'SENDING' WHERE id = ? AND status =
 * 'QUEUED'} — only one worker of one server gets it;</li>
 * <li>send it (outside any transaction), its Message-ID fixed;</li>
 * <li>record SENT, or QUEUED again after 1, 5, 30, 120, 720 minutes, or FAILED after the sixth
 * attempt, with the server's error.</li>
 * </ol>
 * A message left SENDING by a server that stopped mid-send is not sent again by itself: it may
 * have left. {@link #recoverInterrupted} marks it UNCERTAIN for an administrator to decide.
 */
public final class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    static final int MAX_ATTEMPTS = 6;
    static final Duration[] BACK_OFF = {
        Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(12)
    };
    /** A message claimed longer ago than this is considered interrupted (a send takes seconds). */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(10);

    private static final int BATCH = 20;

    /** What sends one message: SMTP in production ({@link SmtpTransport}). */
    public interface Transport {
        void send(Message message) throws Exception;
    }

    /** A claimed message, ready to send. */
    public record Message(
            long id,
            String messageId,
            String recipient,
            String recipientName,
            String subject,
            String text,
            String html) {}

    /** What a run did. */
    public record Report(int sent, int retried, int failed) {}

    private final DataSource dataSource;
    private final Clock clock;
    private final String worker;

    public MailDelivery(DataSource dataSource, Clock clock, String worker) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.worker = worker;
    }

    /** Messages SENDING since before the lease: UNCERTAIN (may have left). @return how many */
    public int recoverInterrupted() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "UPDATE core_mail SET status = 'UNCERTAIN', last_error = ? WHERE status = 'SENDING' AND claimed_at < ?")) {
            s.setString(1, "interrupted while sending (the server stopped): it may have left; send it again if needed");
            s.setTimestamp(2, Timestamp.from(clock.instant().minus(CLAIM_LEASE)));
            int n = s.executeUpdate();
            if (n > 0) {
                LOG.warning(() -> n + " e-mail(s) interrupted while sending are marked UNCERTAIN (page Courriels)");
            }
            return n;
        }
    }

    /** Sends the due messages, a batch at a time. */
    public Report deliverDue(Transport transport) throws SQLException {
        int sent = 0;
        int retried = 0;
        int failed = 0;
        for (long id : due()) {
            Message m = claim(id);
            if (m == null) {
                continue; // another worker took it
            }
            try {
                transport.send(m);
                finish(id, "SENT", null, null);
                sent++;
            } catch (Exception e) {
                String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                int attempts = attempts(id);
                if (attempts >= MAX_ATTEMPTS) {
                    finish(id, "FAILED", error, null);
                    failed++;
                } else {
                    finish(
                            id,
                            "QUEUED",
                            error,
                            clock.instant().plus(BACK_OFF[Math.min(attempts - 1, BACK_OFF.length - 1)]));
                    retried++;
                }
                LOG.warning(() -> "E-mail " + m.messageId() + " to " + m.recipient() + " not sent (attempt " + attempts
                        + "): " + error);
            }
        }
        return new Report(sent, retried, failed);
    }

    private List<Long> due() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT id FROM core_mail WHERE status = 'QUEUED' AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id")) {
            s.setTimestamp(1, Timestamp.from(clock.instant()));
            s.setMaxRows(BATCH);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    private Message claim(long id) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s =
                    c.prepareStatement("UPDATE core_mail SET status = 'SENDING', claimed_at = ?, claimed_by = ?, "
                            + "attempts = attempts + 1 WHERE id = ? AND status = 'QUEUED'")) {
                s.setTimestamp(1, Timestamp.from(clock.instant()));
                s.setString(2, worker);
                s.setLong(3, id);
                if (s.executeUpdate() != 1) {
                    return null;
                }
            }
            try (PreparedStatement s =
                    c.prepareStatement("SELECT message_id, recipient, recipient_name, subject, text_body, html_body "
                            + "FROM core_mail WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return new Message(
                            id,
                            r.getString(1),
                            r.getString(2),
                            r.getString(3),
                            r.getString(4),
                            r.getString(5),
                            r.getString(6));
                }
            }
        }
    }

    private int attempts(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT attempts FROM core_mail WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : MAX_ATTEMPTS;
            }
        }
    }

    private void finish(long id, String status, String error, Instant next) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "UPDATE core_mail SET status = ?, "
                                + "last_error = ?, next_attempt_at = ?, sent_at = ?, version = version + 1 WHERE id = ? AND status = 'SENDING'")) {
            s.setString(1, status);
            s.setString(2, error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error);
            s.setTimestamp(3, next == null ? null : Timestamp.from(next));
            s.setTimestamp(4, "SENT".equals(status) ? Timestamp.from(clock.instant()) : null);
            s.setLong(5, id);
            s.executeUpdate();
        }
    }
}
