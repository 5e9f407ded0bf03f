package org.sitrep.nlp;

import java.util.Optional;

/** A temporal expression as the NLP library found and normalized it (TIMEX3 type and value). */
public record TimexMention(int begin, int end, int firstToken, int lastToken, String text, String type,
                           Optional<String> value) {
}
