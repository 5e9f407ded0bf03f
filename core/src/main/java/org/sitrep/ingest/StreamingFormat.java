package org.sitrep.ingest;

import java.io.InputStream;

/** A format read item by item from a stream (JSON, JSON Lines, RSS/Atom), so its size does not bound memory. */
public interface StreamingFormat extends DocumentFormat {
    /**
     * The items read lazily from {@code in}, raw bytes in the format's own encoding rules; closing the result
     * closes {@code in}.
     */
    ParsedStream stream(String origin, InputStream in);
}
