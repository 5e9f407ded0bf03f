package org.sitrep.nlp;

/**
 * The two forms of a token word written with a curly apostrophe (’): the models' form and the stages' form.
 * CoreNLP's tagger and parser were trained on ASCII text and read a curly contraction as a noun ("we’ll fight" has
 * "’ll" as NN and loses its verb), so they are given the ASCII apostrophe; the quotation marks they tag right stay.
 */
final class Apostrophes {
    private static final char CURLY = '’';

    private Apostrophes() {
    }

    /** What the tagger, the names model and the parser read: every curly apostrophe as an ASCII one. */
    static String forModels(String word) {
        return word.indexOf(CURLY) < 0 ? word : word.replace(CURLY, '\'');
    }

    /**
     * What the later stages read: the ASCII form inside a word ("n’t", "’ll", "O’Brien"), so word lists written
     * in ASCII match; a mark alone stays as written, since a lone ’ may close a quotation.
     */
    static String forStages(String word) {
        return word.chars().anyMatch(Character::isLetterOrDigit) ? forModels(word) : word;
    }
}
