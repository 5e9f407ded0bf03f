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
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return foldUnicode(name);
            }
        }
        return foldAscii(name);
    }

    /**
     * The same fold for plain ASCII, without the normalizer and the three regular expressions (the linker folds
     * every phrase it scans): ASCII has no marks to strip and no letters beyond A-Z to lower.
     */
    private static String foldAscii(String name) {
        StringBuilder folded = new StringBuilder(name.length());
        boolean separator = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\'' || c == '`') {
                continue;
            }
            // the ASCII of SEPARATORS: \s (space, \t, \n, \x0B, \f, \r) and the hyphen
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '-') {
                separator = true;
                continue;
            }
            if (separator) {
                folded.append(' ');
                separator = false;
            }
            folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        if (separator) {
            folded.append(' ');
        }
        return folded.toString().strip();
    }

    static String foldUnicode(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        String plain = APOSTROPHES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
        return SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
