package org.sitrep.bench;

import java.util.Locale;

/** One benchmark row: what ran, how many articles and tokens, how long, and the peak heap. */
public record Measurement(String stage, int articles, long tokens, long nanos, long peakHeapBytes, int threads) {

    public double articlesPerSecond() {
        return articles / (nanos / 1e9);
    }

    public double tokensPerSecond() {
        return tokens / (nanos / 1e9);
    }

    public String row() {
        return String.format(Locale.ROOT, "| %-44s | %7d | %8.2f | %9.0f | %7.1f | %7d |", stage, articles,
                articlesPerSecond(), tokensPerSecond(), peakHeapBytes / 1024.0 / 1024.0, threads);
    }

    public static String header() {
        return "| stage                                        | articles | articles/s | tokens/s | peak heap MB | threads |\n"
                + "|---|---|---|---|---|---|";
    }
}
