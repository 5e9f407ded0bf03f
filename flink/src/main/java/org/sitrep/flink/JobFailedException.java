package org.sitrep.flink;

/** The Flink job failed for good (after its restarts); the message names the first cause Flink reported. */
public final class JobFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    JobFailedException(Throwable cause) {
        super("the Flink job failed: " + rootMessage(cause), cause);
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
