package org.sitrep.ingest;

/**
 * Input that cannot become an article; the message names the file and the problem, on one line: control
 * characters and line or paragraph separators quoted from the input are escaped ({@code \u2028}), so hostile
 * input cannot forge extra lines in what is printed, and the problem is cut at {@value #MAX_PROBLEM} characters.
 */
public class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final int MAX_PROBLEM = 500;

    private final String origin;
    private final String problem;

    public BadInputException(String origin, String problem) {
        this(origin, problem, null);
    }

    public BadInputException(String origin, String problem, Throwable cause) {
        super(oneLine(origin, Integer.MAX_VALUE) + ": " + oneLine(problem, MAX_PROBLEM), cause);
        this.origin = origin;
        this.problem = oneLine(problem, MAX_PROBLEM);
    }

    public String origin() {
        return origin;
    }

    public String problem() {
        return problem;
    }

    /** The text with control and separator characters escaped, cut after {@code max} characters. */
    private static String oneLine(String text, int max) {
        String value = String.valueOf(text);
        StringBuilder line = new StringBuilder(Math.min(value.length(), max));
        for (int i = 0; i < value.length(); i++) {
            if (line.length() >= max) {
                return line.append('…').toString();
            }
            char c = value.charAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                line.append(String.format("\\u%04x", (int) c));
            } else {
                line.append(c);
            }
        }
        return line.toString();
    }
}
