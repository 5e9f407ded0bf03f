package org.sitrep.eval;

/** A labelled span [start, end) in some unit (characters or tokens) of one document. */
public record TypedSpan(String document, int start, int end, String type) {

    public boolean overlaps(TypedSpan other) {
        return document.equals(other.document) && start < other.end && other.start < end;
    }

    public boolean sameSpan(TypedSpan other) {
        return document.equals(other.document) && start == other.start && end == other.end;
    }
}
