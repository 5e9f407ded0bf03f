package org.sitrep.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The items of one input in input order, read lazily: a JSON Lines dump or a feed is never held whole in memory,
 * and a bad line or entry is one {@link ParsedItem.Problem} among the documents. Not thread-safe; close it to
 * release the input.
 */
public abstract class ParsedStream implements Iterator<ParsedItem>, Closeable {
    private ParsedItem next;
    private boolean ended;

    /** The next item, or {@code null} when the input has no more. */
    protected abstract ParsedItem advance();

    @Override
    public final boolean hasNext() {
        if (next == null && !ended) {
            next = advance();
            ended = next == null;
        }
        return next != null;
    }

    @Override
    public final ParsedItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ParsedItem item = next;
        next = null;
        return item;
    }

    /** Releases the input; the default holds none. */
    @Override
    public void close() {
    }

    /**
     * Reads every item and closes the stream. A fatal problem met before any document means the whole input is
     * unusable and is thrown; otherwise problems are kept beside the documents.
     *
     * @throws BadInputException when no document came before a fatal problem
     */
    public final Parsed collect() {
        List<ParsedDocument> documents = new ArrayList<>();
        List<BadInputException> problems = new ArrayList<>();
        try (this) {
            while (hasNext()) {
                ParsedItem item = next();
                if (item instanceof ParsedItem.Document document) {
                    documents.add(document.document());
                } else if (item instanceof ParsedItem.Problem problem) {
                    if (problem.fatal() && documents.isEmpty()) {
                        throw problem.problem();
                    }
                    problems.add(problem.problem());
                }
            }
        }
        return new Parsed(documents, problems);
    }

    /** The items of an input already read whole: its problems, then its documents. */
    public static ParsedStream of(Parsed parsed) {
        Iterator<ParsedItem> items = java.util.stream.Stream.concat(
                parsed.problems().stream().map(p -> (ParsedItem) new ParsedItem.Problem(p, false)),
                parsed.documents().stream().map(ParsedItem.Document::new)).iterator();
        return new ParsedStream() {
            @Override
            protected ParsedItem advance() {
                return items.hasNext() ? items.next() : null;
            }
        };
    }

    /** A stream over {@code source} that closes {@code resource} when closed. */
    static ParsedStream closing(Closeable resource, Source source) {
        return new ParsedStream() {
            @Override
            protected ParsedItem advance() {
                return source.next().orElse(null);
            }

            @Override
            public void close() {
                try {
                    resource.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** The reading step of a streaming format: the next item, if any. */
    @FunctionalInterface
    interface Source {
        Optional<ParsedItem> next();
    }
}
