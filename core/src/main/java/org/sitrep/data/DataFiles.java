package org.sitrep.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads sitrep's versioned data files (knowledge, language packs): tab-separated rows, '#' lines are the header
 * (source, licence). Names are classpath paths from the root ("/org/sitrep/knowledge/actors.tsv").
 */
public final class DataFiles {
    private DataFiles() {
    }

    public static List<String[]> rows(String name) {
        try (InputStream raw = DataFiles.class.getResourceAsStream(name)) {
            if (raw == null) {
                throw new IllegalStateException("data file " + name + " missing from the classpath");
            }
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            List<String[]> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + name, e);
        }
    }

    /**
     * A closed set's attributes from a data file whose first column names each constant of {@code type} once: the
     * file and the enum must list the same constants.
     */
    public static <E extends Enum<E>, V> java.util.Map<E, V> byConstant(
            String name, Class<E> type, java.util.function.Function<String[], V> row) {
        java.util.Map<E, V> values = new java.util.EnumMap<>(type);
        for (String[] fields : rows(name)) {
            E constant;
            try {
                constant = Enum.valueOf(type, fields[0].strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(name + ": unknown " + type.getSimpleName() + " " + fields[0], e);
            }
            values.put(constant, row.apply(fields));
        }
        if (values.size() != type.getEnumConstants().length) {
            throw new IllegalStateException(name + " lists " + values.size() + " of "
                    + type.getEnumConstants().length + " " + type.getSimpleName() + " constants");
        }
        return java.util.Collections.unmodifiableMap(values);
    }

    /** A |-separated field as a list; "-" or blank is none. */
    public static List<String> list(String field) {
        if (field.isBlank() || field.equals("-")) {
            return List.of();
        }
        return List.of(field.split("\\|"));
    }
}
