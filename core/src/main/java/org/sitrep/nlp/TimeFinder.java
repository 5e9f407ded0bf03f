package org.sitrep.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Finds and normalizes the time expressions of one tagged sentence, against the document's date when it has one. */
@FunctionalInterface
public interface TimeFinder {
    /** Finds nothing: for annotation that does not need times. */
    TimeFinder NONE = (text, tokens, documentDate) -> List.of();

    /** The sentence's time expressions in text order; {@code text} is the text the tokens' offsets index. */
    List<TimexMention> find(String text, List<Token> tokens, Optional<LocalDate> documentDate);
}
