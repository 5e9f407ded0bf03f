package org.sitrep.arabic;

import java.util.HashSet;
import java.util.Set;

/** The speech verbs of {@code speech-verbs.tsv} ("قال", "أضاف", "قوله"), normalized. Immutable; thread-safe. */
public record SpeechVerbs(Set<String> forms) {
    public SpeechVerbs {
        forms = Set.copyOf(forms);
    }

    /** Loads the pack's speech verbs. */
    public static SpeechVerbs load(ArabicPack pack) {
        Set<String> forms = new HashSet<>();
        for (String[] row : ArabicPack.rows("speech-verbs.tsv")) {
            for (String verb : row[0].split("\\|")) {
                forms.add(pack.normalizer().normalize(verb));
            }
        }
        return new SpeechVerbs(forms);
    }

    /** Whether one of a word's forms (itself, without proclitics) is a speech verb. */
    public boolean any(java.util.List<String> variants) {
        return variants.stream().anyMatch(forms::contains);
    }
}
