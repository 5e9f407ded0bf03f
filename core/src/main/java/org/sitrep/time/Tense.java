package org.sitrep.time;

import java.util.List;
import java.util.Locale;
import org.sitrep.nlp.Token;

/** Which side of the document date a sentence's unanchored dates lie on ("Friday" in "said on Friday" is past). */
enum Tense {
    PAST, PRESENT, FUTURE;

    /**
     * The tense of the verb nearest an expression at tokens [first, last]: future at a future cue of the pack's
     * {@code TENSE} words ("will", "expected"), past at a past-tense verb, present when the sentence has neither.
     */
    static Tense at(List<Token> tokens, int first, int last, TimeWords words) {
        for (int distance = 1; distance < tokens.size(); distance++) {
            for (int i : new int[] {first - distance, last + distance}) {
                if (i < 0 || i >= tokens.size()) {
                    continue;
                }
                Token token = tokens.get(i);
                if (words.value("TENSE", token.word().toLowerCase(Locale.ROOT)).isPresent()) {
                    return FUTURE;
                }
                if (token.pos().equals("VBD")) {
                    return PAST;
                }
            }
        }
        return PRESENT;
    }
}
