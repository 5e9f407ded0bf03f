package org.sitrep.digest;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/** Reads an SMTP failure: its reply code (4xx retry, 5xx bounce) and the chained messages carrying the reply. */
final class SmtpReplies {
    private SmtpReplies() {
    }

    /** The SMTP reply code behind a failure, or -1 when there was none (connection trouble: temporary). */
    static int replyCode(MessagingException e) {
        Throwable current = e;
        while (current != null) {
            if (current instanceof SMTPSendFailedException failed) {
                return failed.getReturnCode();
            }
            if (current instanceof org.eclipse.angus.mail.smtp.SMTPAddressFailedException address) {
                return address.getReturnCode();
            }
            current = current instanceof MessagingException m && m.getNextException() != null ? m.getNextException()
                    : current.getCause();
        }
        return -1;
    }

    /** The messages of a failure and the exceptions it chains, which carry the server's reply. */
    static String describe(MessagingException e) {
        StringBuilder text = new StringBuilder();
        Exception current = e;
        while (current != null) {
            if (!text.isEmpty()) {
                text.append(": ");
            }
            text.append(current.getMessage() == null ? current.getClass().getSimpleName() : current.getMessage().strip());
            current = current instanceof MessagingException m ? m.getNextException() : null;
        }
        return text.toString();
    }
}
