package org.sitrep.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Mention;
import org.sitrep.nlp.Annotated;

/** An annotated article whose entity mentions are linked to actors and places. */
public record Linked(Annotated annotated, List<LinkedMention> mentions) {
    public Linked {
        mentions = List.copyOf(mentions);
    }

    /** The mention covering a token of a sentence, if any. */
    public Optional<LinkedMention> at(int sentence, int token) {
        for (LinkedMention mention : mentions) {
            if (mention.sentence() == sentence && mention.covers(token)) {
                return Optional.of(mention);
            }
        }
        return Optional.empty();
    }

    /** The mentions of one sentence, in order. */
    public List<LinkedMention> in(int sentence) {
        List<LinkedMention> found = new ArrayList<>();
        for (LinkedMention mention : mentions) {
            if (mention.sentence() == sentence) {
                found.add(mention);
            }
        }
        return found;
    }

    public List<Mention> entities() {
        return mentions.stream().map(LinkedMention::mention).toList();
    }
}
