package fr.tierslieu.core.domain.mail;

import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.BaseEntity;
import fr.tierslieu.core.domain.shared.InstallationLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An e-mail in the outbox. Queued with the change that causes it, in the same transaction; the
 * worker ({@code MailDelivery}) claims it, sends it and records the outcome: SENT, QUEUED again
 * with a later attempt (the server refused it for now), FAILED after the last attempt, or
 * UNCERTAIN when a server stopped while sending it (it may or may not have left: an administrator
 * decides to send it again, so that nobody gets it twice unknowingly).
 */
@InstallationLevel("The outbox is delivered by one job for the whole installation.")
@Entity
@Table(name = "core_mail")
public class OutgoingMail extends BaseEntity implements Auditable {

    public static final int SUBJECT_MAX = 300;
    public static final int TEXT_MAX = 100_000;
    public static final int HTML_MAX = 200_000;

    public enum Status {
        QUEUED,
        SENDING,
        SENT,
        FAILED,
        UNCERTAIN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    private Long id;

    @Column(name = "message_id", nullable = false, length = 100, unique = true)
    private String messageId;

    @Column(name = "kind", nullable = false, length = 60)
    private String kind;

    @Column(name = "recipient", nullable = false, length = 200)
    private String recipient;

    @Column(name = "recipient_name", length = 200)
    private String recipientName;

    @Column(name = "locale", nullable = false, length = 10)
    private String locale;

    @Column(name = "subject", nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(name = "text_body", nullable = false, length = TEXT_MAX)
    private String textBody;

    @Column(name = "html_body", length = HTML_MAX)
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status = Status.QUEUED;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutgoingMail() {}

    public OutgoingMail(
            String kind,
            String recipient,
            String recipientName,
            String locale,
            String subject,
            String textBody,
            String htmlBody,
            Instant now) {
        this.messageId = UUID.randomUUID() + "@tierslieu";
        this.kind = kind;
        this.recipient = recipient;
        this.recipientName = recipientName;
        this.locale = locale;
        this.subject = subject.length() > SUBJECT_MAX ? subject.substring(0, SUBJECT_MAX) : subject;
        this.textBody = textBody.length() > TEXT_MAX ? textBody.substring(0, TEXT_MAX) : textBody;
        this.htmlBody = htmlBody == null || htmlBody.length() <= HTML_MAX ? htmlBody : null;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** An administrator sends a FAILED or UNCERTAIN message again. */
    public void requeue(Instant now) {
        if (status == Status.FAILED || status == Status.UNCERTAIN) {
            status = Status.QUEUED;
            attempts = 0;
            nextAttemptAt = now;
            lastError = null;
        }
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getLocale() {
        return locale;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    @Override
    public String auditLabel() {
        return kind + " → " + recipient;
    }
}
