package org.sitrep.language;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.data.DataFiles;

/**
 * Everything language-specific that the extraction stages read, as data under {@code org/sitrep/lang/<code>/}:
 * {@code pack.tsv} (settings), {@code words.tsv} (every {@link WordList}), {@code event-patterns.tsv},
 * {@code modality-cues.tsv} and {@code stance-cues.tsv}. Adding a language is adding such a folder and its code to
 * {@code org/sitrep/lang/packs.tsv}. Immutable; thread-safe.
 */
public final class LanguagePack {
    private static final String ROOT = "/org/sitrep/lang/";
    private final String code;
    private final Map<String, String> settings;
    private final Map<WordList, List<String>> words;
    private final Map<WordList, Set<String>> lookup = new EnumMap<>(WordList.class);
    /** Read once: the linker asks for every word it scans. */
    private final boolean namesCapitalised;

    private LanguagePack(String code, Map<String, String> settings, Map<WordList, List<String>> words) {
        this.code = code;
        this.settings = Map.copyOf(settings);
        this.namesCapitalised = Boolean.parseBoolean(this.settings.getOrDefault("names_capitalised", "false"));
        this.words = new EnumMap<>(words);
        words.forEach((list, entries) -> lookup.put(list, Set.copyOf(entries)));
    }

    /** Loads the pack of a language code; fails naming the file and the list when one is missing or unknown. */
    public static LanguagePack load(String code) {
        Objects.requireNonNull(code, "code");
        Map<String, String> settings = new HashMap<>();
        for (String[] row : DataFiles.rows(ROOT + code + "/pack.tsv")) {
            settings.put(row[0], row.length > 1 ? row[1] : "");
        }
        Map<WordList, List<String>> words = new EnumMap<>(WordList.class);
        String file = ROOT + code + "/words.tsv";
        for (String[] row : DataFiles.rows(file)) {
            WordList list;
            try {
                list = WordList.valueOf(row[0]);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(file + ": unknown list " + row[0], e);
            }
            if (row.length < 2) {
                throw new IllegalStateException(file + ": list " + row[0] + " has no words column");
            }
            words.put(list, Arrays.stream(row[1].split("\\|")).map(String::strip).filter(w -> !w.isEmpty())
                    .map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList());
        }
        for (WordList list : WordList.values()) {
            if (!words.containsKey(list)) {
                throw new IllegalStateException(file + ": list " + list + " is missing");
            }
        }
        return new LanguagePack(code, settings, words);
    }

    /** The codes of the packs bundled with sitrep ({@code org/sitrep/lang/packs.tsv}). */
    public static List<String> available() {
        return DataFiles.rows(ROOT + "packs.tsv").stream().map(row -> row[0]).toList();
    }

    public String code() {
        return code;
    }

    /** Whether a word (compared in lower case) is in a list. */
    public boolean has(WordList list, String word) {
        return lookup.get(list).contains(word.toLowerCase(Locale.ROOT));
    }

    /** Every word of a list, in lower case, in the file's order. */
    public List<String> words(WordList list) {
        return words.get(list);
    }

    /** Whether names start with a capital letter, so that a lower-case first letter means "not a name". */
    public boolean namesCapitalised() {
        return namesCapitalised;
    }

    /** The rows of one of the pack's rule files. */
    public List<String[]> rows(String file) {
        return DataFiles.rows(ROOT + code + "/" + file);
    }

    @Override
    public String toString() {
        return "LanguagePack[" + code + "]";
    }
}
