package edu.stanford.nlp.parser.nndep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VectorizedClassifierTest {
    private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    private static final String NEWS = """
            Syrian rebels captured most of Aleppo on Friday after a lightning offensive launched on Wednesday.
            The Syrian Observatory for Human Rights said at least 255 people had been killed, including 24 civilians.
            Russian warplanes struck rebel positions near Idlib, the Russian defence ministry said in a statement.
            Government forces withdrew from the city, which they had held since 2016, a military source told Reuters.
            """;

    private static List<CoreMap> sentences;
    private static DependencyParser coreNlpScored;
    private static DependencyParser vectorized;

    @BeforeAll
    static void load() {
        Properties tagging = new Properties();
        tagging.setProperty("annotators", "tokenize,ssplit,pos");
        Annotation document = new Annotation(NEWS);
        new StanfordCoreNLP(tagging).annotate(document);
        sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        Properties noTable = new Properties();
        noTable.setProperty("numPreComputed", "0");
        coreNlpScored = DependencyParser.loadFromModelFile(MODEL, noTable);
        vectorized = DependencyParser.loadFromModelFile(MODEL, noTable);
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
        return parser.predict(sentence).typedDependencies().stream().map(TypedDependency::toString).toList();
    }
}
