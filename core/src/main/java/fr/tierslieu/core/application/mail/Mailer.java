package fr.tierslieu.core.application.mail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What modules use to send e-mail: the outbox ({@link MailOutbox}) in the application, a recorder
 * in plain unit tests. A message queued inside a transaction leaves only if the transaction commits.
 */
public interface Mailer {

    /** Queues a message; @return false when the address cannot be written to (nothing queued) */
    boolean queue(MailOutbox.Mail mail);

    /** Keeps what would be sent, for tests. */
    final class Recorder implements Mailer {
        private final List<MailOutbox.Mail> mails = Collections.synchronizedList(new ArrayList<>());

        @Override
        public boolean queue(MailOutbox.Mail mail) {
            return mail.to() != null && mails.add(mail);
        }

        public List<MailOutbox.Mail> mails() {
            return List.copyOf(mails);
        }
    }
}
