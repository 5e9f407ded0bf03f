package org.sitrep.ingest;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands inputs (files, folders, http feed URLs) and reads each into documents, enforcing the size limit while
 * reading and choosing the format by extension (or by content for a named file of unknown type). Thread-safe.
 */
public final class InputReader {
    /** The default per-input size limit: 5 MB. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    /** Text and HTML are read whole; a Java array holds no more than this. */
    static final int MAX_WHOLE_BYTES = Integer.MAX_VALUE - 8;
    private static final int SNIFF_BYTES = 4096;
    private static final int BUFFER = 64 * 1024;
    private static final List<String> EXTENSIONS = List.of(".txt", ".text", ".html", ".htm", ".json", ".jsonl",
            ".ndjson", ".xml", ".rss", ".atom");

    private final long maxBytes;
    /** The longest a feed download may take, headers to last byte. */
    public static final Duration FETCH_DEADLINE = Duration.ofSeconds(120);
    private static final java.util.concurrent.ScheduledExecutorService DEADLINES =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "sitrep-fetch-deadline");
                thread.setDaemon(true);
                return thread;
            });
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private final Duration fetchDeadline;

    public InputReader(long maxBytes) {
        this(maxBytes, FETCH_DEADLINE);
    }

    public InputReader(long maxBytes, Duration fetchDeadline) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.fetchDeadline = java.util.Objects.requireNonNull(fetchDeadline, "fetchDeadline");
    }

    /** The inputs named: URLs as they are, files as they are, folders walked for files of known types. */
    public List<String> expand(List<String> inputs) {
        List<String> expanded = new ArrayList<>();
        for (String input : inputs) {
            Path path = Path.of(input);
            if (isUrl(input) || !Files.isDirectory(path)) {
                expanded.add(input);
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).filter(p -> hasKnownExtension(p.toString())).sorted()
                        .map(Path::toString).forEach(expanded::add);
            } catch (IOException e) {
                throw new BadInputException(input, "cannot list folder: " + e.getMessage(), e);
            }
        }
        return expanded;
    }

    /** Reads and parses one input whole (its items collected: see {@link ParsedStream#collect()}). */
    public Parsed read(String input) {
        return open(input).collect();
    }

    /**
     * Opens one input for reading item by item: JSON, JSON Lines and feeds are streamed (a dump of any size is
     * never held whole), text and HTML are read whole. No more than the size limit is ever read, whatever the
     * input (a pipe or a device reports no size): past it, the input ends with an "oversized" problem.
     *
     * @throws BadInputException when the input cannot be opened or is empty, binary or (text, HTML) unusable
     */
    public ParsedStream open(String input) {
        // A JSON Lines file on disk is finite and bounded line by line: its size is no reason to refuse it (a dump of
        // a million articles streams through); a pipe or a download stays held to the limit.
        boolean linesFile = !isUrl(input) && isLineDelimited(input) && Files.isRegularFile(Path.of(input));
        InputStream raw = isUrl(input) ? fetch(input) : openFile(input, !linesFile);
        BufferedInputStream buffered = new BufferedInputStream(raw, BUFFER);
        // The limit counts from the first byte: the head is peeked below it and read again through it.
        InputStream in = new LimitedInputStream(buffered, linesFile ? Long.MAX_VALUE : maxBytes);
        try {
            buffered.mark(SNIFF_BYTES);
            byte[] head = buffered.readNBytes(SNIFF_BYTES);
            buffered.reset();
            if (head.length == 0) {
                throw new BadInputException(input, "empty file");
            }
            Decoder.rejectBinary(input, head);
            DocumentFormat format = formatFor(input, sniff(head));
            if (format instanceof StreamingFormat streaming) {
                return streaming.stream(input, in);
            }
            byte[] bytes = readWhole(input, in);
            in.close();
            String text = Decoder.decode(input, bytes);
            return ParsedStream.of(format.parse(input, text));
        } catch (IOException e) {
            closeQuietly(in);
            throw LimitedInputStream.oversized(e).map(p -> new BadInputException(input, p, e))
                    .orElseGet(() -> new BadInputException(input, "cannot read: " + e.getMessage(), e));
        } catch (RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    private static boolean isLineDelimited(String input) {
        String name = input.toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private InputStream openFile(String input, boolean limitSize) {
        Path path = Path.of(input);
        try {
            if (!Files.exists(path)) {
                throw new BadInputException(input, "no such file");
            }
            if (Files.isDirectory(path)) {
                throw new BadInputException(input, "a folder, not a file");
            }
            // A regular file's size is known: refuse it before reading a byte. Pipes and devices report 0 and are
            // held to the limit while reading.
            long size = Files.size(path);
            if (limitSize && size > maxBytes) {
                throw new BadInputException(input, "oversized: " + size + " bytes exceeds the limit of " + maxBytes
                        + " bytes (--max-size)");
            }
            // A FileInputStream, not Files.newInputStream: the channel stream fails on pipes ("Illegal seek").
            return new FileInputStream(path.toFile());
        } catch (IOException e) {
            throw new BadInputException(input, "cannot read: " + e.getMessage(), e);
        }
    }

    /** All of a text or HTML input, which is read whole: within the limit, and within what one array holds. */
    private static byte[] readWhole(String input, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_WHOLE_BYTES);
        if (bytes.length == MAX_WHOLE_BYTES && in.read() >= 0) {
            throw new BadInputException(input, "oversized: a text or HTML document over " + MAX_WHOLE_BYTES
                    + " bytes cannot be read whole");
        }
        return bytes;
    }

    /** The head of an input as text, good enough to tell formats apart (never a reason to reject it). */
    private static String sniff(byte[] head) {
        int offset = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
                && (head[2] & 0xff) == 0xBF ? 3 : 0;
        return new String(head, offset, head.length - offset, StandardCharsets.UTF_8);
    }

    private InputStream fetch(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                closeQuietly(response.body());
                throw new BadInputException(url, "HTTP status " + response.statusCode());
            }
            return withDeadline(response.body(), fetchDeadline);
        } catch (IOException e) {
            throw new BadInputException(url, "cannot fetch: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInputException(url, "interrupted while fetching", e);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(url, "not a valid URL: " + e.getMessage(), e);
        }
    }

    /**
     * A body that a server trickles must not hold the ingest: at the deadline the stream is closed, which ends a
     * blocked read with an error (the request timeout covers only the wait for the response headers).
     */
    private static InputStream withDeadline(InputStream body, Duration deadline) {
        // set before the close, so that the read the close breaks always knows why (isDone() would race the close)
        java.util.concurrent.atomic.AtomicBoolean expired = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.ScheduledFuture<?> closer = DEADLINES.schedule(() -> {
            expired.set(true);
            closeQuietly(body);
        }, deadline.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        return new java.io.FilterInputStream(body) {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                try {
                    return super.read(buffer, offset, length);
                } catch (IOException e) {
                    throw expired.get() ? new IOException("the download took longer than " + deadline.toSeconds()
                            + " s", e) : e;
                }
            }

            @Override
            public void close() throws IOException {
                closer.cancel(false);
                super.close();
            }
        };
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // only reading: nothing is lost
        }
    }

    static DocumentFormat formatFor(String input, String text) {
        String name = input.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return new TextFormat();
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return new HtmlFormat();
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JsonFormat.lines();
        }
        if (name.endsWith(".json")) {
            return JsonFormat.document();
        }
        if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml") || isUrl(input)) {
            return looksLikeHtml(text) ? new HtmlFormat() : new FeedFormat();
        }
        String head = text.stripLeading();
        if (head.startsWith("{") || head.startsWith("[")) {
            return JsonFormat.document();
        }
        if (head.startsWith("<")) {
            return looksLikeHtml(text) ? new HtmlFormat() : new FeedFormat();
        }
        return new TextFormat();
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 1024)).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html");
    }

    /** Whether a file of this name is one that ingest reads when it walks a folder (by its extension). */
    public static boolean readable(String name) {
        return hasKnownExtension(name);
    }

    private static boolean hasKnownExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /** Whether an input names an http(s) feed rather than a file or folder. */
    public static boolean isUrl(String input) {
        return input.startsWith("http://") || input.startsWith("https://");
    }
}
