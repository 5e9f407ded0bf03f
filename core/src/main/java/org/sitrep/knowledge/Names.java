package org.sitrep.knowledge;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds names for lookup: no diacritics, no ayn/hamza marks or apostrophes, hyphens as spaces, lower case. */
public final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`ʿʾ]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐–]+");

    private Names() {
    }

    public static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        String plain = APOSTROPHES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
        return SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
