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
    private final java.util.Set<String> nearWords;
    private final java.util.Set<String> locatorWords;

    private ArabicPack(Map<String, String> settings, Normalizer normalizer, Clitics clitics) {
        this.settings = Map.copyOf(settings);
        this.normalizer = normalizer;
        this.clitics = clitics;
        this.nearWords = words("near-words.tsv", normalizer);
        this.locatorWords = words("locator-words.tsv", normalizer);
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

    private static java.util.Set<String> words(String file, Normalizer normalizer) {
        return rows(file).stream().flatMap(row -> java.util.Arrays.stream(row[0].split("\\|")))
                .map(normalizer::normalize).collect(java.util.stream.Collectors.toUnmodifiableSet());
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

    /** Whether the two words before a name put it near the place rather than in it ("شمالي العاصمة دمشق"). */
    public boolean near(Sentence sentence, Name name) {
        for (int k = Math.max(0, name.first() - 2); k < name.first(); k++) {
            if (clitics.variants(sentence.tokens().get(k).normal()).stream().anyMatch(nearWords::contains)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the two words before a name make it only where the place before lies ("كفرنبل الواقعة في ريف إدلب"),
     * not a place the sentence speaks of itself.
     */
    public boolean locating(Sentence sentence, Name name) {
        for (int k = Math.max(0, name.first() - 2); k < name.first(); k++) {
            if (clitics.variants(sentence.tokens().get(k).normal()).stream().anyMatch(locatorWords::contains)) {
                return true;
            }
        }
        return false;
    }

    public Normalizer normalizer() {
        return normalizer;
    }

    public Clitics clitics() {
        return clitics;
    }
}
