package org.sitrep.arabic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.data.DataFiles;

/** The Arabic language pack's files ({@code org/sitrep/lang/ar/}) and settings. Immutable; thread-safe. */
public final class ArabicPack {
    private static final String ROOT = "/org/sitrep/lang/ar/";
    private final Map<String, String> settings;
    private final Normalizer normalizer;
    private final Clitics clitics;

    private ArabicPack(Map<String, String> settings, Normalizer normalizer, Clitics clitics) {
        this.settings = Map.copyOf(settings);
        this.normalizer = normalizer;
        this.clitics = clitics;
    }

    /** Loads the bundled Arabic pack. */
    public static ArabicPack load() {
        Map<String, String> settings = new HashMap<>();
        for (String[] row : rows("pack.tsv")) {
            settings.put(row[0], row.length > 1 ? row[1] : "");
        }
        Normalizer normalizer = Normalizer.of(rows("normalization.tsv"));
        return new ArabicPack(settings, normalizer, Clitics.of(rows("clitics.tsv"), normalizer));
    }

    static List<String[]> rows(String file) {
        return DataFiles.rows(ROOT + file);
    }

    /** A whole-number setting of {@code pack.tsv}; fails naming it when absent or malformed. */
    public int setting(String name) {
        String value = settings.get(name);
        if (value == null || !value.matches("\\d+")) {
            throw new IllegalStateException(ROOT + "pack.tsv: setting " + name + " missing or not a number: " + value);
        }
        return Integer.parseInt(value);
    }

    public Normalizer normalizer() {
        return normalizer;
    }

    public Clitics clitics() {
        return clitics;
    }
}
