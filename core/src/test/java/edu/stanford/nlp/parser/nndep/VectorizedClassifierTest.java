package edu.stanford.nlp.parser.nndep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VectorizedClassifierTest {
    private static final String NEWS = """
            Syrian rebels captured most of Aleppo on Friday, two days after their sudden offensive began.
            At least 255 people have died, 24 of them civilians, the war monitor in Britain counted.
            Russian warplanes struck rebel positions near Idlib, the Russian defence ministry said in a statement.
            Government forces withdrew from the city, which they had held since 2016, a military source told Reuters.
            """;

    private static List<CoreMap> sentences;
    private static DependencyParser coreNlpScored;
    private static DependencyParser vectorized;

    @BeforeAll
    static void load() {
        sentences = ParserFixtures.tagged(NEWS);
        coreNlpScored = ParserFixtures.coreNlpParser();
        vectorized = ParserFixtures.coreNlpParser();
        VectorizedClassifier.install(vectorized);
    }

    @Test
    void parsesNewsSentencesExactlyAsCoreNlpsOwnScorer() {
        assertEquals(4, sentences.size());
        for (CoreMap sentence : sentences) {
            assertEquals(dependencies(coreNlpScored, sentence), dependencies(vectorized, sentence));
        }
    }

    @Test
    void findsTheCapturersAndTheCaptured() {
        List<String> first = dependencies(vectorized, sentences.get(0));
        assertTrue(first.contains("nsubj(captured-3, rebels-2)"), first::toString);
        assertTrue(first.contains("obj(captured-3, most-4)"), first::toString);
        assertTrue(first.contains("nmod(most-4, Aleppo-6)"), first::toString);
    }

    private static List<String> dependencies(DependencyParser parser, CoreMap sentence) {
        return ParserFixtures.dependencies(parser.predict(sentence));
    }
}
