package org.sitrep.ingest;

import java.util.List;

/** The documents one input yielded and the problems met on the way (a JSONL file can have both). */
public record Parsed(List<ParsedDocument> documents, List<BadInputException> problems) {
    public Parsed {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }

    public static Parsed of(ParsedDocument document) {
        return new Parsed(List.of(document), List.of());
    }
}
