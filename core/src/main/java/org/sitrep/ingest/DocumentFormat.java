package org.sitrep.ingest;

/** Reads one input format (plain text, HTML, JSON, JSONL, RSS/Atom) into documents. */
public interface DocumentFormat {
    /**
     * Parses decoded {@code text} read from {@code origin}.
     *
     * @throws BadInputException when the whole input is unusable
     */
    Parsed parse(String origin, String text);
}
