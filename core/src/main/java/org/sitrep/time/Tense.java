package org.sitrep.time;

import java.util.List;
import java.util.Locale;
import org.sitrep.nlp.Token;

/** Which side of the document date a sentence's unanchored dates lie on ("Friday" in "said on Friday" is past). */
enum Tense {
    PAST, PRESENT, FUTURE;

    /**
     * The tense of the verb nearest an expression at tokens [first, last]: future at a future cue of the pack's
     * {@code TENSE} words ("will", "expected"), past at a past-tense verb unless a present-tense one stands nearer,
     * present when the clause has neither (the search stops at a semicolon).
     */
    static Tense at(List<Token> tokens, int first, int last, TimeWords words) {
        boolean[] open = {true, true}; // a semicolon ends the search on its side: it closes the clause
        boolean present = false; // a present-tense verb nearer than any past one
        for (int distance = 1; distance < tokens.size(); distance++) {
            int[] sides = {first - distance, last + distance};
            for (int side = 0; side < 2; side++) {
                int i = sides[side];
                if (i < 0 || i >= tokens.size() || !open[side]) {
                    continue;
                }
                Token token = tokens.get(i);
                if (token.word().equals(";")) {
                    open[side] = false;
                    continue;
                }
                // a noun is no future cue: "turnaround plans announced in January"
                if (words.value("TENSE", token.word().toLowerCase(Locale.ROOT)).isPresent()
                        && !token.pos().startsWith("NN")) {
                    return FUTURE;
                }
                if (token.pos().equals("VBD")) {
                    return present ? PRESENT : PAST;
                }
                // "the vote that is set for May, the envoy said": the nearer verb's time, though a future cue
                // beyond it still wins
                present |= token.pos().equals("VBZ") || token.pos().equals("VBP");
                if (token.pos().equals("VB") && futureGroup(tokens, i, words)) {
                    return FUTURE;
                }
            }
        }
        return PRESENT;
    }

    /** How far back a base-form verb's future cue may stand ("will stay on in Amman and meet"). */
    private static final int GROUP_REACH = 8;

    /**
     * "The envoy will stay on in Amman and meet the king on Saturday, an aide told reporters": a base-form verb whose
     * clause opened with a future cue is in the future, though a past verb (the telling) stands nearer the date.
     */
    private static boolean futureGroup(List<Token> tokens, int verb, TimeWords words) {
        for (int i = verb - 1; i >= Math.max(0, verb - GROUP_REACH); i--) {
            Token token = tokens.get(i);
            if (token.pos().equals("VBD") || token.pos().equals(".") || token.pos().equals(",")
                    || token.pos().equals(":")) {
                return false;
            }
            if (words.value("TENSE", token.word().toLowerCase(Locale.ROOT)).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
