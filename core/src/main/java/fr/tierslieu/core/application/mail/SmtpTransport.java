package fr.tierslieu.core.application.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Properties;

/**
 * Sends a message over SMTP (Jakarta Mail, Payara's own implementation), plain text and HTML as
 * alternatives, with the outbox's Message-ID so that a copy sent twice can be recognised.
 */
public final class SmtpTransport implements MailDelivery.Transport {

    /** The SMTP settings ({@code TIERSLIEU_SMTP_*}); {@code host} null means e-mail stays in the outbox. */
    public record Settings(String host, int port, String user, String password, String from, boolean startTls) {
        public boolean configured() {
            return host != null && !host.isBlank();
        }

        /** {@code host:port} for the pages, or null when no server is configured. */
        public String address() {
            return configured() ? host + ":" + port : null;
        }

        public static Settings fromEnvironment() {
            var env = System.getenv();
            return new Settings(
                    env.get("TIERSLIEU_SMTP_HOST"),
                    Integer.parseInt(env.getOrDefault("TIERSLIEU_SMTP_PORT", "587")),
                    env.get("TIERSLIEU_SMTP_USER"),
                    env.get("TIERSLIEU_SMTP_PASSWORD"),
                    env.getOrDefault("TIERSLIEU_SMTP_FROM", "Tiers-Lieu Studio <no-reply@localhost>"),
                    Boolean.parseBoolean(env.getOrDefault("TIERSLIEU_SMTP_STARTTLS", "true")));
        }
    }

    private final Settings settings;
    private final Session session;

    public SmtpTransport(Settings settings) {
        this.settings = settings;
        Properties p = new Properties();
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", String.valueOf(settings.port()));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "20000");
        p.put("mail.smtp.writetimeout", "20000");
        p.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        p.put(
                "mail.smtp.auth",
                String.valueOf(settings.user() != null && !settings.user().isBlank()));
        this.session = Session.getInstance(p);
    }

    @Override
    public void send(MailDelivery.Message m) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + m.messageId() + ">");
            }
        };
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(m.recipient(), m.recipientName(), "UTF-8"));
        message.setSubject(m.subject(), "UTF-8");
        message.setSentDate(new Date());
        if (m.html() == null) {
            message.setText(m.text(), "UTF-8");
        } else {
            MimeMultipart alternatives = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(m.text(), "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setContent(m.html(), "text/html; charset=UTF-8");
            alternatives.addBodyPart(text);
            alternatives.addBodyPart(html);
            message.setContent(alternatives);
        }
        if (settings.user() != null && !settings.user().isBlank()) {
            Transport.send(message, settings.user(), settings.password());
        } else {
            Transport.send(message);
        }
    }
}
