package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a byte stream line by line ({@code \n}-terminated) without decoding it, holding at most one line: a line
 * longer than the limit is read through and returned empty, marked oversized. A UTF-8 byte order mark before
 * the first line is dropped. Not thread-safe.
 */
final class LineReader {
    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] chunk = new byte[CHUNK];
    private int chunkStart;
    private int chunkEnd;
    private byte[] line = new byte[256];
    private int lineNumber;
    private long bytesRead;
    private boolean eof;

    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** One line without its terminator; {@code bytes} is reused by the next call. */
    record Line(int number, byte[] bytes, int length, boolean oversized) {
        boolean isBlank() {
            for (int i = 0; i < length; i++) {
                byte b = bytes[i];
                if (b != ' ' && b != '\t' && b != '\r' && b != '\f' && b != 0x0B) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The next line, or {@code null} at the end of the stream. */
    Line next() throws IOException {
        int length = 0;
        boolean oversized = false;
        boolean any = false;
        while (true) {
            if (chunkStart == chunkEnd && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            int newline = indexOf(chunk, chunkStart, chunkEnd);
            int end = newline < 0 ? chunkEnd : newline;
            int n = end - chunkStart;
            if (!oversized && (long) length + n > maxLineBytes) {
                oversized = true;
                length = 0;
            }
            if (!oversized) {
                ensure(length + n);
                System.arraycopy(chunk, chunkStart, line, length, n);
                length += n;
            }
            chunkStart = newline < 0 ? chunkEnd : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        lineNumber++;
        int offset = 0;
        if (lineNumber == 1 && length >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB
                && (line[2] & 0xff) == 0xBF) {
            offset = 3;
            System.arraycopy(line, 3, line, 0, length - 3);
        }
        return new Line(lineNumber, line, length - offset, oversized);
    }

    /** The number of the last line returned (0 before the first). */
    int lineNumber() {
        return lineNumber;
    }

    long bytesRead() {
        return bytesRead;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(chunk, 0, chunk.length);
        if (n <= 0) {
            eof = n < 0;
            chunkStart = 0;
            chunkEnd = 0;
            return !eof && fill();
        }
        bytesRead += n;
        chunkStart = 0;
        chunkEnd = n;
        return true;
    }

    private void ensure(int capacity) {
        if (capacity > line.length) {
            line = Arrays.copyOf(line, Math.max(capacity, (int) Math.min(maxLineBytes, 2L * line.length)));
        }
    }

    private static int indexOf(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
