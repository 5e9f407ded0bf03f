package org.sitrep.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * An input stream that gives at most a limit of bytes and fails when asked for more than the input's end allows
 * past it: the size limit holds for pipes, devices and HTTP bodies, whose size is not known before reading.
 */
final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        if (count == limit) {
            return atLimit();
        }
        int b = super.read();
        if (b >= 0) {
            count++;
        }
        return b;
    }

    /** Reads up to the limit exactly; the read after that fails unless the stream ended there. */
    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (count == limit) {
            return atLimit();
        }
        int n = super.read(buffer, offset, (int) Math.min(length, limit - count));
        if (n > 0) {
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, limit - count));
        count += skipped;
        return skipped;
    }

    private int atLimit() throws IOException {
        if (super.read() < 0) {
            return -1;
        }
        throw new OversizedException(limit);
    }

    /** What can be read without blocking; 0 where the stream cannot tell (a pipe opened as a file channel). */
    @Override
    public int available() {
        try {
            return super.available();
        } catch (IOException unknown) {
            return 0;
        }
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** The problem an oversized input met somewhere in {@code error}'s causes, if it did. */
    static Optional<String> oversized(Throwable error) {
        return causeOf(error, OversizedException.class).map(Throwable::getMessage);
    }

    /** The first cause of {@code error} (itself included, XML parsers' nested exceptions followed) of a type. */
    static <T extends Throwable> Optional<T> causeOf(Throwable error, Class<T> type) {
        Throwable cause = error;
        for (int depth = 0; cause != null && depth < 20; depth++) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
            cause = cause instanceof XMLStreamException xml && xml.getNestedException() != null
                    ? xml.getNestedException() : cause.getCause();
        }
        return Optional.empty();
    }

    /** Thrown by a read that goes past the limit. */
    static final class OversizedException extends IOException {
        private static final long serialVersionUID = 1L;

        OversizedException(long limit) {
            super("oversized: more than the limit of " + limit + " bytes (--max-size)");
        }
    }
}
