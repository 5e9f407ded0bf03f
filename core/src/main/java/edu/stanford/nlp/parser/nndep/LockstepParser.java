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
        List<TokenIds> ids = new ArrayList<>(sentences.size());
        for (CoreMap sentence : sentences) {
            Configuration configuration = system.initialConfiguration(sentence);
            configurations.add(configuration);
            ids.add(TokenIds.of(parser, configuration));
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
            for (int i = 0; i < configurations.size(); i++) {
                Configuration configuration = configurations.get(i);
                if (!system.isTerminal(configuration)) {
                    active[count] = configuration;
                    features[count++] = ids.get(i).features(configuration);
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

    /** CoreNLP's own feature array of a configuration (what {@link TokenIds#features} must equal; for tests). */
    int[] coreNlpFeatures(Configuration configuration) {
        return (int[]) call(featureArray, configuration);
    }

    /** The transition system, for tests that walk configurations. */
    ParsingSystem system() {
        return system;
    }

    /** The parser whose vocabularies the ids come from, for tests. */
    DependencyParser parser() {
        return parser;
    }

    /**
     * A sentence's word and tag ids, looked up once: {@code DependencyParser.getFeatureArray} looks up the 18 words
     * and 18 tags of every step in the vocabularies' hash maps, a sixth of the parse. Index k + 1 holds token k's
     * ids (0 the root, -1 the null token). The features are CoreNLP's (Chen and Manning's) in its order: words,
     * tags, then labels, of the top three stack and buffer tokens and the children of the top two stack tokens.
     */
    record TokenIds(DependencyParser parser, int[] words, int[] tags) {
        static TokenIds of(DependencyParser parser, Configuration initial) {
            int n = initial.tree.n;
            int[] words = new int[n + 2];
            int[] tags = new int[n + 2];
            for (int k = -1; k <= n; k++) {
                words[k + 1] = parser.getWordID(initial.getWord(k));
                tags[k + 1] = parser.getPosID(initial.getPOS(k));
            }
            return new TokenIds(parser, words, tags);
        }

        int[] features(Configuration c) {
            int[] features = new int[Config.numTokens];
            int word = 0;
            int tag = 18;
            int label = 36;
            for (int j = 2; j >= 0; j--) {
                int k = c.getStack(j);
                features[word++] = words[k + 1];
                features[tag++] = tags[k + 1];
            }
            for (int j = 0; j <= 2; j++) {
                int k = c.getBuffer(j);
                features[word++] = words[k + 1];
                features[tag++] = tags[k + 1];
            }
            for (int j = 0; j <= 1; j++) {
                int k = c.getStack(j);
                int[] children = {c.getLeftChild(k), c.getRightChild(k), c.getLeftChild(k, 2), c.getRightChild(k, 2),
                        c.getLeftChild(c.getLeftChild(k)), c.getRightChild(c.getRightChild(k))};
                for (int child : children) {
                    features[word++] = words[child + 1];
                    features[tag++] = tags[child + 1];
                    features[label++] = parser.getLabelID(c.getLabel(child));
                }
            }
            return features;
        }
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
