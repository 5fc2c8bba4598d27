package fr.tierslieu.core.application.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import fr.tierslieu.core.domain.mail.OutgoingMail;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox against a real SMTP server in the test JVM (GreenMail, on loopback): content and
 * links, a refusal retried later, and no second copy after a server stopped mid-send.
 */
class MailDeliveryTest {

    private JpaTestSupport db;
    private GreenMail smtp;
    private int port;

    @BeforeEach
    void setUp() throws Exception {
        db = JpaTestSupport.core();
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
        db.close();
    }

    private SmtpTransport transport() {
        return new SmtpTransport(new SmtpTransport.Settings(
                "127.0.0.1", port, null, null, "Tiers-Lieu Studio <studio@atelierz.example>", false));
    }

    private long queue(String to, String subject, String text, String html) {
        return db.tx(em -> {
            OutgoingMail m = new OutgoingMail(
                    "studytrip.mail.invitation", to, "Camille", "fr", subject, text, html, Instant.now());
            em.persist(m);
            em.flush();
            return m.getId();
        });
    }

    private OutgoingMail reload(long id) {
        return db.tx(em -> em.find(OutgoingMail.class, id));
    }

    @Test
    void aQueuedMessageLeavesOnceWithItsTextItsHtmlAndItsLinks() throws Exception {
        String text =
                "Bonjour Camille,\n\nVotre lien : https://studio.atelierz.example/public/studytrip/poll.xhtml?t=abc";
        long id = queue(
                "camille@example.org",
                "Voyage d’étude « Trégor » : vos dates ?",
                text,
                MailOutbox.html("Voyage d’étude « Trégor » : vos dates ?", text, "Tiers-Lieu Studio"));
        MailDelivery delivery = new MailDelivery(db.dataSource(), Clock.systemUTC(), "test");
        assertThat(delivery.deliverDue(transport()).sent()).isEqualTo(1);
        assertThat(delivery.deliverDue(transport()).sent()).isZero(); // never twice

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Voyage d’étude « Trégor » : vos dates ?");
        assertThat(received[0].getAllRecipients()[0].toString()).contains("camille@example.org");
        assertThat(received[0].getMessageID()).isEqualTo("<" + reload(id).getMessageId() + ">");
        String body = GreenMailUtil.getBody(received[0]);
        assertThat(body).contains("text/plain").contains("text/html");
        assertThat(GreenMailUtil.getWholeMessage(received[0]))
                .contains("studio.atelierz.example/public/studytrip/poll.xhtml");
        assertThat(reload(id).getStatus()).isEqualTo(OutgoingMail.Status.SENT);
        assertThat(reload(id).getSentAt()).isNotNull();
    }

    @Test
    void aServerThatRefusesIsTriedAgainLaterThenTheMessageLeaves() throws Exception {
        long id = queue("camille@example.org", "Objet", "Texte", null);
        smtp.stop();
        Instant now = Instant.now().plusSeconds(1);
        MailDelivery refused = new MailDelivery(db.dataSource(), Clock.fixed(now, ZoneOffset.UTC), "test");
        assertThat(refused.deliverDue(transport()).retried()).isEqualTo(1);
        OutgoingMail after = reload(id);
        assertThat(after.getStatus()).isEqualTo(OutgoingMail.Status.QUEUED);
        assertThat(after.getAttempts()).isEqualTo(1);
        assertThat(after.getLastError()).isNotBlank();
        assertThat(after.getNextAttemptAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS))
                .isEqualTo(now.plus(Duration.ofMinutes(1)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        // not before its time
        assertThat(refused.deliverDue(transport()).sent()).isZero();

        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        MailDelivery later =
                new MailDelivery(db.dataSource(), Clock.fixed(now.plus(Duration.ofMinutes(2)), ZoneOffset.UTC), "test");
        assertThat(later.deliverDue(transport()).sent()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(reload(id).getStatus()).isEqualTo(OutgoingMail.Status.SENT);
    }

    @Test
    void aMessageInterruptedWhileSendingIsNotSentTwiceButMarkedUncertain() throws Exception {
        long id = queue("camille@example.org", "Objet", "Texte", null);
        // a server claimed it, then stopped (kill -9) before recording the outcome
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate(
                    "UPDATE core_mail SET status = 'SENDING', attempts = 1, claimed_at = TIMESTAMP '2020-01-01 09:00:00', "
                            + "claimed_by = 'stopped' WHERE id = " + id);
        }
        MailDelivery restarted =
                new MailDelivery(db.dataSource(), Clock.fixed(Instant.now().plusSeconds(1), ZoneOffset.UTC), "test");
        assertThat(restarted.recoverInterrupted()).isEqualTo(1);
        assertThat(restarted.deliverDue(transport()).sent()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(reload(id).getStatus()).isEqualTo(OutgoingMail.Status.UNCERTAIN);
        // an administrator decides to send it again
        db.run(em -> em.find(OutgoingMail.class, id).requeue(Instant.now()));
        assertThat(restarted.deliverDue(transport()).sent()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void theHtmlAlternativeEscapesTheTextAndLinksAddresses() {
        String html =
                MailOutbox.html("<b>Objet</b>", "Bonjour <Camille> & co,\n\nhttps://example.org/a?b=c&d=e", "pied");
        assertThat(html)
                .contains("&lt;Camille&gt; &amp; co")
                .doesNotContain("<Camille>")
                .doesNotContain("<b>Objet</b>")
                .contains("<a href=\"https://example.org/a?b=c&amp;d=e\">");
    }
}
