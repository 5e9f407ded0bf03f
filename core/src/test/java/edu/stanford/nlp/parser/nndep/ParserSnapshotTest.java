package edu.stanford.nlp.parser.nndep;

import static edu.stanford.nlp.parser.nndep.ParserFixtures.dependencies;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParserSnapshotTest {
    private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    private static final String NEWS = """
            Turkish-backed rebels took Tal Rifaat from Kurdish forces on Sunday.
            Russian jets bombed a hospital in Idlib, rescuers said.
            """;

    @TempDir
    static Path cache;
    private static DependencyParser fromModel;
    private static DependencyParser fromSnapshot;
    private static Path snapshot;

    @BeforeAll
    static void load() throws IOException {
        fromModel = ParserSnapshot.load(MODEL, noTable(), Optional.of(cache)); // loads the model, writes the snapshot
        try (var files = Files.list(cache)) {
            snapshot = files.filter(f -> f.toString().endsWith(".bin")).findFirst().orElseThrow();
        }
        fromSnapshot = ParserSnapshot.load(MODEL, noTable(), Optional.of(cache));
    }

    private static Properties noTable() {
        Properties props = new Properties();
        props.setProperty("numPreComputed", "0");
        return props;
    }

    private static Classifier classifier(DependencyParser parser) throws ReflectiveOperationException {
        var field = DependencyParser.class.getDeclaredField("classifier");
        field.setAccessible(true);
        return (Classifier) field.get(parser);
    }

    @Test
    void holdsTheModelsWeightsBitForBit() throws ReflectiveOperationException {
        Classifier model = classifier(fromModel);
        Classifier read = classifier(fromSnapshot);
        assertThat(read.getE()).isDeepEqualTo(model.getE());
        assertThat(read.getW1()).isDeepEqualTo(model.getW1());
        assertThat(read.getb1()).containsExactly(model.getb1());
        assertThat(read.getW2()).isDeepEqualTo(model.getW2());
        assertThat(fromSnapshot.getPosSet()).isEqualTo(fromModel.getPosSet()).contains("NNP", "VBD");
        assertThat(fromSnapshot.getWordID("rebels")).isEqualTo(fromModel.getWordID("rebels")).isPositive();
    }

    @Test
    void parsesAsTheModelLoadedFromTextParses() {
        List<CoreMap> sentences = ParserFixtures.tagged(NEWS);
        assertThat(sentences).hasSize(2);
        for (CoreMap sentence : sentences) {
            assertThat(dependencies(fromSnapshot.predict(sentence))).isEqualTo(dependencies(fromModel.predict(sentence)));
        }
        assertThat(dependencies(LockstepParser.of(fromSnapshot).predict(sentences).get(0)))
                .contains("nsubj(took-5, rebels-4)", "obj(took-5, Rifaat-7)");
    }

    @Test
    void aDamagedSnapshotIsReplacedByTheModel(@TempDir Path other) throws IOException {
        Path damaged = other.resolve(snapshot.getFileName());
        Files.write(damaged, java.util.Arrays.copyOf(Files.readAllBytes(snapshot), 1000));
        DependencyParser parser = ParserSnapshot.load(MODEL, noTable(), Optional.of(other));
        assertThat(parser.getWordID("rebels")).isEqualTo(fromModel.getWordID("rebels"));
        assertThat(Files.size(damaged)).isEqualTo(Files.size(snapshot));
    }
}
