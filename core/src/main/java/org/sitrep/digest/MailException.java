package org.sitrep.digest;

/** A mail could not be handed to the SMTP server; the message names the address and the reason. */
public class MailException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MailException(String message, Throwable cause) {
        super(message, cause);
    }
}
