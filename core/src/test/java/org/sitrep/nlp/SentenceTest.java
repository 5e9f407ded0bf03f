package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceTest {
    private static final String TEXT = "Rebels shelled the northern town";

    /** "Rebels shelled the northern town", parsed by hand. */
    private static Sentence shelled() {
        String[][] words = {{"Rebels", "rebel", "NNS"}, {"shelled", "shell", "VBD"}, {"the", "the", "DT"},
            {"northern", "northern", "JJ"}, {"town", "town", "NN"}};
        List<Token> tokens = new ArrayList<>();
        int begin = 0;
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(i, words[i][0], words[i][1], words[i][2], "O", begin, begin + words[i][0].length()));
            begin += words[i][0].length() + 1;
        }
        List<Dependency> dependencies = List.of(new Dependency(1, 0, "nsubj"), new Dependency(1, 4, "obj"),
                new Dependency(4, 2, "det"), new Dependency(4, 3, "amod"), new Dependency(-1, 1, "root"));
        return new Sentence(0, 0, TEXT.length(), TEXT, tokens, dependencies, List.of());
    }

    @Test
    void findsChildrenInListOrderAndHeads() {
        Sentence sentence = shelled();
        assertThat(sentence.children(1)).containsExactly(new Dependency(1, 0, "nsubj"), new Dependency(1, 4, "obj"));
        assertThat(sentence.children(4, "am")).extracting(Token::word).containsExactly("northern");
        assertThat(sentence.children(-1)).containsExactly(new Dependency(-1, 1, "root"));
        assertThat(sentence.children(0)).isEmpty();
        assertThat(sentence.children(9)).isEmpty();
        assertThat(sentence.head(3)).contains(new Dependency(4, 3, "amod"));
        assertThat(sentence.head(1)).contains(new Dependency(-1, 1, "root"));
        assertThat(sentence.head(7)).isEmpty();
    }

    @Test
    void aTokenAttachedTwiceHasItsFirstHeadAndTheListStaysAsGiven() {
        List<Dependency> twice = List.of(new Dependency(4, 3, "amod"), new Dependency(1, 3, "dep"));
        Sentence sentence = new Sentence(0, 0, TEXT.length(), TEXT, shelled().tokens(), twice, List.of());
        assertThat(sentence.head(3)).contains(new Dependency(4, 3, "amod"));
        assertThat(sentence.dependencies()).isEqualTo(twice);
        assertThat(sentence).isEqualTo(new Sentence(0, 0, TEXT.length(), TEXT, shelled().tokens(), twice, List.of()));
        assertThat(sentence.dependencies().hashCode()).isEqualTo(twice.hashCode());
    }

    @Test
    void anUnparsedSentenceHasNoChildrenOrHeads() {
        Sentence sentence = new Sentence(0, 0, TEXT.length(), TEXT, shelled().tokens(), List.of(), List.of());
        assertThat(sentence.parsed()).isFalse();
        assertThat(sentence.children(1)).isEmpty();
        assertThat(sentence.head(0)).isEmpty();
        assertThat(sentence.subtreeRange(1)).containsExactly(1, 1);
    }
}
