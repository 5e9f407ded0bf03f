package edu.stanford.nlp.parser.nndep;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * CoreNLP's neural dependency parser scored with the same weights in single precision, laid out so that the JIT
 * vectorizes every loop. CoreNLP's own scorer accumulates in doubles through dot products (reductions the JIT keeps
 * scalar) and precomputes 99,990 hidden-layer vectors in doubles at load (800 MB, seconds of start-up); here the
 * output layer and the embedding-to-hidden products are axpy loops over transposed matrices, four rows at a time (a
 * quarter of the loads and stores of the sums), and a feature's hidden-layer vector is cached once a second call
 * needs it, up to a bound (a first-come cache filled with one-off words within 50 articles, after which 1.8 % of
 * the look-ups cost 50 times a hit). Several configurations can be scored at once ({@link LockstepParser}). It
 * lives in CoreNLP's package because the scoring method it replaces is package-private; model, features and
 * transition system stay CoreNLP's.
 */
public final class VectorizedClassifier extends Classifier {
    /** Cached feature vectors (4 KB each with the English model's 1,000 hidden units): about 200 MB at most. */
    private static final int CACHE_LIMIT = 50_000;
    /** Vectors one call keeps outside the cache (16 MB): bounds what a long article's rare words can hold. */
    private static final int CALL_LIMIT = 4_096;
    /** Rows of W2 transposed are padded to a multiple of this many outputs, so their loops need no scalar tail. */
    private static final int LANES = 16;
    private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(float[][].class);

    private final int hiddenSize;
    private final int embeddingSize;
    private final int outputs;
    private final float[][] embeddings;
    private final float[] bias;
    /** W1 transposed: row (position × embeddingSize + k) holds the weights of embedding unit k to every hidden unit. */
    private final float[][] inputToHidden;
    /** W2 transposed, rows padded with zero weights: row h holds hidden unit h's weight to every output. */
    private final float[][] hiddenToOutput;
    /** The cached feature vectors, at {@code token × numTokens + position}; published with release/acquire. */
    private final float[][] featureVectors;
    /**
     * For each feature, in how many scoring calls it had to be computed (saturating): a feature enters the bounded
     * cache on its second call, so words seen once do not fill it. Racy counts only delay or hasten caching.
     */
    private final byte[] calls;
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
        inputToHidden = transpose(w1, w1[0].length);
        hiddenToOutput = transpose(w2, (outputs + LANES - 1) / LANES * LANES);
        featureVectors = new float[embeddings.length * Config.numTokens][];
        calls = new byte[featureVectors.length];
    }

    /**
     * Replaces a loaded parser's scorer with this one, unless it has it already, and returns the scorer it runs. Load
     * the parser with {@code numPreComputed=0}: this scorer never reads CoreNLP's precomputed table.
     */
    public static VectorizedClassifier install(DependencyParser parser) {
        try {
            Field classifierField = DependencyParser.class.getDeclaredField("classifier");
            Field configField = DependencyParser.class.getDeclaredField("config");
            classifierField.setAccessible(true);
            configField.setAccessible(true);
            Classifier current = (Classifier) classifierField.get(parser);
            if (current instanceof VectorizedClassifier installed) {
                return installed;
            }
            VectorizedClassifier vectorized = new VectorizedClassifier((Config) configField.get(parser), current);
            classifierField.set(parser, vectorized);
            return vectorized;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this CoreNLP version's parser cannot take the vectorized scorer", e);
        }
    }

    @Override
    double[] computeScores(int[] feature) {
        float[] scores = scores(new int[][] {feature}, 1)[0];
        double[] result = new double[outputs];
        for (int o = 0; o < outputs; o++) {
            result[o] = scores[o];
        }
        return result;
    }

    /**
     * The transitions' scores for the first {@code count} feature arrays (each row padded past the model's
     * transitions). Scoring several configurations at once reads W2, the bulk of each step's memory traffic, once
     * for all of them; each row's arithmetic is the same as alone, so its scores are too.
     */
    float[][] scores(int[][] features, int count) {
        return scores(features, count, new HashMap<>());
    }

    /**
     * As {@link #scores(int[][], int)}, keeping the feature vectors computed outside the cache in {@code computed}
     * (a caller scoring the steps of the same sentences passes the same map: a rare word recurs at a position).
     */
    float[][] scores(int[][] features, int count, Map<Integer, float[]> computed) {
        float[][] activations = new float[count][];
        for (int b = 0; b < count; b++) {
            activations[b] = activation(features[b], computed);
        }
        float[][] scores = new float[count][hiddenToOutput[0].length];
        int blocked = hiddenSize / 4 * 4;
        for (int h = 0; h < blocked; h += 4) {
            float[] w0 = hiddenToOutput[h];
            float[] w1 = hiddenToOutput[h + 1];
            float[] w2 = hiddenToOutput[h + 2];
            float[] w3 = hiddenToOutput[h + 3];
            for (int b = 0; b < count; b++) {
                float[] activation = activations[b];
                float a0 = activation[h];
                float a1 = activation[h + 1];
                float a2 = activation[h + 2];
                float a3 = activation[h + 3];
                float[] row = scores[b];
                for (int o = 0; o < row.length; o++) {
                    row[o] += a0 * w0[o] + a1 * w1[o] + a2 * w2[o] + a3 * w3[o];
                }
            }
        }
        for (int h = blocked; h < hiddenSize; h++) {
            float[] weights = hiddenToOutput[h];
            for (int b = 0; b < count; b++) {
                float a = activations[b][h];
                float[] row = scores[b];
                for (int o = 0; o < row.length; o++) {
                    row[o] += a * weights[o];
                }
            }
        }
        return scores;
    }

    /** The hidden layer's activations (cubed) for one configuration's features. */
    private float[] activation(int[] feature, Map<Integer, float[]> computed) {
        float[] hidden = new float[hiddenSize];
        int position = 0;
        for (; position + 3 < feature.length; position += 4) {
            add(hidden, featureVector(feature[position], position, computed),
                    featureVector(feature[position + 1], position + 1, computed),
                    featureVector(feature[position + 2], position + 2, computed),
                    featureVector(feature[position + 3], position + 3, computed));
        }
        for (; position < feature.length; position++) {
            add(hidden, featureVector(feature[position], position, computed));
        }
        for (int h = 0; h < hiddenSize; h++) {
            hidden[h] = cube(hidden[h] + bias[h]);
        }
        return hidden;
    }

    private static float cube(float x) {
        return x * x * x;
    }

    /**
     * A feature's contribution to the hidden layer: its embedding times its position's slice of W1, from the cache,
     * from this call's {@code computed} vectors, or computed (and kept in one of the two).
     */
    private float[] featureVector(int token, int position, Map<Integer, float[]> computed) {
        int key = token * Config.numTokens + position;
        float[] vector = (float[]) SLOTS.getAcquire(featureVectors, key);
        if (vector != null) {
            return vector;
        }
        vector = computed.get(key);
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
        if (calls[key] < Byte.MAX_VALUE) {
            calls[key]++;
        }
        if (calls[key] >= 2 && cached.get() < CACHE_LIMIT && SLOTS.compareAndSet(featureVectors, key, null, vector)) {
            cached.incrementAndGet();
        } else if (computed.size() < CALL_LIMIT) {
            computed.put(key, vector);
        }
        return vector;
    }

    /**
     * Rows of their own, indexed from 0 in the loops that read them (the JIT vectorizes a loop over two arrays only
     * when neither is read at an offset), each {@code width} long, zero beyond the matrix.
     */
    private static float[][] transpose(float[][] matrix, int width) {
        float[][] transposed = new float[matrix[0].length][width];
        for (int r = 0; r < matrix.length; r++) {
            for (int c = 0; c < matrix[r].length; c++) {
                transposed[c][r] = matrix[r][c];
            }
        }
        return transposed;
    }

    private static void add(float[] sum, float[] v0, float[] v1, float[] v2, float[] v3) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += v0[i] + v1[i] + v2[i] + v3[i];
        }
    }

    private static void add(float[] sum, float[] vector) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += vector[i];
        }
    }
}
