package org.sitrep.ingest;

import java.util.Objects;

/** One thing an input yields, in input order: a document, or a problem with one part of the input. */
public sealed interface ParsedItem permits ParsedItem.Document, ParsedItem.Problem {

    /** A document read from the input. */
    record Document(ParsedDocument document) implements ParsedItem {
        public Document {
            Objects.requireNonNull(document, "document");
        }
    }

    /**
     * A part of the input that could not be read (its message names the file and the problem); {@code fatal} when
     * nothing after it could be read either (the input ends there).
     */
    record Problem(BadInputException problem, boolean fatal) implements ParsedItem {
        public Problem {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
