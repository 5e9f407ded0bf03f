package org.sitrep.knowledge;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.Actor;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.nlp.Sentence;

/** A mention with where it sits in the parse (sentence, token range) and what it was linked to. */
public record LinkedMention(int sentence, int firstToken, int lastToken, Mention mention, Optional<Actor> actor,
                            Optional<Place> place) {

    public boolean covers(int token) {
        return token >= firstToken && token <= lastToken;
    }

    /** The sentence's tokens some mention covers, read once a sentence (the article's mentions are many). */
    public static boolean[] covered(List<LinkedMention> mentions, Sentence sentence) {
        boolean[] named = new boolean[sentence.tokens().size()];
        for (LinkedMention m : mentions) {
            if (m.sentence() == sentence.index()) {
                for (int k = Math.max(0, m.firstToken()); k <= m.lastToken() && k < named.length; k++) {
                    named[k] = true;
                }
            }
        }
        return named;
    }

    /** The name facts use for this mention: the actor's or place's canonical name. */
    public String canonical() {
        return mention.canonical();
    }
}
