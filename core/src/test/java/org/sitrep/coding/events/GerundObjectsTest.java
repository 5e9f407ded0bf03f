package org.sitrep.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/** Mending gerunds the parser made adjectives of their objects, on hand-made parses. */
class GerundObjectsTest {
    /** A sentence of word/lemma/tag triples and its dependencies (governor, dependent, relation). */
    private static Sentence sentence(String[][] words, Dependency... dependencies) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(i, words[i][0], words[i][1], words[i][2], "O", offset,
                    offset + words[i][0].length()));
            offset += words[i][0].length() + 1;
        }
        return new Sentence(0, 0, offset, "", tokens, List.of(dependencies), List.of());
    }

    @Test
    void aGerundAfterAVerbBecomesItsComplementWithTheNounAsObject() {
        Sentence parsed = sentence(new String[][] {{"Germany", "Germany", "NNP"}, {"began", "begin", "VBD"},
                {"supplying", "supply", "VBG"}, {"arms", "arm", "NNS"}},
                new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(3, 2, "amod"),
                new Dependency(1, 3, "obj"));
        assertThat(GerundObjects.mend(parsed, t -> true).dependencies()).containsExactly(
                new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(1, 2, "xcomp"),
                new Dependency(2, 3, "obj"));
    }

    @Test
    void aGerundAfterAPrepositionOfAVerbBecomesTheClauseItMarks() {
        Sentence parsed = sentence(new String[][] {{"Spain", "Spain", "NNP"}, {"joined", "join", "VBD"},
                {"in", "in", "IN"}, {"arming", "arm", "VBG"}, {"rebels", "rebel", "NNS"}},
                new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(4, 2, "case"),
                new Dependency(4, 3, "amod"), new Dependency(1, 4, "obl"));
        assertThat(GerundObjects.mend(parsed, t -> true).dependencies()).containsExactly(
                new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(3, 2, "mark"),
                new Dependency(1, 3, "advcl"), new Dependency(3, 4, "obj"));
    }

    @Test
    void anAdjectiveThatIsNoActAndAGerundUnderANounStayAsParsed() {
        Sentence visited = sentence(new String[][] {{"Kerry", "Kerry", "NNP"}, {"visited", "visit", "VBD"},
                {"neighbouring", "neighbour", "VBG"}, {"Jordan", "Jordan", "NNP"}},
                new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(3, 2, "amod"),
                new Dependency(1, 3, "obj"));
        assertThat(GerundObjects.mend(visited, t -> !t.lemma().equals("neighbour"))).isSameAs(visited);
        Sentence phrase = sentence(new String[][] {{"a", "a", "DT"}, {"name", "name", "NN"}, {"for", "for", "IN"},
                {"shelling", "shell", "VBG"}, {"towns", "town", "NNS"}},
                new Dependency(1, 0, "det"), new Dependency(-1, 1, "root"), new Dependency(4, 2, "case"),
                new Dependency(4, 3, "amod"), new Dependency(1, 4, "nmod"));
        assertThat(GerundObjects.mend(phrase, t -> true)).isSameAs(phrase);
    }
}
