package org.sitrep.nlp;

import org.sitrep.model.Span;

/**
 * One token with its linguistic annotations; {@code index} is its 0-based position in the sentence and
 * {@code begin}/{@code end} are character offsets into the article text.
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {

    /** The token's characters in the article text. */
    public Span span() {
        return new Span(begin, end);
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    /** A finite verb in the present tense ("backs", "provide"), not a participle or an infinitive. */
    public boolean isPresentTense() {
        return pos.equals("VBZ") || pos.equals("VBP");
    }

    /** A past-tense verb or a past participle ("took", "was taken"). */
    public boolean isPast() {
        return pos.equals("VBD") || pos.equals("VBN");
    }

    public boolean isPronoun() {
        return pos.equals("PRP") || pos.equals("PRP$");
    }
}
