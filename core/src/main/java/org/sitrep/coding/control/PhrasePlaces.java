package org.sitrep.coding.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.coding.places.PlaceFinder;
import org.sitrep.coding.syntax.Clauses;
import org.sitrep.knowledge.Linked;
import org.sitrep.knowledge.LinkedMention;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.EntityType;
import org.sitrep.model.Place;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Which place a control phrase names: the noun it describes or governs, a town before a part of it ("the eastern
 * districts of X"), an apposed or relative antecedent, the place a pronoun or a bare town noun stands for, the place an
 * attempt is made to take; and whether a noun names a place at all.
 */
public final class PhrasePlaces {
    /** Tags of a quantity standing for part or all of what follows it ("all of", "most of", "half of"). */
    private static final Set<String> QUANTITY_TAGS = Set.of("DT", "PDT", "JJS", "CD");
    /** How many words an attempt's purpose ("an offensive on Sunday to retake X") may lie from its noun or place. */
    private static final int ATTEMPT_REACH = 8;
    /** Tags of a finite verb, which closes an attempt noun's phrase. */
    private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");
    /** Tags that close a phrase (a conjunction, a relative pronoun, a comma or colon, a bracket). */
    private static final Set<String> CLAUSE_TAGS = Set.of("CC", "WDT", "WP", ",", ":", "-LRB-", "-RRB-", ".");
    /** How many sentences back a part of a town with no town of its own looks for the town. */
    private static final int TOWN_LOOKBACK = 2;
    /** How many sentences either side a bare town noun ("a rebel-held village") looks for the town it names. */
    private static final int NOUN_REACH = 3;
    /** The verbs of taking a place, the words of the {@code taken} rows: what an attempt is made to do. */
    private final Set<String> takingVerbs;
    /** The nouns of a held state ("under X control"), the words of the held {@code under} rows: "took control of X". */
    private final Set<String> controlNouns;
    private final LanguagePack pack;

    PhrasePlaces(LanguagePack pack, Set<String> takingVerbs, Set<String> controlNouns) {
        this.pack = pack;
        this.takingVerbs = takingVerbs;
        this.controlNouns = controlNouns;
    }

    /** "nearly all of Idlib province": a word of quantity whose "of" names the place. */
    boolean quantityOfPlace(Linked linked, Sentence sentence, Token object) {
        return QUANTITY_TAGS.contains(object.pos()) && sentence.children(object.index()).stream()
                .anyMatch(c -> c.relation().startsWith("nmod") && placeAt(linked, sentence, c.dependent()).isPresent()
                        && !Clauses.markedBy(pack, sentence, c.dependent(), WordList.NEAR_PREPOSITIONS));
    }

    /** "near areas", "is near areas": a noun marked or modified by a word of nearness. */
    boolean near(Sentence sentence, int noun) {
        return sentence.children(noun).stream().anyMatch(c -> (c.relation().equals("case")
                || c.relation().equals("amod") || c.relation().equals("advmod"))
                && pack.has(WordList.NEAR_PREPOSITIONS, sentence.tokens().get(c.dependent()).word()
                .toLowerCase(Locale.ROOT)));
    }

    /** A noun that names a place or part of one: "town", "districts", "percent". */
    boolean placeNoun(Token noun) {
        String word = noun.word().toLowerCase(Locale.ROOT);
        return pack.has(WordList.PLACE_CLASS_NOUNS, word) || pack.has(WordList.PART_MODIFIERS, word)
                || pack.has(WordList.PART_NOUNS, word) || pack.has(WordList.VICINITY_NOUNS, word);
    }

    /** The place and the places coordinated with it, each a place one side can hold (no country). */
    List<LinkedMention> withConjuncts(Linked linked, Sentence sentence, LinkedMention place) {
        List<LinkedMention> places = new ArrayList<>(List.of(place));
        for (Token conjunct : sentence.children(place.lastToken(), "conj")) {
            if (alternative(sentence, conjunct.index())) {
                continue; // "after taking Irbil or Baghdad" holds neither
            }
            placeAt(linked, sentence, conjunct.index()).filter(p -> !places.contains(p)).ifPresent(places::add);
        }
        // "in Mosul, a large city, and Tikrit": after an apposition the parser hangs the
        // coordinator and the place it joins off the governor instead
        int governor = headOf(sentence, place.lastToken());
        for (Token coordinator : governor < 0 ? List.<Token>of() : sentence.children(governor, "dep")) {
            if (coordinator.pos().equals("CC") && coordinator.index() > place.lastToken()
                    && !pack.has(WordList.ALTERNATIVE_CONJUNCTIONS, coordinator.word().toLowerCase(Locale.ROOT))) {
                for (Token conjunct : sentence.children(coordinator.index(), "dep")) {
                    placeAt(linked, sentence, conjunct.index()).filter(p -> !places.contains(p)).ifPresent(places::add);
                }
            }
        }
        return places;
    }

    /** Whether a conjunct is joined as an alternative ("Irbil or Baghdad"). */
    private boolean alternative(Sentence sentence, int conjunct) {
        return sentence.children(conjunct, "cc").stream()
                .anyMatch(c -> pack.has(WordList.ALTERNATIVE_CONJUNCTIONS, c.word().toLowerCase(Locale.ROOT)));
    }

    /** Where "under X control" attaches: the place itself, or the subject of the verb it qualifies. */
    int placeAbove(Linked linked, Sentence sentence, int noun) {
        int governor = headOf(sentence, noun);
        if (governor < 0) {
            // "Douma is in the hands of X": the noun is the predicate, its subject the place; "the city held by
            // the government has been under siege": a clausal subject stands for the place it describes
            Optional<Dependency> subject = sentence.children(noun).stream()
                    .filter(c -> c.relation().startsWith("nsubj") || c.relation().startsWith("csubj")).findFirst();
            if (subject.isEmpty() || subject.get().relation().startsWith("nsubj")) {
                return subject.map(Dependency::dependent).orElse(-1);
            }
            int clause = subject.get().dependent();
            return sentence.children(clause).stream().filter(c -> c.relation().startsWith("nsubj"))
                    .map(Dependency::dependent).findFirst()
                    .orElse(adjacentPlace(linked, sentence, clause).orElse(-1));
        }
        if (placeAt(linked, sentence, governor).isPresent() || !sentence.tokens().get(governor).isVerb()) {
            return governor;
        }
        return sentence.children(governor).stream().map(Dependency::dependent).filter(t -> t != noun)
                .filter(t -> placeAt(linked, sentence, t).isPresent()).findFirst()
                .orElse(relativeAntecedent(linked, sentence, governor));
    }

    /**
     * "the suburb of Daraya, which was evacuated ... and surrendered to regime control": the place a relative clause
     * describes (or the noun that names it), through the verb the clause's verb is coordinated with.
     */
    int relativeAntecedent(Linked linked, Sentence sentence, int verb) {
        int clause = sentence.head(verb).filter(h -> h.relation().equals("conj") && h.governor() >= 0)
                .map(Dependency::governor).orElse(verb);
        return sentence.head(clause).filter(h -> h.relation().startsWith("acl") && h.governor() >= 0)
                .map(Dependency::governor).filter(noun -> placeAt(linked, sentence, noun).isPresent()
                        || placeOf(linked, sentence, noun).isPresent())
                .orElse(placeBeforePronoun(linked, sentence, clause));
    }

    /**
     * "a shrine in the town of Tikrit, which is held by X": the parse may hang the relative clause on the phrase's
     * first noun, but a place named right before the clause's comma and pronoun is the one its clause describes.
     */
    private int placeBeforePronoun(Linked linked, Sentence sentence, int clause) {
        List<Token> tokens = sentence.tokens();
        return sentence.children(clause).stream().map(Dependency::dependent)
                .filter(p -> p >= 2 && PlaceFinder.relativePronoun(pack, tokens.get(p))
                        && tokens.get(p - 1).word().equals(",") && placeAt(linked, sentence, p - 2).isPresent())
                .map(p -> p - 2).findFirst().orElse(-1);
    }

    /**
     * The verb a noun completes as its subject's description ("X remains a stronghold", "X has become their base"):
     * an open clausal complement of a verb that takes no object ("declared X their capital" has one).
     */
    static Optional<Integer> complementedVerb(Sentence sentence, int noun) {
        return sentence.head(noun).filter(h -> h.relation().equals("xcomp") && h.governor() >= 0)
                .map(Dependency::governor).filter(verb -> sentence.children(verb, "obj").isEmpty());
    }

    /** The place a base noun describes: its apposition or "of" place, the place it stands in apposition to. */
    int baseAnchor(Linked linked, Sentence sentence, int noun) {
        for (Dependency child : sentence.children(noun)) {
            // "the opposition stronghold near the capital Damascus" is not Damascus
            boolean linkedPlace = placeAt(linked, sentence, child.dependent()).isPresent()
                    && !Clauses.markedBy(pack, sentence, child.dependent(), WordList.NEAR_PREPOSITIONS);
            if (linkedPlace && (child.relation().equals("appos") || child.relation().startsWith("nmod")
                    || child.relation().startsWith("compound") || child.relation().startsWith("nsubj"))) {
                return child.dependent();
            }
            if (child.relation().startsWith("nsubj") && placeOf(linked, sentence, child.dependent()).isPresent()) {
                return child.dependent(); // "the city of X is the major ISIS stronghold"
            }
        }
        // "Manbij remains an ISIS stronghold": the noun completes a verb with no object of its own ("remains",
        // "has become"), so it describes that verb's subject as a copula's predicate does
        Optional<Integer> completed = complementedVerb(sentence, noun).flatMap(verb -> sentence.children(verb, "nsubj")
                .stream().map(Token::index).filter(s -> placeAt(linked, sentence, s).isPresent()).findFirst());
        if (completed.isPresent()) {
            return completed.get();
        }
        // "X is one of ISIS's last bastions": the subject of the number that counts the noun
        Optional<Integer> counted = countingNumber(sentence, noun).flatMap(one -> sentence.children(one, "nsubj")
                .stream().map(Token::index).filter(s -> placeAt(linked, sentence, s).isPresent()).findFirst());
        if (counted.isPresent()) {
            return counted.get();
        }
        Optional<Dependency> head = sentence.head(noun);
        if (head.isPresent() && head.get().relation().equals("appos") && head.get().governor() >= 0) {
            // "fighters in a town, Raqqa, the militants' stronghold": the parse may hang the apposition on a noun
            // that is no place while the place stands right before its comma
            int governor = head.get().governor();
            int apposed = apposedAfterComma(linked, sentence, noun);
            return apposed >= 0 && placeAt(linked, sentence, governor).isEmpty()
                    && placeOf(linked, sentence, governor).isEmpty() ? apposed : governor;
        }
        // "the capital of ISIS, Mosul": the parse hangs the apposed place on the owner
        for (Dependency child : sentence.children(noun)) {
            if (child.relation().startsWith("nmod") && placeAt(linked, sentence, child.dependent()).isEmpty()) {
                for (Token apposed : sentence.children(child.dependent(), "appos")) {
                    if (placeAt(linked, sentence, apposed.index()).isPresent()) {
                        return apposed.index();
                    }
                }
            }
        }
        // "In Raqqa Islamic States power base": with the comma lost, the place opens its owner's compound
        for (Dependency child : sentence.children(noun)) {
            if (child.relation().startsWith("compound")) {
                for (Dependency grandchild : sentence.children(child.dependent())) {
                    if (grandchild.relation().startsWith("compound") && grandchild.dependent() < child.dependent()
                            && placeAt(linked, sentence, grandchild.dependent()).isPresent()) {
                        return grandchild.dependent();
                    }
                }
            }
        }
        // "Raqa the jihadists de facto capital": an apposition whose comma was lost follows its place directly
        int before = sentence.children(noun).stream().filter(c -> !c.relation().startsWith("nmod"))
                .mapToInt(Dependency::dependent).filter(c -> c < noun).min().orElse(noun) - 1;
        int lostComma = placeAt(linked, sentence, before).map(LinkedMention::lastToken)
                .filter(last -> last == before).orElse(-1);
        return lostComma >= 0 ? lostComma : apposedAfterComma(linked, sentence, noun);
    }

    /**
     * "Raqqa, the militants' Syrian stronghold": the place right before the comma that opens the noun's phrase (its
     * possessor and modifiers before it), where the parse hangs the apposition elsewhere or on nothing.
     */
    private int apposedAfterComma(Linked linked, Sentence sentence, int noun) {
        int first = noun;
        for (Dependency child : sentence.children(noun)) {
            if (child.dependent() < noun) {
                first = Math.min(first, child.relation().startsWith("nmod")
                        ? sentence.subtreeRange(child.dependent())[0] : child.dependent());
            }
        }
        int comma = first - 1;
        if (comma < 1 || !sentence.tokens().get(comma).word().equals(",")) {
            return -1;
        }
        return placeAt(linked, sentence, comma - 1).map(LinkedMention::lastToken)
                .filter(last -> last == comma - 1).orElse(-1);
    }

    /** The number a noun is counted by, predicate of a copula ("is one of the last bastions"). */
    static Optional<Integer> countingNumber(Sentence sentence, int noun) {
        return sentence.head(noun).filter(h -> h.governor() >= 0
                        && (h.relation().startsWith("nmod") || h.relation().equals("dep")))
                .map(Dependency::governor).filter(one -> sentence.tokens().get(one).pos().equals("CD")
                        && !sentence.children(one, "cop").isEmpty());
    }

    /**
     * The place right before a participle ("al-Bab held by IS", "Raqqa, held by IS"): the reading that holds where
     * a long unpunctuated sentence defeats the parser.
     */
    Optional<Integer> adjacentPlace(Linked linked, Sentence sentence, int participle) {
        int before = participle - 1;
        if (before >= 0 && sentence.tokens().get(before).word().equals(",")) {
            before--;
        }
        return placeAt(linked, sentence, before).map(m -> m.lastToken());
    }

    static int headOf(Sentence sentence, int token) {
        return sentence.head(token).map(Dependency::governor).orElse(-1);
    }

    Optional<LinkedMention> placeAt(Linked linked, Sentence sentence, int token) {
        // a country is where things happen, not a place one side holds ("ISIL-controlled territory in Syria")
        return token < 0 ? Optional.empty() : linked.at(sentence.index(), token)
                .filter(m -> m.place().isPresent() || unlisted(m) || namingNoun(linked, sentence, m, 0).isPresent()
                        || takenName(linked, sentence, token).isPresent() || namedAsUnlisted(linked, m))
                .filter(m -> !PlaceFinder.isCountry(m));
    }

    /**
     * A one-word name the recognizer calls a location and the gazetteer lacks, as the object of a verb that takes
     * places ("rebels took Ramussa"): the slot says it is a place, as it does for a name the gazetteer knows.
     */
    Optional<LinkedMention> takenName(Linked linked, Sentence sentence, int token) {
        return linked.at(sentence.index(), token).filter(m -> m.mention().type() == EntityType.LOCATION
                        && m.actor().isEmpty() && m.mention().ref().isEmpty() && m.place().isEmpty())
                .filter(m -> sentence.head(m.lastToken()).filter(h -> h.relation().equals("obj") && h.governor() >= 0
                        && pack.has(WordList.PLACE_OBJECT_VERBS,
                        sentence.tokens().get(h.governor()).lemma().toLowerCase(Locale.ROOT))).isPresent());
    }

    /**
     * The noun that makes a name the gazetteer lacks a place, whatever the recognizer took the name for: "the village
     * of Zaara", "the villages of A, B and C", "the Sheikh Said district", "Hamdaniyeh is a regime-held district",
     * "Babeska, a village in Idlib". A name of a known actor is never one.
     */
    Optional<Integer> namingNoun(Linked linked, Sentence sentence, LinkedMention mention, int depth) {
        List<Token> tokens = sentence.tokens();
        int first = mention.firstToken();
        int last = mention.lastToken();
        if (mention.actor().isPresent() || mention.mention().ref().isPresent() || mention.place().isPresent()
                || !tokens.get(first).isProperNoun()) {
            return Optional.empty();
        }
        if (first >= 2 && pack.has(WordList.OWNER_PREPOSITIONS, tokens.get(first - 1).word().toLowerCase(Locale.ROOT))
                && naming(tokens.get(first - 2))) {
            return Optional.of(first - 2);
        }
        if (last + 1 < tokens.size() && naming(tokens.get(last + 1))) {
            return Optional.of(last + 1);
        }
        Optional<Dependency> head = sentence.head(last).filter(h -> h.governor() >= 0);
        if (head.isPresent()) {
            int governor = head.get().governor();
            String relation = head.get().relation();
            if (relation.startsWith("nsubj") && naming(tokens.get(governor))
                    && !sentence.children(governor, "cop").isEmpty()) {
                return Optional.of(governor); // the predicate of a copula
            }
            if (relation.equals("conj") && governor < first && depth == 0) {
                return linked.at(sentence.index(), governor).flatMap(m -> namingNoun(linked, sentence, m, 1));
            }
        }
        return sentence.children(last, "appos").stream().filter(this::naming).map(Token::index).findFirst();
    }

    /** The listed town a part noun names as its own ("Aleppo city's district", "a district in Aleppo"). */
    Optional<LinkedMention> containingTown(Linked linked, Sentence sentence, int noun) {
        List<Integer> candidates = new ArrayList<>();
        for (Dependency child : sentence.children(noun)) {
            if (child.relation().startsWith("compound") || child.relation().equals("nmod:poss")) {
                candidates.add(child.dependent());
                sentence.children(child.dependent()).stream().filter(g -> g.relation().startsWith("compound"))
                        .forEach(g -> candidates.add(g.dependent()));
            } else if (child.relation().startsWith("nmod")
                    && Clauses.markedBy(pack, sentence, child.dependent(), WordList.PARTIAL_PREPOSITIONS)) {
                candidates.add(child.dependent());
            }
        }
        return candidates.stream().map(c -> placeAt(linked, sentence, c)).flatMap(Optional::stream)
                .filter(m -> m.place().isPresent()).findFirst();
    }

    /**
     * The town a part with no town of its own belongs to ("the southern rebel-held neighbourhood of X" in a story
     * from Aleppo): the populated place last named before it within the two sentences before, as "the city" is.
     */
    static Optional<LinkedMention> townBefore(Linked linked, Sentence sentence, int part) {
        LinkedMention best = null;
        for (LinkedMention m : linked.mentions()) {
            // a region ("Idlib province") is located at its seat but has no id of its own: no town
            boolean populated = m.place().map(p -> p.featureCode().startsWith("PPL")).orElse(false)
                    && m.mention().ref().isPresent();
            if (populated && m.sentence() >= sentence.index() - TOWN_LOOKBACK
                    && m.mention().end() <= part
                    && (best == null || m.mention().end() > best.mention().end())) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The one place the sentences around a bare town noun ("a rebel-held village", no name, no "of") call by the same
     * noun ("the village of X", "X village"); none where they name no such place or more than one.
     */
    Optional<LinkedMention> namedByNoun(Linked linked, Sentence sentence, int noun) {
        Token token = sentence.tokens().get(noun);
        String word = token.word().toLowerCase(Locale.ROOT);
        if (!token.pos().equals("NN") || !pack.has(WordList.TOWN_NOUNS, word)
                || sentence.children(noun).stream().anyMatch(c -> c.relation().startsWith("nmod")
                && Clauses.markedBy(pack, sentence, c.dependent(), WordList.OWNER_PREPOSITIONS)
                || c.relation().startsWith("compound") || c.relation().equals("appos"))) {
            return Optional.empty();
        }
        List<LinkedMention> named = linked.mentions().stream()
                .filter(m -> Math.abs(m.sentence() - sentence.index()) <= NOUN_REACH && m.place().isPresent()
                        && !PlaceFinder.isCountry(m)
                        && namedBy(linked.annotated().sentences().get(m.sentence()), m, word))
                .toList();
        return named.stream().map(m -> m.mention().canonical()).distinct().count() == 1
                ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** Whether the text calls the place by this noun: "the village of X", "X village". */
    private boolean namedBy(Sentence sentence, LinkedMention place, String noun) {
        List<Token> tokens = sentence.tokens();
        int first = place.firstToken();
        int last = place.lastToken();
        return first >= 2 && tokens.get(first - 2).word().equalsIgnoreCase(noun)
                && pack.has(WordList.OWNER_PREPOSITIONS, tokens.get(first - 1).word().toLowerCase(Locale.ROOT))
                || last + 1 < tokens.size() && tokens.get(last + 1).word().equalsIgnoreCase(noun);
    }

    /** What a noun of control is of ("control of the village of X": the village), or the object itself. */
    Token controlledThing(Sentence sentence, Token object) {
        if (!controlNouns.contains(object.lemma().toLowerCase(Locale.ROOT))) {
            return object;
        }
        return sentence.children(object.index()).stream().filter(c -> c.relation().startsWith("nmod")
                        && Clauses.markedBy(pack, sentence, c.dependent(), WordList.OWNER_PREPOSITIONS))
                .map(c -> sentence.tokens().get(c.dependent())).findFirst().orElse(object);
    }

    /** A common noun of a settled place or of a town's part ("village", "district"). */
    boolean naming(Token token) {
        String word = token.word().toLowerCase(Locale.ROOT);
        return token.isNoun() && !token.isProperNoun()
                && (pack.has(WordList.NAMING_PLACE_NOUNS, word) || pack.has(WordList.TOWN_PART_NOUNS, word));
    }

    /**
     * A name the recognizer took for something else here ("Eastern Ghouta is a key rebel bastion", an organization)
     * that the article names elsewhere as a place of more than one word the gazetteer lacks: one name, one sense.
     */
    private static boolean namedAsUnlisted(Linked linked, LinkedMention mention) {
        return mention.actor().isEmpty() && mention.mention().ref().isEmpty()
                && mention.lastToken() > mention.firstToken()
                && linked.mentions().stream().anyMatch(other -> other != mention && unlisted(other)
                && other.mention().canonical().equals(mention.mention().canonical()));
    }

    /**
     * A place of more than one word the recognizer names and the gazetteer lacks ("the Mosul Dam", "Eastern Ghouta"):
     * held by name alone. One word is too often a misread name ("Daeshs de facto capital", its apostrophe lost).
     */
    public static boolean unlisted(LinkedMention mention) {
        return mention.mention().type() == EntityType.LOCATION && mention.actor().isEmpty()
                && mention.mention().ref().isEmpty() && mention.lastToken() > mention.firstToken();
    }

    /**
     * Whether the noun is what lies around the place ("a suburb of Damascus", "the outskirts of Aleppo", "the Idlib
     * countryside") rather than naming it: only one definite, singular noun with the place after "of" names it
     * ("the suburb of Douma").
     */
    boolean vicinity(Sentence sentence, int noun, LinkedMention place) {
        Token token = sentence.tokens().get(noun);
        if (!pack.has(WordList.VICINITY_NOUNS, token.word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean definite = sentence.children(noun).stream().anyMatch(c -> c.relation().equals("det")
                && pack.has(WordList.DEFINITE_ARTICLES, sentence.tokens().get(c.dependent()).word()
                .toLowerCase(Locale.ROOT)));
        boolean ofPlace = sentence.head(place.lastToken()).filter(h -> h.governor() == noun
                && h.relation().startsWith("nmod")).isPresent();
        return !(definite && ofPlace && token.pos().equals("NN"));
    }

    /** "districts of Aleppo", "eastern Aleppo": the place named inside a phrase about its part. */
    Optional<LinkedMention> placeOf(Linked linked, Sentence sentence, int noun) {
        // "the Damascus suburb of Douma": the "of" place is the one meant, the compound locates it
        List<Dependency> children = new ArrayList<>(sentence.children(noun));
        children.sort(java.util.Comparator.comparing((Dependency c) -> !c.relation().startsWith("nmod")));
        boolean part = pack.has(WordList.PART_MODIFIERS, sentence.tokens().get(noun).word().toLowerCase(Locale.ROOT));
        for (Dependency child : children) {
            if (Clauses.markedBy(pack, sentence, child.dependent(), WordList.NEAR_PREPOSITIONS)
                    || !part && Clauses.markedBy(pack, sentence, child.dependent(),
                    WordList.PARTIAL_PREPOSITIONS)) {
                continue; // "an area near Damascus" is not Damascus, nor "a rebel-held town in Idlib province" Idlib
            }
            Optional<LinkedMention> place = placeAt(linked, sentence, child.dependent());
            if (place.isPresent() && !place.get().place().map(Place::featureCode).orElse("").startsWith("PCL")) {
                return place;
            }
        }
        // "60 percent of Deir Ezzor city": the place names the town noun that the part is of
        for (Dependency child : children) {
            if (child.relation().startsWith("nmod") && (part
                    || !Clauses.markedBy(pack, sentence, child.dependent(), WordList.PARTIAL_PREPOSITIONS))) {
                for (Dependency grandchild : sentence.children(child.dependent())) {
                    Optional<LinkedMention> place = placeAt(linked, sentence, grandchild.dependent());
                    if (place.isPresent() && grandchild.relation().startsWith("compound")) {
                        return place;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The place "in" which the verb governing a part noun acts ("raid rebel-held districts in Aleppo"). */
    Optional<LinkedMention> partsPlace(Linked linked, Sentence sentence, int noun) {
        String word = sentence.tokens().get(noun).word().toLowerCase(Locale.ROOT);
        int verb = headOf(sentence, noun);
        if (!pack.has(WordList.PART_NOUNS, word) || verb < 0 || !sentence.tokens().get(verb).isVerb()) {
            return Optional.empty();
        }
        return sentence.children(verb).stream().filter(c -> c.relation().startsWith("obl") && c.dependent() > noun
                        && Clauses.markedBy(pack, sentence, c.dependent(), WordList.PARTIAL_PREPOSITIONS))
                .map(c -> placeAt(linked, sentence, c.dependent())).flatMap(Optional::stream).findFirst();
    }

    /**
     * The place a class noun stands in apposition to: "Ras al-Ayn, a town under Kurdish control", "the town of
     * Ras al-Ayn, one of few such towns" (the noun counted by "one of").
     */
    Optional<LinkedMention> apposedPlace(Linked linked, Sentence sentence, int noun) {
        int current = noun;
        Optional<Dependency> head = sentence.head(current);
        if (head.isPresent() && head.get().relation().startsWith("nmod") && head.get().governor() >= 0
                && sentence.tokens().get(head.get().governor()).pos().equals("CD")) {
            current = head.get().governor();
            head = sentence.head(current);
        }
        if (head.isEmpty() || !head.get().relation().equals("appos") || head.get().governor() < 0) {
            return Optional.empty();
        }
        int apposed = head.get().governor();
        return placeAt(linked, sentence, apposed).or(() -> placeOf(linked, sentence, apposed));
    }

    /**
     * The name a plural noun for the rest of a set is conjoined to ("Madaya and two other rebel-held towns",
     * "Binnish and other villages held by rebels"): "other" makes the name one of the set, described as they are.
     */
    Optional<LinkedMention> otherMember(Linked linked, Sentence sentence, int noun) {
        boolean rest = sentence.tokens().get(noun).pos().equals("NNS") && sentence.children(noun).stream()
                .anyMatch(c -> c.relation().equals("amod") && pack.has(WordList.OTHER_MEMBER_MODIFIERS,
                        sentence.tokens().get(c.dependent()).word().toLowerCase(Locale.ROOT)));
        return rest ? sentence.head(noun).filter(h -> h.relation().equals("conj") && h.governor() >= 0)
                .flatMap(h -> placeAt(linked, sentence, h.governor())) : Optional.empty();
    }

    /**
     * The place, no country, that a pronoun after it stands for: the last named before it as a clause's subject
     * ("the dam had mines that they cleared after they retook it"), not one named in passing ("speaking in Istanbul,
     * they said smugglers took it into Syria": the weapons).
     */
    Optional<LinkedMention> placeBefore(Linked linked, Sentence sentence, int pronoun) {
        return linked.mentions().stream().filter(m -> m.sentence() == sentence.index() && m.lastToken() < pronoun)
                .filter(m -> placeAt(linked, sentence, m.lastToken()).isPresent() && sentence.head(m.lastToken())
                        .filter(h -> h.relation().startsWith("nsubj")).isPresent())
                .reduce((first, second) -> second);
    }

    /**
     * The verb of taking an attempt noun is made for, read off the words as the parse often misreads a purpose
     * clause: "to" and a verb of taking ("an offensive on Sunday to retake X"), or "of" and its gerund ("the verge
     * of taking X"), a few words on, no finite verb or clause mark between.
     */
    Optional<Integer> takingClause(Sentence sentence, int noun) {
        List<Token> tokens = sentence.tokens();
        for (int i = noun + 1; i + 1 < tokens.size() && i <= noun + ATTEMPT_REACH; i++) {
            Token word = tokens.get(i);
            Token next = tokens.get(i + 1);
            boolean mark = word.word().equalsIgnoreCase("to") && next.pos().equals("VB")
                    || word.word().equalsIgnoreCase("of") && next.pos().equals("VBG");
            if (mark) {
                return takingVerbs.contains(next.lemma().toLowerCase(Locale.ROOT)) ? Optional.of(i + 1)
                        : Optional.empty();
            }
            if (FINITE_TAGS.contains(word.pos()) || CLAUSE_TAGS.contains(word.pos())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The place a verb of taking takes, a few words after it: a name ("to retake Tal Abyad"), a noun that names one
     * ("the village of X"), or "it" for the place named before it in the sentence.
     */
    Optional<Integer> takenPlace(Linked linked, Sentence sentence, int verb) {
        List<Token> tokens = sentence.tokens();
        for (int i = verb + 1; i < tokens.size() && i <= verb + ATTEMPT_REACH; i++) {
            Token word = tokens.get(i);
            String lower = word.word().toLowerCase(Locale.ROOT);
            if (word.pos().equals("PRP") && !pack.has(WordList.PERSON_PRONOUNS, lower)
                    && !pack.has(WordList.GROUP_PRONOUNS, lower)) {
                return placeBefore(linked, sentence, i).map(LinkedMention::lastToken);
            }
            if (placeAt(linked, sentence, i).isPresent()) {
                return Optional.of(linked.at(sentence.index(), i).map(LinkedMention::lastToken).orElse(i));
            }
            if (word.pos().startsWith("NN") && placeOf(linked, sentence, i).isPresent()) {
                return Optional.of(i);
            }
            // a noun that modifies one after it ("the rebel-held village of X") is passed over, as is a name's
            // first word
            boolean modifier = headOf(sentence, i) > i;
            if (word.pos().startsWith("NN") && !modifier || word.pos().equals("IN") || word.pos().equals("TO")
                    || CLAUSE_TAGS.contains(word.pos())) {
                return Optional.empty(); // "to take power in X": what is taken is no place
            }
        }
        return Optional.empty();
    }
}
