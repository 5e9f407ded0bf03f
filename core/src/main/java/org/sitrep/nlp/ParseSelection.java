package org.sitrep.nlp;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Which sentences of an article the dependency parser runs on, chosen from their tagged tokens. */
@FunctionalInterface
public interface ParseSelection {
    /** Every sentence: for evaluating the parse itself and for comparison. */
    ParseSelection ALL = sentences -> IntStream.range(0, sentences.size()).boxed().collect(Collectors.toSet());

    /** The indexes of the sentences to parse. */
    Set<Integer> choose(List<List<Token>> sentences);
}
