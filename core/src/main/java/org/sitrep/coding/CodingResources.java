package org.sitrep.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the coding rule files: tab-separated rows after a '#' header naming source and licence. */
final class CodingResources {
    private CodingResources() {
    }

    static List<String[]> rows(String name) {
        try (InputStream in = CodingResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("coding file " + name + " missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read coding file " + name, e);
        }
    }
}
