package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/** Identifies an article's language (ISO 639-1) with OpenNLP's language detector; loaded once, thread-safe. */
public final class LanguageIdentifier {
    private static final int SAMPLE = 2000;
    private final LanguageDetectorModel model;
    private final Map<String, String> iso3To1;

    private LanguageIdentifier(LanguageDetectorModel model) {
        this.model = model;
        Map<String, String> codes = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            codes.put(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
        }
        this.iso3To1 = Map.copyOf(codes);
    }

    /** Loads the bundled OpenNLP model. */
    public static LanguageIdentifier load() {
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP langdetect-183.bin missing from the classpath");
            }
            return new LanguageIdentifier(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The two-letter code of the text's most probable language, or "und" when undecidable. */
    public String identify(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        // LanguageDetectorME keeps no state between calls, but is cheap enough to make per call.
        Language best = new LanguageDetectorME(model).predictLanguage(sample);
        return iso3To1.getOrDefault(best.getLang(), best.getLang());
    }
}
