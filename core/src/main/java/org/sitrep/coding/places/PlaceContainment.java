package org.sitrep.coding.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.coding.control.PhrasePlaces;
import org.sitrep.coding.syntax.Clauses;
import org.sitrep.knowledge.Linked;
import org.sitrep.knowledge.LinkedMention;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.Evidence;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;

/**
 * Finds the places an article locates inside another: "Douma in Eastern Ghouta", "the town of Khan Sheikhoun in the
 * south of rebel-held Idlib". Near is not inside: "a village near Homs", "the outskirts of Damascus" are not found.
 */
public final class PlaceContainment {
    private final LanguagePack pack;

    public PlaceContainment(LanguagePack pack) {
        this.pack = pack;
    }

    /** One place the text puts inside another, with the sentence that says so. */
    public record Contained(LinkedMention inner, LinkedMention outer, Evidence evidence) {
        public String innerKey() {
            return inner.mention().ref().orElse(inner.mention().canonical());
        }

        public String outerKey() {
            return outer.mention().ref().orElse(outer.mention().canonical());
        }
    }

    public List<Contained> find(Linked linked) {
        List<Contained> found = new ArrayList<>();
        for (Sentence sentence : linked.annotated().sentences()) {
            found.addAll(find(linked, sentence));
        }
        return found;
    }

    /** The places one sentence puts inside another. */
    public List<Contained> find(Linked linked, Sentence sentence) {
        List<Contained> found = new ArrayList<>();
        for (LinkedMention inner : linked.in(sentence.index())) {
            if (inner.place().isEmpty() || PlaceFinder.isCountry(inner)) {
                continue;
            }
            int token = inner.lastToken();
            List<Integer> heads = new ArrayList<>(List.of(token));
            // "the town of Khan Sheikhoun in …": the "in" phrase may hang on the class noun
            sentence.head(token).filter(h -> h.governor() >= 0 && h.relation().startsWith("nmod")
                            && pack.has(WordList.PLACE_CLASS_NOUNS,
                            sentence.tokens().get(h.governor()).lemma().toLowerCase(Locale.ROOT)))
                    .ifPresent(h -> heads.add(h.governor()));
            for (int head : heads) {
                outer(linked, sentence, head).or(() -> head == token ? followingIn(linked, sentence, token)
                                : Optional.empty()).filter(o -> !o.equals(inner) && !PlaceFinder.isCountry(o)
                                && !o.mention().canonical().equals(inner.mention().canonical()))
                        .ifPresent(o -> found.add(new Contained(inner, o, new Evidence(
                                linked.annotated().article().id(), sentence.begin(), sentence.end(),
                                sentence.text()))));
            }
        }
        return found;
    }

    /** The place an "in" phrase of the token names: "in Idlib", "in the south of Idlib". */
    private Optional<LinkedMention> outer(Linked linked, Sentence sentence, int token) {
        for (Dependency child : sentence.children(token)) {
            if (!child.relation().startsWith("nmod")
                    || !Clauses.markedBy(pack, sentence, child.dependent(), WordList.PARTIAL_PREPOSITIONS)) {
                continue;
            }
            Optional<LinkedMention> place = place(linked, sentence, child.dependent());
            if (place.isPresent()) {
                return place;
            }
            if (pack.has(WordList.INSIDE_NOUNS, sentence.tokens().get(child.dependent()).lemma()
                    .toLowerCase(Locale.ROOT))) {
                for (Dependency of : sentence.children(child.dependent())) {
                    if (of.relation().startsWith("nmod")) {
                        place = place(linked, sentence, of.dependent());
                        if (place.isPresent()) {
                            return place;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "strikes on Douma in Eastern Ghouta" where the parse hangs the "in" phrase on the strikes: a place whose "in"
     * comes right after the inner place names where that place lies.
     */
    private Optional<LinkedMention> followingIn(Linked linked, Sentence sentence, int last) {
        if (last + 1 >= sentence.tokens().size() || !pack.has(WordList.PARTIAL_PREPOSITIONS,
                sentence.tokens().get(last + 1).word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return sentence.head(last + 1).filter(h -> h.relation().equals("case") && h.governor() > last + 1)
                .flatMap(h -> place(linked, sentence, h.governor()))
                .filter(p -> p.firstToken() == last + 2 || sentence.tokens().get(last + 2).pos().equals("DT")
                        && p.firstToken() == last + 3);
    }

    /** A listed place, or one of more than one word the gazetteer lacks ("Douma in Eastern Ghouta"). */
    private static Optional<LinkedMention> place(Linked linked, Sentence sentence, int token) {
        return linked.at(sentence.index(), token).filter(m -> m.place().isPresent() || PhrasePlaces.unlisted(m));
    }
}
