package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * CoreNLP's neural dependency parser scored with the same weights in single precision, laid out so that the JIT
 * vectorizes every loop. CoreNLP's own scorer accumulates in doubles through dot products (reductions the JIT keeps
 * scalar) and precomputes 99,990 hidden-layer vectors in doubles at load (800 MB, seconds of start-up); here the
 * output layer and the embedding-to-hidden products are axpy loops over transposed matrices, and a feature's
 * hidden-layer vector is cached on first use, up to a bound. It lives in CoreNLP's package because the scoring
 * method it replaces is package-private; model, features and transition system stay CoreNLP's.
 */
public final class VectorizedClassifier extends Classifier {
    /** Cached feature vectors (4 KB each with the English model's 1,000 hidden units): about 200 MB at most. */
    private static final int CACHE_LIMIT = 50_000;

    private final int hiddenSize;
    private final int embeddingSize;
    private final int outputs;
    private final float[][] embeddings;
    private final float[] bias;
    /** W1 transposed: row (position × embeddingSize + k) holds the weights of embedding unit k to every hidden unit. */
    private final float[][] inputToHidden;
    /** W2 transposed: row h holds hidden unit h's weight to every output. */
    private final float[][] hiddenToOutput;
    private final Map<Integer, float[]> featureVectors = new ConcurrentHashMap<>();
    private final AtomicInteger cached = new AtomicInteger();

    private VectorizedClassifier(Config config, Classifier trained) {
        super(config, trained.getE(), trained.getW1(), trained.getb1(), trained.getW2(), List.of());
        float[][] w1 = trained.getW1();
        float[][] w2 = trained.getW2();
        hiddenSize = w1.length;
        embeddingSize = config.embeddingSize;
        outputs = w2.length;
        embeddings = trained.getE();
        bias = trained.getb1();
        int inputs = w1[0].length;
        inputToHidden = transpose(w1);
        hiddenToOutput = transpose(w2);
    }

    /**
     * Replaces a loaded parser's scorer with this one. Load the parser with {@code numPreComputed=0}: this scorer
     * never reads CoreNLP's precomputed table.
     */
    public static void install(DependencyParser parser) {
        try {
            Field classifierField = DependencyParser.class.getDeclaredField("classifier");
            Field configField = DependencyParser.class.getDeclaredField("config");
            classifierField.setAccessible(true);
            configField.setAccessible(true);
            Classifier trained = (Classifier) classifierField.get(parser);
            classifierField.set(parser, new VectorizedClassifier((Config) configField.get(parser), trained));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this CoreNLP version's parser cannot take the vectorized scorer", e);
        }
    }

    @Override
    double[] computeScores(int[] feature) {
        float[] hidden = new float[hiddenSize];
        for (int position = 0; position < feature.length; position++) {
            add(hidden, featureVector(feature[position], position));
        }
        float[] scores = new float[outputs];
        for (int h = 0; h < hiddenSize; h++) {
            float activation = hidden[h] + bias[h];
            activation = activation * activation * activation;
            float[] weights = hiddenToOutput[h];
            for (int o = 0; o < outputs; o++) {
                scores[o] += activation * weights[o];
            }
        }
        double[] result = new double[outputs];
        for (int o = 0; o < outputs; o++) {
            result[o] = scores[o];
        }
        return result;
    }

    /** A feature's contribution to the hidden layer: its embedding times its position's slice of W1. */
    private float[] featureVector(int token, int position) {
        int key = token * Config.numTokens + position;
        float[] vector = featureVectors.get(key);
        if (vector != null) {
            return vector;
        }
        vector = new float[hiddenSize];
        float[] embedding = embeddings[token];
        for (int k = 0; k < embeddingSize; k++) {
            float value = embedding[k];
            float[] weights = inputToHidden[position * embeddingSize + k];
            for (int h = 0; h < hiddenSize; h++) {
                vector[h] += value * weights[h];
            }
        }
        if (cached.get() < CACHE_LIMIT && featureVectors.putIfAbsent(key, vector) == null) {
            cached.incrementAndGet();
        }
        return vector;
    }

    /**
     * Rows of their own, indexed from 0 in the loops that read them: the JIT vectorizes a loop over two arrays only
     * when neither is read at an offset.
     */
    private static float[][] transpose(float[][] matrix) {
        float[][] transposed = new float[matrix[0].length][matrix.length];
        for (int r = 0; r < matrix.length; r++) {
            for (int c = 0; c < matrix[r].length; c++) {
                transposed[c][r] = matrix[r][c];
            }
        }
        return transposed;
    }

    private static void add(float[] sum, float[] vector) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += vector[i];
        }
    }
}
