package org.sitrep.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Locates the project's bundled samples and the shared evaluation corpora (which may be absent). */
public final class TestData {
    private TestData() {
    }

    /** The repository root (the folder holding {@code samples/}). */
    public static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("samples"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the project root (samples/) above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** The seed article, as bundled with a header block giving its publication date. */
    public static Path seedArticle() {
        return projectRoot().resolve("samples/seed-sunna-files-2024-12-07.txt");
    }

    /** A file of the shared bench corpora; the calling test is skipped, saying why, when it is absent. */
    public static Path bench(String relative) {
        Optional<Path> found = benchRoot().map(root -> root.resolve(relative)).filter(Files::exists);
        assumeTrue(found.isPresent(), "skipped: ../shared/bench/" + relative + " is not on this machine "
                + "(internal evaluation data is never committed; set SITREP_BENCH to its folder)");
        return found.get();
    }

    private static Optional<Path> benchRoot() {
        String configured = System.getenv("SITREP_BENCH");
        if (configured != null) {
            return Optional.of(Path.of(configured));
        }
        Path candidate = projectRoot().resolveSibling("shared").resolve("bench");
        return Files.isDirectory(candidate) ? Optional.of(candidate) : Optional.empty();
    }
}
