package edu.stanford.nlp.parser.nndep;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.CRC32;
import edu.stanford.nlp.io.IOUtils;

/**
 * A loaded neural dependency parser's model kept as raw arrays in a cache file, so that later processes read it in
 * a tenth of the time CoreNLP takes to parse the 13 MB text model (millions of decimal numbers). The snapshot holds
 * exactly the values the text load gives (the same floats, bit for bit), so parses are unchanged; it is keyed by the
 * model file's identity (its CRC in the models jar) and a format number, written beside and moved into place whole, and a snapshot that cannot
 * be read is ignored and written again. Lives in CoreNLP's package because the parser's fields are private to it.
 */
public final class ParserSnapshot {
    private static final int FORMAT = 1;
    private static final byte[] MAGIC = "sitrep-nndep".getBytes(StandardCharsets.US_ASCII);

    private ParserSnapshot() {
    }

    /**
     * The parser of {@code model} (a class path resource or file, as CoreNLP reads it) with {@code props}: from its
     * snapshot in {@code cache} when one is there for this model, else from the model, then snapshotted there.
     * Without a usable cache folder it simply loads the model.
     */
    public static DependencyParser load(String model, Properties props, Optional<Path> cache) {
        if (cache.isEmpty()) {
            return DependencyParser.loadFromModelFile(model, props);
        }
        Path file;
        try {
            file = cache.get().resolve(Path.of(model).getFileName() + "-" + identity(model) + ".bin");
        } catch (IOException e) {
            return DependencyParser.loadFromModelFile(model, props);
        }
        if (Files.isReadable(file)) {
            try {
                return read(file, props);
            } catch (IOException | RuntimeException e) {
                // a truncated or foreign file: load from the model and write it again
            }
        }
        DependencyParser parser = DependencyParser.loadFromModelFile(model, props);
        try {
            write(parser, file);
        } catch (IOException | RuntimeException e) {
            // a read-only or full disk costs only the next start's time
        }
        return parser;
    }

    /** The folder snapshots go to: {@code $XDG_CACHE_HOME/sitrep}, else {@code ~/.cache/sitrep}. */
    public static Optional<Path> defaultCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        String home = System.getProperty("user.home");
        if (xdg != null && !xdg.isBlank()) {
            return Optional.of(Path.of(xdg, "sitrep"));
        }
        return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home, ".cache", "sitrep"));
    }

    /**
     * The model file's identity: a jar entry's CRC and size from the jar's directory (free, where reading the 13 MB
     * entry to sum it costs half a second), else a file's size and time, else a CRC of its bytes.
     */
    private static String identity(String model) throws IOException {
        URL resource = ParserSnapshot.class.getClassLoader().getResource(model);
        if (resource != null && resource.openConnection() instanceof JarURLConnection jar) {
            jar.setUseCaches(false);
            JarEntry entry = jar.getJarEntry();
            try (JarFile file = jar.getJarFile()) {
                if (entry != null && entry.getCrc() >= 0) {
                    return Long.toHexString(entry.getCrc()) + "-" + entry.getSize();
                }
            }
        }
        Path path = Path.of(model);
        if (Files.isRegularFile(path)) {
            return Files.size(path) + "-" + Files.getLastModifiedTime(path).toMillis();
        }
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = IOUtils.getInputStreamFromURLOrClasspathOrFileSystem(model)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                crc.update(buffer, 0, n);
            }
        }
        return Long.toHexString(crc.getValue());
    }

    /** Writes the parser's vocabularies, sizes and weights to {@code file}, through a temporary file beside it. */
    static void write(DependencyParser parser, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try {
            Classifier classifier = (Classifier) field("classifier").get(parser);
            Config config = (Config) field("config").get(parser);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    Files.newOutputStream(partial), 1 << 16))) {
                out.write(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(config.language.name());
                out.writeInt(config.hiddenSize);
                out.writeInt(config.embeddingSize);
                for (String list : List.of("knownWords", "knownPos", "knownLabels")) {
                    writeStrings(out, items(field(list).get(parser), String.class));
                }
                writeMatrix(out, classifier.getE());
                writeMatrix(out, classifier.getW1());
                writeMatrix(out, new float[][] {classifier.getb1()});
                writeMatrix(out, classifier.getW2());
                List<Integer> preComputed = items(field("preComputed").get(parser), Integer.class);
                out.writeInt(preComputed.size());
                for (int id : preComputed) {
                    out.writeInt(id);
                }
            }
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this CoreNLP version's parser cannot be snapshotted", e);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The parser a snapshot holds, set up as {@code DependencyParser.loadModelFile} sets up a loaded one. */
    static DependencyParser read(Path file, Properties props) throws IOException {
        ByteBuffer bytes;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()).order(ByteOrder.BIG_ENDIAN);
        }
        byte[] magic = new byte[MAGIC.length];
        bytes.get(magic);
        if (!java.util.Arrays.equals(magic, MAGIC) || bytes.getInt() != FORMAT) {
            throw new IOException(file + " is not a parser snapshot of format " + FORMAT);
        }
        DependencyParser parser = new DependencyParser(props);
        try {
            Config config = (Config) field("config").get(parser);
            byte[] language = new byte[Short.toUnsignedInt(bytes.getShort())];
            bytes.get(language);
            if (!config.language.name().equals(new String(language, StandardCharsets.UTF_8))) {
                throw new IOException(file + " holds a parser for another language than " + config.language);
            }
            config.hiddenSize = bytes.getInt();
            config.embeddingSize = bytes.getInt();
            for (String list : List.of("knownWords", "knownPos", "knownLabels")) {
                field(list).set(parser, readStrings(bytes));
            }
            invoke(parser, "generateIDs");
            float[][] embeddings = readMatrix(bytes);
            float[][] inputToHidden = readMatrix(bytes);
            float[] bias = readMatrix(bytes)[0];
            float[][] hiddenToOutput = readMatrix(bytes);
            List<Integer> preComputed = new ArrayList<>();
            for (int i = bytes.getInt(); i > 0; i--) {
                preComputed.add(bytes.getInt());
            }
            if (bytes.hasRemaining()) {
                throw new IOException(file + " has " + bytes.remaining() + " bytes after its parser");
            }
            field("preComputed").set(parser, preComputed);
            field("classifier").set(parser, new Classifier(config, embeddings, inputToHidden, bias, hiddenToOutput,
                    preComputed));
            Method initialize = DependencyParser.class.getDeclaredMethod("initialize", boolean.class);
            initialize.setAccessible(true);
            initialize.invoke(parser, false);
            return parser;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this CoreNLP version's parser cannot be read from a snapshot", e);
        }
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field field = DependencyParser.class.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }

    private static void invoke(DependencyParser parser, String method) throws ReflectiveOperationException {
        Method declared = DependencyParser.class.getDeclaredMethod(method);
        declared.setAccessible(true);
        declared.invoke(parser);
    }

    /** A list field read by reflection, each item checked to be of the type the parser declares for it. */
    private static <T> List<T> items(Object list, Class<T> type) {
        List<T> items = new ArrayList<>();
        for (Object item : (List<?>) list) {
            items.add(type.cast(item));
        }
        return items;
    }

    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String string : strings) {
            byte[] utf8 = string.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
    }

    private static List<String> readStrings(ByteBuffer bytes) {
        int size = bytes.getInt();
        List<String> strings = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            byte[] utf8 = new byte[bytes.getInt()];
            bytes.get(utf8);
            strings.add(new String(utf8, StandardCharsets.UTF_8));
        }
        return strings;
    }

    private static void writeMatrix(OutputStream out, float[][] rows) throws IOException {
        int columns = rows.length == 0 ? 0 : rows[0].length;
        ByteBuffer row = ByteBuffer.allocate(Math.max(8, columns * Float.BYTES)).order(ByteOrder.BIG_ENDIAN);
        row.putInt(rows.length).putInt(columns);
        out.write(row.array(), 0, 8);
        for (float[] values : rows) {
            row.clear();
            row.asFloatBuffer().put(values);
            out.write(row.array(), 0, columns * Float.BYTES);
        }
    }

    private static float[][] readMatrix(ByteBuffer bytes) {
        int rows = bytes.getInt();
        int columns = bytes.getInt();
        float[][] matrix = new float[rows][columns];
        FloatBuffer floats = bytes.asFloatBuffer();
        for (float[] row : matrix) {
            floats.get(row);
        }
        bytes.position(bytes.position() + rows * columns * Float.BYTES);
        return matrix;
    }
}
