package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands inputs (files, folders, http feed URLs) and reads each into documents, enforcing the size limit and
 * choosing the format by extension (or by content for a named file of unknown type).
 */
public final class InputReader {
    /** The default per-input size limit: 5 MB. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    private static final List<String> EXTENSIONS = List.of(".txt", ".text", ".html", ".htm", ".json", ".jsonl",
            ".ndjson", ".xml", ".rss", ".atom");

    private final long maxBytes;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    public InputReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
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

    /** Reads and parses one input. */
    public Parsed read(String input) {
        byte[] bytes = isUrl(input) ? fetch(input) : readFile(input);
        String text = Decoder.decode(input, bytes);
        return formatFor(input, text).parse(input, text);
    }

    private byte[] readFile(String input) {
        Path path = Path.of(input);
        try {
            if (!Files.exists(path)) {
                throw new BadInputException(input, "no such file");
            }
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new BadInputException(input, "oversized: " + size + " bytes exceeds the limit of " + maxBytes
                        + " bytes (--max-size)");
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new BadInputException(input, "cannot read: " + e.getMessage(), e);
        }
    }

    private byte[] fetch(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new BadInputException(url, "HTTP status " + response.statusCode());
                }
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new BadInputException(url, "oversized: more than the limit of " + maxBytes
                            + " bytes (--max-size)");
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new BadInputException(url, "cannot fetch: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInputException(url, "interrupted while fetching", e);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(url, "not a valid URL: " + e.getMessage(), e);
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

    private static boolean hasKnownExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    private static boolean isUrl(String input) {
        return input.startsWith("http://") || input.startsWith("https://");
    }
}
