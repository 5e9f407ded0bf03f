package org.sitrep.store;

/** A stored article that a new one duplicates: exactly (same content hash) or nearly (similar shingles). */
public record Duplicate(String articleId, double similarity, boolean exact) {
}
