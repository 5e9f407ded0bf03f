package org.sitrep.review;

/**
 * A review that cannot be filed as given (unknown target, bad verdict or field, missing reason); the message names
 * the problem and the input, and nothing was stored. The CLI answers it as invalid input, the API with a 400.
 */
public class ReviewException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_ECHO = 80;

    public ReviewException(String message) {
        super(message);
    }

    /** Input quoted in a message: on one line and cut short, so a hostile value cannot forge output. */
    static String quote(String input) {
        String line = input.replaceAll("\\p{Cntrl}|\\p{Zl}|\\p{Zp}", " ");
        return "\"" + (line.length() > MAX_ECHO ? line.substring(0, MAX_ECHO) + "…" : line) + "\"";
    }
}
