package org.sitrep.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Where the words around a name say it is a place, whatever the NER guessed: "the town of al-Bab", "the IS
 * stronghold of Al-Bab", "Deir Ezzor city"; and names the NER cut short that the gazetteer knows whole
 * ("Deir" + "ez-Zor").
 */
final class PlaceCues {
    /** How many tokens a name may be extended by to reach a gazetteer name. */
    private static final int MAX_EXTENSION = 3;
    /** How many words after a name may make up the facility it names ("generating station", "military air base"). */
    private static final int MAX_SITE_WORDS = 3;
    private final LanguagePack pack;
    private final Gazetteer gazetteer;

    PlaceCues(LanguagePack pack, Gazetteer gazetteer) {
        this.pack = pack;
        this.gazetteer = gazetteer;
    }

    /**
     * A place noun governs the name through "of" ("town of X"), or follows it ("X city", "X province"), or the name
     * is joined by "and" to a name so governed ("the towns of X and Y").
     */
    boolean cued(Sentence sentence, int first, int last) {
        if (classNamed(sentence, first, last) || placeSlot(sentence, last)) {
            return true;
        }
        Optional<Dependency> head = sentence.head(last);
        if (head.isEmpty() || !head.get().relation().equals("conj") || head.get().governor() < 0
                || head.get().governor() >= first) {
            return false;
        }
        int conjunctLast = head.get().governor();
        // the conjunct's whole name: the words hanging on its head ("Jisr", "al", "-" of "Jisr al-Shughur")
        int conjunctFirst = nameStart(sentence, conjunctLast);
        return nounBeside(sentence, conjunctFirst, conjunctLast, WordList.PLACE_CLASS_NOUNS, false).isPresent();
    }

    /** A place noun governs the name through "of" ("the city of X") or follows it ("X city"). */
    boolean classNamed(Sentence sentence, int first, int last) {
        return nounBeside(sentence, first, last, WordList.PLACE_CLASS_NOUNS, false).isPresent();
    }

    /**
     * Whether the text calls the name a town or village: "the town of X", "X village", "X, a village in ...". An
     * area's class noun ("X district", "the province of X") or a neighbourhood's does not count.
     */
    boolean town(Sentence sentence, int first, int last) {
        return nounBeside(sentence, first, last, WordList.TOWN_NOUNS, false).isPresent()
                || sentence.children(last, "appos").stream().anyMatch(a -> pack.has(WordList.TOWN_NOUNS,
                lower(a)));
    }

    /** The words of a facility's name, first to last, the facility noun last. */
    record SiteName(int first, int last) {
    }

    /**
     * The facility a proper name names, if any: a facility noun that ends the name ("JFK Airport"), or one right
     * after it that the name and the words between modify ("the Zaara generating station", "Ain al-Asad air base"),
     * each word hanging on a later one of the phrase. The name reaches back over the parts of a hyphenated name the
     * NER cut off ("Ain al-" of "Ain al-Asad") where no other name covers them.
     */
    Optional<SiteName> site(Sentence sentence, int first, int last, boolean[] covered) {
        List<Token> tokens = sentence.tokens();
        if (!tokens.get(last).isProperNoun() && !(first < last && tokens.get(last - 1).isProperNoun())) {
            return Optional.empty(); // "a Kurdish camp": an adjective names no site
        }
        int noun = -1;
        if (first < last && pack.has(WordList.FACILITY_NOUNS, lower(tokens.get(last)))) {
            noun = last;
        }
        for (int end = last + 1; noun < 0 && end < tokens.size() && end <= last + MAX_SITE_WORDS; end++) {
            Token word = tokens.get(end);
            if (covered[end] || !(word.isNoun() || word.pos().startsWith("JJ") || word.pos().equals("VBG"))) {
                break;
            }
            if (word.isNoun() && pack.has(WordList.FACILITY_NOUNS, lower(word)) && modifies(sentence, last, end)) {
                noun = end;
            }
        }
        if (noun < 0) {
            return Optional.empty();
        }
        int start = first;
        while (start > 0 && !covered[start - 1] && (tokens.get(start - 1).word().equals("-")
                || tokens.get(start).word().equals("-") || tokens.get(start - 1).isProperNoun()
                && modifies(sentence, start - 1, noun))) {
            start--;
        }
        return Optional.of(new SiteName(start, noun));
    }

    /** Whether each token from {@code from} up to the noun hangs on a later token of the phrase, up to the noun. */
    private static boolean modifies(Sentence sentence, int from, int noun) {
        for (int k = from; k < noun; k++) {
            final int at = k;
            if (sentence.head(k).filter(h -> h.governor() > at && h.governor() <= noun).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "shelled X", "captured X", "in X", "near X": the name fills a slot that takes places (the object of a verb of
     * striking or taking, or a locative phrase), so a village the NER took for a person or a name is the place the
     * gazetteer knows.
     */
    private boolean placeSlot(Sentence sentence, int last) {
        if (sentence.tokens().get(last).ner().equals("O")) {
            return false; // a name the NER saw; "in August" is a month, whatever town bears its name
        }
        Optional<Dependency> head = sentence.head(last);
        boolean object = head.filter(h -> h.relation().equals("obj") && h.governor() >= 0
                && pack.has(WordList.PLACE_OBJECT_VERBS,
                sentence.tokens().get(h.governor()).lemma().toLowerCase(Locale.ROOT))).isPresent();
        return object || fallenTo(sentence, last) || sentence.children(last, "case").stream()
                .anyMatch(marker -> pack.has(WordList.PLACE_PREPOSITIONS, lower(marker)));
    }

    /**
     * "Palmyra fell to the Islamic State": the subject of a place predicate whose side it passes to is named is a
     * place, though the NER took a town at the head of a sentence for an organisation; a person falls to no one.
     */
    private boolean fallenTo(Sentence sentence, int last) {
        Optional<Dependency> head = sentence.head(last);
        if (sentence.tokens().get(last).ner().equals("PERSON") || head.isEmpty() || head.get().governor() < 0
                || !head.get().relation().equals("nsubj")) {
            return false;
        }
        int verb = head.get().governor();
        return sentence.tokens().get(verb).isVerb()
                && pack.has(WordList.PLACE_PREDICATES, sentence.tokens().get(verb).lemma().toLowerCase(Locale.ROOT))
                && sentence.children(verb).stream().anyMatch(c -> c.relation().startsWith("obl")
                && sentence.tokens().get(c.dependent()).isNoun() && !sentence.tokens().get(c.dependent()).pos()
                .equals("CD") && sentence.children(c.dependent(), "nummod").isEmpty()
                && sentence.children(c.dependent(), "case").stream()
                .anyMatch(marker -> pack.has(WordList.CONTROL_CHANGE_PREPOSITIONS, lower(marker))));
    }

    /**
     * The region noun that makes a place name a region rather than its town ("Idlib province", "the province of
     * Idlib", "the Idlib countryside"), if any.
     */
    Optional<Token> region(Sentence sentence, int first, int last) {
        Optional<Token> own = nounBeside(sentence, first, last, WordList.REGION_NOUNS, true);
        if (own.isPresent()) {
            return own;
        }
        // "the provinces of Idlib and Hama", "Idlib and Hama provinces": a plural region noun beside one conjunct
        // makes each a region; a conjunct with a place noun of its own ("and the town of X") is not one
        if (nounBeside(sentence, first, last, WordList.PLACE_CLASS_NOUNS, false).isPresent()) {
            return Optional.empty();
        }
        for (int conjunct : conjuncts(sentence, last)) {
            Token joined = sentence.tokens().get(conjunct);
            // "Idlib and Hama provinces" is parsed as "Idlib" joined to the noun, the other name its compound
            Optional<Token> noun = pack.has(WordList.REGION_NOUNS, lower(joined)) ? Optional.of(joined)
                    : nounBeside(sentence, nameStart(sentence, conjunct), conjunct, WordList.REGION_NOUNS, true);
            if (noun.filter(n -> n.pos().equals("NNS") || n.pos().equals("NNPS")).isPresent()) {
                return noun;
            }
        }
        return Optional.empty();
    }

    /**
     * "wide areas of Aleppo that border Turkey", "parts of Idlib bordering Turkey": the areas of a name that lie
     * along another country's border are the province's, not the town's.
     */
    boolean borderingAreas(Sentence sentence, int first, int last) {
        List<Token> tokens = sentence.tokens();
        boolean areas = first >= 2 && pack.has(WordList.OWNER_PREPOSITIONS, lower(tokens.get(first - 1)))
                && pack.has(WordList.PART_MODIFIERS, lower(tokens.get(first - 2)));
        // read from the words, not the parse: the parser takes "border" for a noun and "bordering" for an adjective
        int verb = last + 1;
        if (verb < tokens.size() && pack.has(WordList.RELATIVE_PRONOUNS, lower(tokens.get(verb)))) {
            verb++;
        }
        int object = verb + 1;
        while (object < tokens.size() && pack.has(WordList.DEFINITE_ARTICLES, lower(tokens.get(object)))) {
            object++;
        }
        return areas && object < tokens.size() && pack.has(WordList.BORDER_VERBS, lower(tokens.get(verb)))
                && tokens.get(object).isProperNoun();
    }

    /** The heads of the names joined to the one ending at {@code last} by a conjunction, in either direction. */
    private static List<Integer> conjuncts(Sentence sentence, int last) {
        List<Integer> joined = new ArrayList<>();
        Optional<Dependency> head = sentence.head(last).filter(h -> h.relation().equals("conj") && h.governor() >= 0);
        head.ifPresent(h -> {
            joined.add(h.governor());
            sentence.children(h.governor(), "conj").stream().map(Token::index).filter(d -> d != last)
                    .forEach(joined::add);
        });
        sentence.children(last, "conj").stream().map(Token::index).forEach(joined::add);
        return joined;
    }

    /** The first token of the name whose head is {@code conjunctLast}: the words hanging on it ("Jisr al-"). */
    private static int nameStart(Sentence sentence, int conjunctLast) {
        int conjunctFirst = conjunctLast;
        while (conjunctFirst > 0 && (sentence.tokens().get(conjunctFirst - 1).isProperNoun()
                || sentence.head(conjunctFirst - 1).filter(d -> d.governor() == conjunctLast
                        && !d.relation().equals("case") && !d.relation().equals("det")).isPresent())) {
            conjunctFirst--;
        }
        return conjunctFirst;
    }

    /**
     * A noun of the list right after the name ("Raqqa province"; a proper noun there only where allowed: "Idlib
     * Province") or governing it through "of" ("the town of al-Bab").
     */
    private Optional<Token> nounBeside(Sentence sentence, int first, int last, WordList nouns,
                                       boolean properAfter) {
        List<Token> tokens = sentence.tokens();
        if (last + 1 < tokens.size() && pack.has(nouns, lower(tokens.get(last + 1)))
                && (properAfter || !tokens.get(last + 1).isProperNoun())) {
            return Optional.of(tokens.get(last + 1));
        }
        if (first >= 2 && pack.has(WordList.OWNER_PREPOSITIONS, lower(tokens.get(first - 1)))
                && pack.has(nouns, lower(tokens.get(first - 2)))) {
            return Optional.of(tokens.get(first - 2));
        }
        return Optional.empty();
    }

    /**
     * The last token of the longest name starting at {@code first} that the gazetteer knows as a place in
     * {@code country}, when it reaches beyond {@code last} over uncovered tokens; else {@code last}.
     */
    int extend(String text, Sentence sentence, int first, int last, boolean[] covered, Optional<String> country) {
        List<Token> tokens = sentence.tokens();
        int best = last;
        for (int end = last + 1; end < tokens.size() && end <= last + MAX_EXTENSION && !covered[end]; end++) {
            Token token = tokens.get(end);
            if (token.word().equals("-")) {
                continue; // "ez-Zor" comes as three tokens
            }
            if (!Character.isLetter(token.word().charAt(0))) {
                break;
            }
            String phrase = text.substring(tokens.get(first).begin(), token.end());
            Optional<Place> place = gazetteer.resolve(phrase, country);
            if (place.isPresent() && country.map(place.get().countryCode()::equals).orElse(true)) {
                best = end;
            }
        }
        return best;
    }

    /**
     * "the town", "the city" with no name of its own: the town last named within the two sentences before, or
     * earlier in its own sentence ("X took control of the town"); "the province" the province last named so
     * ("Hama province … reinforcements were sent to the province"); "the area" only within its own sentence. A
     * wider reach (the last town named anywhere before) gained three dev places but read "the town" of a story
     * about one town as another named in passing since.
     */
    List<LinkedMention> anaphora(List<Sentence> sentences, Sentence sentence, List<LinkedMention> named) {
        List<LinkedMention> found = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Token noun = tokens.get(i);
            final int index = i;
            int determiner = i - 1;
            while (determiner > 0 && tokens.get(determiner).pos().startsWith("JJ")) {
                determiner--; // "the Syrian town", "the strategic city"
            }
            boolean withinSentence = pack.has(WordList.SENTENCE_PLACE_ANAPHORS, lower(noun));
            boolean province = noun.pos().equals("NN") && pack.has(WordList.ADMIN_AREA_NOUNS, lower(noun));
            // "the citys north": the anaphor's possessive that lost its apostrophe, a form no word of its own
            boolean lostPossessive = pack.has(WordList.LOST_POSSESSIVE_PLACE_ANAPHORS, lower(noun));
            if (!(withinSentence || province || lostPossessive || pack.has(WordList.PLACE_ANAPHORS, lower(noun)))
                    || noun.isProperNoun()
                    || !pack.has(WordList.DEFINITE_ARTICLES, lower(tokens.get(determiner)))
                    || named.stream().anyMatch(m -> m.sentence() == sentence.index() && m.covers(index))
                    || sentence.children(i).stream().anyMatch(c -> c.relation().startsWith("nmod")
                    || c.relation().startsWith("compound") || c.relation().equals("appos"))) {
                continue;
            }
            List<LinkedMention> candidates = named.stream().filter(m -> !landmark(sentences.get(m.sentence()), m))
                    .filter(m -> !holdsNamedTown(sentences.get(m.sentence()), m, named))
                    .filter(m -> !withinSentence || m.sentence() == sentence.index()).toList();
            int article = determiner;
            antecedent(sentence, tokens.get(article).begin(), candidates, province, withinSentence)
                    // "launched an attack on X, retaking the town": the town is the name no gazetteer knows, not a
                    // town named before it
                    .filter(place -> UnknownPlaces.clearOf(pack, sentence, article, named, place))
                    .ifPresent(place -> found.add(
                    new LinkedMention(sentence.index(), index, index, new Mention(noun.word(), noun.begin(), noun.end(),
                            EntityType.LOCATION, place.mention().canonical(), place.mention().ref(),
                            place.mention().lat(), place.mention().lon(), 0.6), Optional.empty(), place.place())));
        }
        return found;
    }

    /**
     * "the province of the same name": the area named after the town last named before it in its sentence ("Hasakeh
     * city is the capital of the province of the same name"), so that "the province" after it has that province to
     * mean; located at the town, with no id of its own, as "Hasakeh province" is.
     */
    List<LinkedMention> namesakeAreas(Sentence sentence, List<LinkedMention> named) {
        List<LinkedMention> found = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (Token noun : tokens) {
            if (!noun.pos().equals("NN") || !pack.has(WordList.ADMIN_AREA_NOUNS, lower(noun))
                    || sentence.children(noun.index()).stream().noneMatch(c -> c.relation().startsWith("nmod")
                    && namesake(sentence, c.dependent()))) {
                continue;
            }
            named.stream()
                    .filter(m -> m.sentence() == sentence.index() && m.lastToken() < noun.index()
                            && m.mention().ref().isPresent()
                            && m.place().map(p -> p.featureCode().startsWith("PPL")).orElse(false))
                    .max(Comparator.comparingInt(LinkedMention::lastToken))
                    .ifPresent(town -> found.add(new LinkedMention(sentence.index(), noun.index(), noun.index(),
                            new Mention(noun.word(), noun.begin(), noun.end(), EntityType.LOCATION,
                                    town.mention().canonical() + " " + lower(noun), Optional.empty(),
                                    town.mention().lat(), town.mention().lon(), 0.6),
                            Optional.empty(), town.place())));
        }
        return found;
    }

    /** "same name": a noun and one of its modifiers that together are a {@link WordList#NAMESAKE_PHRASES} entry. */
    private boolean namesake(Sentence sentence, int noun) {
        String lemma = sentence.tokens().get(noun).lemma().toLowerCase(Locale.ROOT);
        return sentence.children(noun).stream().filter(c -> c.relation().equals("amod"))
                .anyMatch(c -> pack.has(WordList.NAMESAKE_PHRASES,
                        lower(sentence.tokens().get(c.dependent())) + " " + lemma));
    }

    /**
     * A place named only to say where another is ("the last rebel stronghold near Damascus", "outside the capital
     * Damascus", "a suburb of Damascus"): the text is not about it, so "the town" after it is not it.
     */
    private boolean landmark(Sentence sentence, LinkedMention mention) {
        int token = mention.lastToken();
        List<Integer> heads = new ArrayList<>(List.of(token));
        sentence.head(token).filter(h -> h.governor() >= 0 && (h.relation().equals("appos")
                || h.relation().startsWith("flat") || h.relation().startsWith("compound")))
                .ifPresent(h -> heads.add(h.governor()));
        // "a suburb of Damascus", "the southern outskirts of Damascus": the text is about what lies around the
        // place, which "the town" after it means; only one definite, singular noun names it ("the suburb of Douma")
        boolean vicinity = sentence.head(token).filter(h -> h.governor() >= 0 && h.relation().startsWith("nmod"))
                .filter(h -> pack.has(WordList.VICINITY_NOUNS, lower(sentence.tokens().get(h.governor()))))
                .map(h -> !sentence.tokens().get(h.governor()).pos().equals("NN")
                        || sentence.children(h.governor()).stream().noneMatch(c -> c.relation().equals("det")
                        && pack.has(WordList.DEFINITE_ARTICLES, lower(sentence.tokens().get(c.dependent())))))
                .orElse(false);
        return vicinity || heads.stream().anyMatch(head -> sentence.children(head).stream()
                .anyMatch(c -> c.relation().equals("case")
                        && pack.has(WordList.NEAR_PREPOSITIONS, lower(sentence.tokens().get(c.dependent())))));
    }

    /**
     * A place named only to say which one holds a town named just before it ("the town of Abu Hamam in rural Deir
     * Ezzor"): the text is about the town, so "the town" after both is it, not the city or province that holds it.
     */
    private boolean holdsNamedTown(Sentence sentence, LinkedMention mention, List<LinkedMention> named) {
        Optional<Dependency> head = sentence.head(mention.lastToken()).filter(h -> h.relation().startsWith("nmod")
                && h.governor() >= 0 && sentence.children(mention.lastToken(), "case").stream()
                .anyMatch(c -> pack.has(WordList.PARTIAL_PREPOSITIONS, lower(c))));
        if (head.isEmpty()) {
            return false;
        }
        int holder = head.get().governor();
        // the town itself, or its class noun ("the town of X in Y")
        List<Integer> town = new ArrayList<>(List.of(holder));
        if (pack.has(WordList.TOWN_NOUNS, lower(sentence.tokens().get(holder)))) {
            sentence.children(holder).stream().filter(c -> c.relation().startsWith("nmod")
                    || c.relation().equals("compound")).forEach(c -> town.add(c.dependent()));
        }
        return named.stream().anyMatch(m -> m != mention && m.sentence() == sentence.index()
                && town.stream().anyMatch(t -> m.firstToken() <= t && t <= m.lastToken())
                && m.place().map(p -> p.featureCode().startsWith("PPL")).orElse(false));
    }

    /**
     * The latest earlier place of the anaphor's kind: a province (a region, located at its seat with no id of its
     * own) for "the province", else a town with an id of its own ("Idlib province" is no town) or one the text calls
     * a town and the gazetteer lacks ("the town of X ... stormed the town": X, not a listed town named before it);
     * "the area" is either, a town or a region its own sentence names ("X is in the grip of a siege of the area").
     */
    private static Optional<LinkedMention> antecedent(Sentence sentence, int before, List<LinkedMention> named,
                                                      boolean province, boolean area) {
        LinkedMention best = null;
        for (LinkedMention m : named) {
            boolean populated = m.place().map(p -> p.featureCode().startsWith("PPL")).orElse(false);
            boolean region = region(m);
            boolean kind = province ? region : !region || area;
            // "in Tel Abyad in the Raqqa governorate ... took control of the area": the area is the most specific
            // place, a town before the region that holds it; otherwise the nearest
            boolean better = best == null || (area && region(best) != region ? !region
                    : m.mention().end() > best.mention().end());
            if (populated && kind && m.mention().end() <= before && m.sentence() >= sentence.index() - 2 && better) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A region carries its seat's place but no id of its own, where an unlisted town has no id at all. */
    private static boolean region(LinkedMention m) {
        boolean unlistedTown = m.place().map(p -> p.geonameId().isEmpty()).orElse(false);
        return m.mention().ref().isEmpty() && !unlistedTown;
    }

    private static String lower(Token token) {
        return token.word().toLowerCase(Locale.ROOT);
    }
}
