package edu.stanford.nlp.parser.nndep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static edu.stanford.nlp.parser.nndep.ParserFixtures.dependencies;

import java.util.List;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LockstepParserTest {
    private static final String NEWS = """
            Syrian rebels captured most of Aleppo on Friday, two days after their sudden offensive began.
            Clashes continued.
            At least 255 people have died, 24 of them civilians, the war monitor in Britain counted.
            Russian warplanes struck rebel positions near Idlib, the Russian defence ministry said in a statement.
            Government forces withdrew from the city, which they had held since 2016, a military source told Reuters.
            """;

    private static List<CoreMap> sentences;
    private static DependencyParser coreNlpScored;
    private static LockstepParser lockstep;

    @BeforeAll
    static void load() {
        sentences = ParserFixtures.tagged(NEWS);
        coreNlpScored = ParserFixtures.coreNlpParser();
        lockstep = LockstepParser.of(ParserFixtures.coreNlpParser());
    }

    @Test
    void parsesSentencesOfDifferentLengthsTogetherExactlyAsCoreNlpParsesEachAlone() {
        assertEquals(5, sentences.size());
        List<GrammaticalStructure> together = lockstep.predict(sentences);
        assertEquals(sentences.size(), together.size());
        for (int i = 0; i < sentences.size(); i++) {
            assertEquals(dependencies(coreNlpScored.predict(sentences.get(i))), dependencies(together.get(i)));
        }
    }

    @Test
    void givesEachSentenceItsOwnParseWhateverItsCompany() {
        List<String> alone = dependencies(lockstep.predict(List.of(sentences.get(1))).get(0));
        List<String> inCompany = dependencies(lockstep.predict(sentences).get(1));
        assertEquals(List.of("nsubj(continued-2, Clashes-1)", "root(ROOT-0, continued-2)", "punct(continued-2, .-3)"),
                alone);
        assertEquals(alone, inCompany);
    }

    @Test
    void findsTheCapturersAndTheCaptured() {
        List<String> first = dependencies(lockstep.predict(sentences).get(0));
        assertTrue(first.contains("nsubj(captured-3, rebels-2)"), first::toString);
        assertTrue(first.contains("obj(captured-3, most-4)"), first::toString);
    }

    @Test
    void looksUpTheSameFeaturesAsCoreNlpAtEveryStepOfAnyTransitionSequence() {
        ParsingSystem system = lockstep.system();
        int steps = 0;
        for (CoreMap sentence : sentences) {
            Configuration configuration = system.initialConfiguration(sentence);
            LockstepParser.TokenIds ids = LockstepParser.TokenIds.of(lockstep.parser(), configuration);
            while (!system.isTerminal(configuration)) {
                assertArrayEquals(lockstep.coreNlpFeatures(configuration), ids.features(configuration));
                // a varied walk: left and right arcs of many labels, not only the parser's own choices
                int offset = steps++ * 7 % system.transitions.size();
                for (int j = 0; j < system.transitions.size(); j++) {
                    String transition = system.transitions.get((offset + j) % system.transitions.size());
                    if (system.canApply(configuration, transition)) {
                        system.apply(configuration, transition);
                        break;
                    }
                }
            }
        }
        assertTrue(steps > 100, "steps walked: " + steps);
    }

    @Test
    void parsesNothingToNothing() {
        assertTrue(lockstep.predict(List.of()).isEmpty());
    }
}
