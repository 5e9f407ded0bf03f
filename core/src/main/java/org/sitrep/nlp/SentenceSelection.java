package org.sitrep.nlp;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Which sentences of an article a costly annotator (the time tagger, the parser) runs on, from their tagged tokens. */
@FunctionalInterface
public interface SentenceSelection {
    /** Every sentence: for evaluating the annotator itself and for comparison. */
    SentenceSelection ALL = sentences -> IntStream.range(0, sentences.size()).boxed().collect(Collectors.toSet());

    /** The indexes of the chosen sentences. */
    Set<Integer> choose(List<List<Token>> sentences);
}
