package org.sitrep.digest;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.data.DataFiles;

/** The newsletter's words in English and Arabic, from {@code digest/labels.tsv}. */
public final class Labels {
    private static final Map<String, Map<String, String>> BY_LANG = load();

    private Labels() {
    }

    /** All labels of a language (English for an unknown one). */
    public static Map<String, String> of(String lang) {
        return BY_LANG.getOrDefault(lang, BY_LANG.get("en"));
    }

    public static String get(String lang, String key) {
        return of(lang).get(key);
    }

    private static Map<String, Map<String, String>> load() {
        Map<String, String> en = new HashMap<>();
        Map<String, String> ar = new HashMap<>();
        for (String[] f : DataFiles.rows("/digest/labels.tsv")) {
            en.put(f[0], f[1]);
            ar.put(f[0], f[2]);
        }
        return Map.of("en", Map.copyOf(en), "ar", Map.copyOf(ar));
    }
}
