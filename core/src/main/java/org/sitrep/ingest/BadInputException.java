package org.sitrep.ingest;

/** Input that cannot become an article; the message names the file and the problem. */
public class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String origin;
    private final String problem;

    public BadInputException(String origin, String problem) {
        super(origin + ": " + problem);
        this.origin = origin;
        this.problem = problem;
    }

    public BadInputException(String origin, String problem, Throwable cause) {
        super(origin + ": " + problem, cause);
        this.origin = origin;
        this.problem = problem;
    }

    public String origin() {
        return origin;
    }

    public String problem() {
        return problem;
    }
}
