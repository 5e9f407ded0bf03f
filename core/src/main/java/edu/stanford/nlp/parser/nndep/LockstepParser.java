package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;

/**
 * CoreNLP's neural dependency parser run on several sentences in lockstep: each step scores the next transition of
 * every unfinished sentence at once ({@link VectorizedClassifier#scores}), so the output layer's weights are read
 * once per step for all of them instead of once per sentence. Each sentence takes the transitions
 * {@code DependencyParser.predict} would take (the same features, scores and choice rule) and gets the same
 * {@link GrammaticalStructure}. Thread-safe: a call keeps its state to itself.
 */
public final class LockstepParser {
    private final ParsingSystem system;
    private final VectorizedClassifier classifier;
    private final DependencyParser parser;
    private final Method featureArray;
    private final Method relationNamed;
    private final Method structureOf;

    private LockstepParser(DependencyParser parser, ParsingSystem system, VectorizedClassifier classifier)
            throws NoSuchMethodException {
        this.parser = parser;
        this.system = system;
        this.classifier = classifier;
        featureArray = DependencyParser.class.getDeclaredMethod("getFeatureArray", Configuration.class);
        relationNamed = DependencyParser.class.getDeclaredMethod("makeGrammaticalRelation", String.class);
        structureOf = DependencyParser.class.getDeclaredMethod("makeGrammaticalStructure", List.class,
                TreeGraphNode.class);
        featureArray.setAccessible(true);
        relationNamed.setAccessible(true);
        structureOf.setAccessible(true);
    }

    /** The lockstep form of a loaded parser; installs the {@link VectorizedClassifier} scorer if it lacks it. */
    public static LockstepParser of(DependencyParser parser) {
        VectorizedClassifier scorer = VectorizedClassifier.install(parser);
        try {
            Field systemField = DependencyParser.class.getDeclaredField("system");
            systemField.setAccessible(true);
            return new LockstepParser(parser, (ParsingSystem) systemField.get(parser), scorer);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this CoreNLP version's parser cannot be run in lockstep", e);
        }
    }

    /** The dependencies of each sentence (tokens tagged), in order, as {@code DependencyParser.predict} gives them. */
    public List<GrammaticalStructure> predict(List<CoreMap> sentences) {
        List<Configuration> configurations = new ArrayList<>(sentences.size());
        for (CoreMap sentence : sentences) {
            configurations.add(system.initialConfiguration(sentence));
        }
        List<String> transitions = system.transitions;
        int[][] features = new int[sentences.size()][];
        Configuration[] active = new Configuration[sentences.size()];
        Map<Integer, float[]> computed = new HashMap<>();
        while (true) {
            if (Thread.interrupted()) {
                throw new RuntimeInterruptedException();
            }
            int count = 0;
            for (Configuration configuration : configurations) {
                if (!system.isTerminal(configuration)) {
                    active[count] = configuration;
                    features[count++] = features(configuration);
                }
            }
            if (count == 0) {
                break;
            }
            float[][] scores = classifier.scores(features, count, computed);
            for (int b = 0; b < count; b++) {
                float[] row = scores[b];
                double best = Double.NEGATIVE_INFINITY;
                String chosen = null;
                for (int j = 0; j < transitions.size(); j++) {
                    if (row[j] > best && system.canApply(active[b], transitions.get(j))) {
                        best = row[j];
                        chosen = transitions.get(j);
                    }
                }
                system.apply(active[b], chosen);
            }
        }
        List<GrammaticalStructure> structures = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            structures.add(structure(sentences.get(i), configurations.get(i).tree));
        }
        return structures;
    }

    private int[] features(Configuration configuration) {
        return (int[]) call(featureArray, configuration);
    }

    /** The tree as a grammatical structure, built as {@code DependencyParser.predict} builds it (its own helpers). */
    private GrammaticalStructure structure(CoreMap sentence, DependencyTree tree) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<TypedDependency> dependencies = new ArrayList<>();
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        for (int i = 1; i <= tree.n; i++) {
            int head = tree.getHead(i);
            IndexedWord word = new IndexedWord(tokens.get(i - 1));
            IndexedWord headWord = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
            GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT
                    : (GrammaticalRelation) call(relationNamed, tree.getLabel(i));
            dependencies.add(new TypedDependency(relation, headWord, word));
        }
        return (GrammaticalStructure) call(structureOf, dependencies, new TreeGraphNode(root));
    }

    private Object call(Method method, Object... arguments) {
        try {
            return method.invoke(parser, arguments);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }
}
