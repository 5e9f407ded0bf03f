package org.sitrep.nlp;

/** A typed dependency between two tokens of one sentence (indices into the sentence); governor -1 is the root. */
public record Dependency(int governor, int dependent, String relation) {
}
