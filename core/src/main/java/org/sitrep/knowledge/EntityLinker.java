package org.sitrep.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.Actor;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.nlp.Annotated;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Finds and links entity mentions: knowledge-base actors by alias (longest match first), capitals used as states,
 * places from the gazetteer (correcting the NER's type where a known city was taken for a person), and the
 * remaining NER names, with surnames linked to the full name used elsewhere in the article.
 */
public final class EntityLinker {
    /** A place this populous is a place even where the NER guessed a person or organisation. */
    private static final long MAJOR_POPULATION = 50_000;
    /** The longest run of proper nouns read as one place name when finding the article's country. */
    private static final int MAX_NAME_WORDS = 3;
    /** The tags of round brackets. */
    private static final String OPENING = "-LRB-";
    private static final String CLOSING = "-RRB-";

    private final KnowledgeBase knowledge;
    private final Gazetteer gazetteer;
    private final LanguagePack pack;
    private final PlaceCues cues;
    private final LocativeUse locative;
    private final ArticleNames articleNames;
    private final RegionalDescriptions regional;
    /** The ISO code of the country each state actor governs: Syria's, and the Syrian government's through it. */
    private final Map<String, String> countryOfState = new HashMap<>();

    public EntityLinker(KnowledgeBase knowledge, Gazetteer gazetteer, LanguagePack pack) {
        this.knowledge = knowledge;
        this.gazetteer = gazetteer;
        this.pack = pack;
        this.cues = new PlaceCues(pack, gazetteer);
        this.locative = new LocativeUse(pack);
        this.articleNames = new ArticleNames(pack, locative);
        for (Actor actor : knowledge.actors()) {
            gazetteer.country(actor.id()).ifPresent(country -> {
                countryOfState.put(actor.id(), country.countryCode());
                actor.memberOf().ifPresent(state -> countryOfState.putIfAbsent(state, country.countryCode()));
            });
        }
        this.regional = new RegionalDescriptions(knowledge, countryOfState);
    }

    public Linked link(Annotated annotated) {
        String text = annotated.article().text();
        ArticleCountries countries = articleCountries(annotated);
        Optional<String> country = countries.main();
        List<LinkedMention> mentions = new ArrayList<>();
        for (Sentence sentence : annotated.sentences()) {
            boolean[] covered = new boolean[sentence.tokens().size()];
            linkActors(text, sentence, covered, mentions);
            int before = mentions.size();
            linkNamedEntities(text, sentence, covered, countries, mentions);
            linkAssailants(text, sentence, mentions);
            if (isHeading(sentence)) {
                // In a title-case heading every word looks like a name: keep only what the knowledge links.
                List<LinkedMention> added = mentions.subList(before, mentions.size());
                added.removeIf(m -> m.actor().isEmpty() && m.place().isEmpty());
            }
        }
        List<LinkedMention> resolved = new ArrayList<>(regional.apply(
                articleNames.resolve(annotated, mentions, placesByName(annotated, mentions)), country));
        // an area named after its town first, so that "the province" in a later sentence can mean it
        List<LinkedMention> namesakes = new ArrayList<>();
        for (Sentence sentence : annotated.sentences()) {
            namesakes.addAll(cues.namesakeAreas(sentence, resolved));
        }
        resolved.addAll(namesakes);
        List<LinkedMention> anaphora = new ArrayList<>();
        for (Sentence sentence : annotated.sentences()) {
            anaphora.addAll(cues.anaphora(annotated.sentences(), sentence, resolved));
        }
        resolved.addAll(anaphora);
        resolved.sort(Comparator.comparingInt((LinkedMention m) -> m.mention().start()));
        return new Linked(annotated, resolved);
    }

    private void linkActors(String text, Sentence sentence, boolean[] covered, List<LinkedMention> out) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (covered[i]) {
                continue;
            }
            for (int n = Math.min(knowledge.longestAlias(), tokens.size() - i); n >= 1; n--) {
                int last = i + n - 1;
                String phrase = text.substring(tokens.get(i).begin(), tokens.get(last).end());
                Optional<Actor> alias = lowerCaseNotName(phrase) ? Optional.empty() : knowledge.byAlias(phrase);
                Optional<Actor> unmarked = alias.isPresent() || lowerCaseNotName(phrase) ? Optional.empty()
                        : lostPossessive(text, tokens, i, last);
                Optional<Actor> exact = alias.or(() -> unmarked);
                int first = i;
                if (exact.isPresent()) {
                    first = nerName(tokens, i, last, exact.get(), covered);
                    if (first < 0 && unmarked.isPresent()) {
                        first = i; // "Raqqa Islamic States power base": the NER's place swept in a lost possessive
                    }
                    if (first < 0) {
                        continue; // the NER's name stands: neither this actor nor a description of one
                    }
                }
                Optional<Actor> described = exact.isPresent() || !tokens.get(last).isNoun()
                        || (last + 1 < tokens.size() && tokens.get(last + 1).isNoun()
                        && !tokens.get(last + 1).isProperNoun())
                        ? Optional.empty() : knowledge.byDescriptor(phrase).or(() -> counted(sentence, last)
                        ? knowledge.byDescriptor(phrase + "s") : Optional.empty());
                Optional<Actor> actor = exact.or(() -> described);
                if (actor.isPresent() && !isInsideLargerName(tokens, i, last, exact.isPresent())) {
                    // the NER's reading of a name that lost its apostrophe ("Russias": MISC) says nothing of it
                    EntityType type = unmarked.isPresent() ? typeOf(actor.get(), true)
                            : nerType(tokens, i, last, actor.get(), typeOf(actor.get(), exact.isPresent()));
                    Optional<Place> country = type == EntityType.COUNTRY && (inCountry(sentence, last)
                            || invaded(pack, sentence, last, phrase,
                            gazetteer.country(actor.get().id())))
                            ? gazetteer.country(actor.get().id()) : Optional.empty();
                    first = first < i ? first : withoutArticle(tokens, i, last);
                    String name = text.substring(tokens.get(first).begin(), tokens.get(last).end());
                    out.add(actorMention(sentence, first, last, name, tokens, type, actor.get(), 0.9, country));
                    if (exact.isEmpty()) {
                        innerName(text, sentence, first, last).ifPresent(out::add);
                    }
                    for (int k = first; k <= last; k++) {
                        covered[k] = true;
                    }
                    i = last;
                    break;
                }
            }
        }
    }

    /**
     * "Suicide bombers blew themselves up", "gunmen opened fire": attackers the text describes but does not name are
     * an armed actor of their own, named by the description (ACLED's unidentified armed group), never a known side.
     */
    private void linkAssailants(String text, Sentence sentence, List<LinkedMention> out) {
        List<Token> tokens = sentence.tokens();
        boolean[] named = LinkedMention.covered(out, sentence);
        for (Token noun : tokens) {
            if (named[noun.index()] || !noun.isNoun() || noun.isProperNoun()
                    || !assailant(sentence, noun)) {
                continue;
            }
            // "Russian bombers", "ISIS gunmen" are that side's; "Tu-22M3 bombers" are aircraft
            boolean owned = sentence.children(noun.index()).stream()
                    .filter(d -> d.relation().startsWith("compound") || d.relation().equals("amod")
                            || d.relation().equals("nmod:poss"))
                    .anyMatch(d -> named[d.dependent()] || isModelName(tokens.get(d.dependent())));
            if (owned) {
                continue;
            }
            int first = noun.index();
            while (first > 0 && !named[first - 1] && sentence.head(first - 1)
                    .filter(d -> d.governor() == noun.index()
                            && (d.relation().startsWith("compound") || d.relation().equals("amod"))).isPresent()) {
                first--; // "suicide bombers", "unidentified gunmen"
            }
            String phrase = text.substring(tokens.get(first).begin(), noun.end());
            String name = phrase.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + phrase.substring(1);
            out.add(new LinkedMention(sentence.index(), first, noun.index(), new Mention(phrase,
                    tokens.get(first).begin(), noun.end(), EntityType.ARMED_GROUP, name, Optional.empty(),
                    Optional.empty(), Optional.empty(), 0.6), Optional.empty(), Optional.empty()));
            Arrays.fill(named, first, noun.index() + 1, true);
        }
    }

    /** The noun, or its modifier and the noun ("suicide bomber": a "bomber" alone may be an aircraft), is listed. */
    private boolean assailant(Sentence sentence, Token noun) {
        String lemma = noun.lemma().toLowerCase(java.util.Locale.ROOT);
        return pack.has(WordList.ASSAILANT_NOUNS, lemma) || sentence.children(noun.index()).stream()
                .filter(d -> d.relation().startsWith("compound") || d.relation().equals("amod"))
                .anyMatch(d -> pack.has(WordList.ASSAILANT_NOUNS,
                        sentence.tokens().get(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT) + " " + lemma));
    }

    /**
     * "Assads regime", "Russias military": an actor's name whose possessive lost its apostrophe (some corpora strip
     * them all), read as the name where what follows the name's final "s" is a known alias, or a noun it owns.
     */
    private Optional<Actor> lostPossessive(String text, List<Token> tokens, int first, int last) {
        Token owner = tokens.get(first);
        String word = owner.word();
        boolean owns = last + 1 < tokens.size() && (tokens.get(last + 1).isNoun()
                || tokens.get(last + 1).pos().startsWith("JJ")) && !tokens.get(last + 1).isProperNoun();
        if (first < last && owns && lostApostrophe(tokens.get(last).word())) {
            // "Islamic States power base": a name of several words whose last lost its apostrophe
            return knowledge.byAlias(text.substring(owner.begin(), tokens.get(last).end() - 1));
        }
        if (!lostApostrophe(word) || !(first < last || owns)) {
            return Optional.empty();
        }
        String rest = text.substring(owner.end(), tokens.get(last).end());
        return knowledge.byAlias(word.substring(0, word.length() - 1) + rest);
    }

    /** A capitalised word ending in a single "s", as a name's possessive reads without its apostrophe. */
    private boolean lostApostrophe(String word) {
        return pack.namesCapitalised() && word.length() > 3 && Character.isUpperCase(word.charAt(0))
                && word.endsWith("s") && !word.endsWith("ss");
    }

    /**
     * The name a description of an actor opens with ("Iraqi" of "Iraqi troops", "U.S." of "U.S. forces"): a
     * mention of its own inside the description's, a nationality or a known actor, or else as the NER typed it.
     */
    private Optional<LinkedMention> innerName(String text, Sentence sentence, int first, int last) {
        List<Token> tokens = sentence.tokens();
        String ner = tokens.get(first).ner();
        if (first == last || !isName(ner) || !Character.isUpperCase(tokens.get(first).word().charAt(0))) {
            return Optional.empty();
        }
        int end = first;
        while (end + 1 < last && inName(tokens.get(end + 1), ner)) {
            end++;
        }
        if (inName(tokens.get(end + 1), ner)) {
            return Optional.empty(); // the NER's name is the whole description
        }
        String phrase = text.substring(tokens.get(first).begin(), tokens.get(end).end());
        Optional<Actor> actor = knowledge.byAlias(phrase);
        if (actor.isPresent() && nerName(tokens, first, end, actor.get(), new boolean[tokens.size()]) == first) {
            EntityType type = nerType(tokens, first, end, actor.get(), typeOf(actor.get(), true));
            return Optional.of(actorMention(sentence, first, end, phrase, tokens, type, actor.get(), 0.85,
                    Optional.empty()));
        }
        return linkSpan(text, sentence, first, end, ner, ArticleCountries.NONE, false);
    }

    /**
     * Where the NER's reading of an alias's words allows the actor, the first token of the actor's mention; else -1.
     * An alias that is only part of a longer person, organisation or other name ("Jordan" of "Neil Jordan", "U.S."
     * of "U.S. Open", "Red Cross" of "North Korean Red Cross") is not the actor, nor a state's name the NER reads as
     * a person ("Jordan said"). A person's surname ending a longer person's name is that person, the whole name
     * its mention, where the first names share their initial ("Sergey Lavrov" for Sergei Lavrov; "Hafez al-Assad"
     * is not Bashar). A place's name stays open to the words naming a part of it ("Northern Iraq" is still Iraq),
     * not to others ("South China", "South China Sea" are places of their own).
     */
    private int nerName(List<Token> tokens, int from, int last, Actor actor, boolean[] covered) {
        int first = nameStart(tokens, from, last);
        String ner = tokens.get(first).ner();
        if (!isName(ner)) {
            return from;
        }
        int start = first;
        while (start > 0 && inName(tokens.get(start - 1), ner)) {
            start--;
        }
        int end = first;
        while (end + 1 < tokens.size() && inName(tokens.get(end + 1), ner)
                && (end + 1 <= last || Character.isUpperCase(tokens.get(end + 1).word().charAt(0)))) {
            end++; // past the alias, a name goes on in capitalised words: "Islamic State-held" is the actor's
        }
        if (ner.equals("LOCATION")) {
            return end <= last && tokens.subList(start, first).stream().allMatch(t -> pack.has(
                    WordList.PART_MODIFIERS, t.word().toLowerCase(java.util.Locale.ROOT))) ? from : -1;
        }
        if (end < last) {
            return from; // the alias reaches beyond the NER's name: the knowledge's longer name stands
        }
        if (ner.equals("PERSON") && actor.kind() == Actor.ActorKind.PERSON && end == last && start < first) {
            for (int k = start; k < first; k++) {
                if (covered[k]) {
                    return -1;
                }
            }
            return givenNamesAgree(tokens.subList(start, first), actor) ? start : -1;
        }
        if (start < first || end > last) {
            return -1;
        }
        return ner.equals("PERSON") && actor.kind() == Actor.ActorKind.STATE ? -1 : from;
    }

    /**
     * Whether the words before a known person's surname are that person's: each a word of the person's name or
     * aliases ("Tayyip" of Recep Tayyip Erdogan), or the first sharing the name's initial (a spelling: "Sergey" for
     * Sergei).
     */
    private boolean givenNamesAgree(List<Token> named, Actor actor) {
        // "Mr. Trump": a courtesy title names no given name, so the surname's person stands
        List<Token> given = named.stream()
                .filter(t -> !pack.has(WordList.COURTESY_TITLES, t.word().toLowerCase(java.util.Locale.ROOT)))
                .toList();
        if (given.isEmpty()) {
            return true;
        }
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String name : actor.aliases()) {
            words.addAll(List.of(Names.fold(name).split("[\\s-]+")));
        }
        words.addAll(List.of(Names.fold(actor.name()).split("[\\s-]+")));
        boolean all = given.stream().allMatch(t -> words.contains(Names.fold(t.word())));
        return all || Character.toLowerCase(given.get(0).word().charAt(0)) == Character.toLowerCase(actor.name().charAt(0));
    }

    /**
     * The type the NER gives an actor's name where it reads it otherwise than the knowledge's kind: a state's
     * alias read as an organisation is its institution ("the Pentagon"), though the state's own name stays the
     * country ("UNITED STATES" heading a market report); a name read as a nationality, religion or other name stays
     * that ("U.S.-led", "Kurds"), the actor still linked.
     */
    private static EntityType nerType(List<Token> tokens, int from, int last, Actor actor, EntityType type) {
        int first = nameStart(tokens, from, last);
        String ner = tokens.get(first).ner();
        for (int k = first; k <= last; k++) {
            if (!tokens.get(k).ner().equals(ner)) {
                return type;
            }
        }
        if (ner.equals("MISC") && type != EntityType.PERSON) {
            return EntityType.MISC;
        }
        String phrase = tokens.subList(first, last + 1).stream().map(Token::word)
                .collect(java.util.stream.Collectors.joining(" "));
        return ner.equals("ORGANIZATION") && type == EntityType.COUNTRY && !phrase.equalsIgnoreCase(actor.name())
                ? EntityType.ORGANIZATION : type;
    }

    /**
     * The first token of a phrase's name past a lower-case article the NER leaves outside it ("the Kurds" names
     * "Kurds"); the phrase's first token where its words are not all the NER's name ("the Syrian army").
     */
    private static int withoutArticle(List<Token> tokens, int first, int last) {
        int start = nameStart(tokens, first, last);
        for (int k = start; k <= last; k++) {
            if (!isName(tokens.get(k).ner())) {
                return first;
            }
        }
        return start;
    }

    /** A word the NER puts in a name of its type; quotation marks it sometimes includes are none. */
    private static boolean inName(Token token, String ner) {
        return token.ner().equals(ner) && !isQuote(token);
    }

    /** The first word of a phrase past a lower-case article the NER leaves outside the name ("the Pentagon"). */
    private static int nameStart(List<Token> tokens, int first, int last) {
        int start = first;
        while (start < last && tokens.get(start).ner().equals("O")
                && Character.isLowerCase(tokens.get(start).word().charAt(0))) {
            start++;
        }
        return start;
    }

    /** "Hezbollah" inside "Hezbollah Street" or an alias inside a longer capitalized name is not that actor. */
    private static boolean isInsideLargerName(List<Token> tokens, int first, int last, boolean exact) {
        if (!exact) {
            return false;
        }
        boolean before = first > 0 && tokens.get(first - 1).isProperNoun() && tokens.get(first - 1).ner().equals("ORGANIZATION");
        boolean after = last + 1 < tokens.size() && tokens.get(last + 1).isProperNoun()
                && !tokens.get(last + 1).ner().equals("O") && tokens.get(last).ner().equals(tokens.get(last + 1).ner())
                && !tokens.get(last).ner().equals("PERSON");
        return before || after;
    }

    /**
     * An actor's mention; a country named as where something happens ("in Syria") is its place as well, referred to
     * by its GeoNames id.
     */
    private LinkedMention actorMention(Sentence sentence, int first, int last, String phrase, List<Token> tokens,
                                       EntityType type, Actor actor, double confidence, Optional<Place> country) {
        Mention mention = new Mention(phrase, tokens.get(first).begin(), tokens.get(last).end(), type, actor.name(),
                Optional.of(country.map(Place::geonameId).orElse(actor.id())), country.map(Place::lat),
                country.map(Place::lon), confidence);
        return new LinkedMention(sentence.index(), first, last, mention, Optional.of(actor), country);
    }

    /**
     * Whether a country name is marked by a preposition of being inside it ("in Syria"), not "to" or "on" it: its
     * case marker, or in a sentence left unparsed the word right before it (the same answer wherever it matters).
     */
    private boolean inCountry(Sentence sentence, int token) {
        List<Token> markers = sentence.dependencies().isEmpty()
                ? (token > 0 ? List.of(sentence.tokens().get(token - 1)) : List.of())
                : sentence.children(token, "case");
        // "deployed advisers to Iraq": a destination of a verb is where the deed goes; "aid to Iraq" names a recipient
        boolean onVerb = sentence.head(token).filter(h -> h.relation().startsWith("obl") && h.governor() >= 0
                && sentence.tokens().get(h.governor()).isVerb()).isPresent();
        // "pulled out of Iraq", "get our troops out of Syria": a country a deed leaves is where it happens; the
        // particle may be the country's own marker or an adverb of the verb the country hangs on
        boolean leftBehind = onVerb && markers.stream().anyMatch(marker -> pack.has(
                WordList.COUNTRY_DEPARTURE_PREPOSITIONS, marker.word().toLowerCase(java.util.Locale.ROOT)))
                || sentence.head(token).filter(h -> h.relation().startsWith("obl") && h.governor() >= 0
                && pack.has(WordList.COUNTRY_DEPARTURE_PREPOSITIONS, sentence.tokens().get(h.governor()).word()
                .toLowerCase(java.util.Locale.ROOT))).flatMap(h -> sentence.head(h.governor()))
                .filter(a -> (a.relation().equals("advmod") || a.relation().equals("compound:prt"))
                        && a.governor() >= 0 && sentence.tokens().get(a.governor()).isVerb()).isPresent();
        // "captured large parts of Iraq", "a swath of northern Syria": a country a part noun divides is a place
        boolean divided = sentence.head(token).filter(h -> h.relation().startsWith("nmod") && h.governor() >= 0
                && pack.has(WordList.PART_NOUNS, sentence.tokens().get(h.governor()).word()
                .toLowerCase(java.util.Locale.ROOT))).isPresent() && markers.stream().anyMatch(marker -> pack.has(
                WordList.OWNER_PREPOSITIONS, marker.word().toLowerCase(java.util.Locale.ROOT)));
        // "pilots operating over Syria", "surveillance flights over Iraq": an air deed above a country is in it
        boolean overflown = markers.stream().anyMatch(marker -> pack.has(WordList.OVERFLIGHT_PREPOSITIONS,
                marker.word().toLowerCase(java.util.Locale.ROOT))) && sentence.head(token).filter(h -> h.governor() >= 0
                && pack.has(WordList.AIRBORNE_WORDS, sentence.tokens().get(h.governor()).lemma()
                .toLowerCase(java.util.Locale.ROOT))).isPresent();
        return leftBehind || divided || overflown || visited(sentence, token)
                || markers.stream().anyMatch(marker -> pack.has(WordList.COUNTRY_PREPOSITIONS,
                marker.word().toLowerCase(java.util.Locale.ROOT)) || onVerb && pack.has(
                WordList.COUNTRY_DESTINATION_PREPOSITIONS, marker.word().toLowerCase(java.util.Locale.ROOT)));
    }

    /** Whether the token is the object of a verb of visiting ("visits Israel"): the place the visit is at. */
    private boolean visited(Sentence sentence, int token) {
        return sentence.head(token).filter(h -> h.relation().equals("obj") && h.governor() >= 0
                && sentence.tokens().get(h.governor()).isVerb() && pack.has(WordList.VISIT_VERBS,
                sentence.tokens().get(h.governor()).lemma().toLowerCase(java.util.Locale.ROOT))).isPresent();
    }

    /**
     * Whether a country, by its own name, is the object of a verb of invading ("invaded Iraq", "entered Syria") or
     * the "of" phrase of such a noun ("the occupation of Iraq"): where the deed is. A name that only stands for the
     * state ("entering the White House") is none.
     */
    private static boolean invaded(LanguagePack pack, Sentence sentence, int token, String phrase,
                                   Optional<Place> country) {
        return sentence.head(token).filter(h -> h.governor() >= 0).filter(h -> {
            Token governor = sentence.tokens().get(h.governor());
            boolean invasion = pack.has(WordList.INVASION_WORDS, governor.lemma().toLowerCase(Locale.ROOT));
            return invasion && (h.relation().equals("obj") && governor.isVerb()
                    || h.relation().equals("nmod") && governor.isNoun() && sentence.children(token, "case").stream()
                    .anyMatch(c -> pack.has(WordList.OWNER_PREPOSITIONS, c.word().toLowerCase(Locale.ROOT))));
        }).isPresent() && country.filter(c -> Names.fold(c.name()).equals(Names.fold(phrase))).isPresent();
    }

    /** The mention type of an actor: a state named by its country's name is a country, else its government. */
    public static EntityType typeOf(Actor actor, boolean byName) {
        return switch (actor.kind()) {
            case STATE -> byName && !actor.name().contains(" government") ? EntityType.COUNTRY : EntityType.ORGANIZATION;
            case ARMED_GROUP, COALITION -> EntityType.ARMED_GROUP;
            case ORGANISATION -> EntityType.ORGANIZATION;
            case PERSON -> EntityType.PERSON;
        };
    }

    private void linkNamedEntities(String text, Sentence sentence, boolean[] covered, ArticleCountries countries,
                                   List<LinkedMention> out) {
        Optional<String> country = countries.main();
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            String ner = token.ner();
            // a proper noun the time finder typed ("in August", "on Monday") is a date, never a name or a place
            boolean candidate = !covered[i] && (isName(ner) || token.isProperNoun() && ner.equals("O")
                    || possessivePlace(text, tokens, i, i, country).isPresent());
            if (!candidate) {
                i++;
                continue;
            }
            int last = i;
            while (last + 1 < tokens.size() && !covered[last + 1] && sameName(tokens.get(last + 1), ner)) {
                last++;
            }
            if (ner.equals("PERSON") && regnalNumber(tokens, last + 1)) {
                last++; // "Elizabeth I", "Charles VI": the number is part of the name
            }
            // Quotation marks and unclosed brackets are never part of a name ("“Southern Operations Room" is the
            // name inside them, "Hizbollah ( Party of God )" two names; "Mladost ( BJ )" one), nor are verbs the NER
            // swept into one ("Rebels shelled Binnish": all MISC).
            int first = i;
            while (first <= last && (isQuote(tokens.get(first)) || isLowerCaseVerb(tokens.get(first))
                    || tokens.get(first).pos().equals(OPENING) && !has(tokens, first, last, CLOSING))) {
                first++;
            }
            int end = last;
            while (end >= first && (isQuote(tokens.get(end)) || tokens.get(end).pos().equals(",")
                    || tokens.get(end).pos().equals(CLOSING) && !has(tokens, first, end, OPENING))) {
                end--;
            }
            if (first < end && placeBeforePossessive(text, tokens, first, end, country)) {
                end--; // "Aleppo Syrias most populous": the NER's one name is the place, then another's possessive
            }
            if (first < end && ner.equals("LOCATION") && placeBeforeGluedWord(text, tokens, first, end, country)) {
                end--; // "attacks on Aleppo Also snipers": a place, then the next sentence's first word
            }
            if (first <= end && !isRemnant(tokens, first, end) && !isPartOfNamedPlace(tokens, first, end, covered)) {
                int whole = cues.extend(text, sentence, first, end, covered, country);
                Optional<LinkedMention> linked = linkSpan(text, sentence, first, whole, ner, countries, whole > end);
                // "the Zaara generating station", "JFK Airport": a named facility where the name is no place or
                // actor known
                Optional<LinkedMention> site = linked.filter(m -> m.place().isPresent() || m.actor().isPresent())
                        .isPresent() || ner.equals("MISC") ? Optional.empty()
                        : site(text, sentence, first, whole, covered, country);
                int nameStart = first;
                site.ifPresent(m -> out.removeIf(cut -> cut.sentence() == m.sentence()
                        && cut.firstToken() >= m.firstToken() && cut.lastToken() < nameStart));
                site.or(() -> linked).ifPresent(out::add);
                last = Math.max(last, site.map(LinkedMention::lastToken).orElse(whole));
            }
            i = last + 1;
        }
    }

    /**
     * A facility the name names that no gazetteer lists ("the Zaara generating station", "JFK Airport"), as a place
     * by its whole name, as an analyst writes it, located at the article's country: not a person or an organisation a
     * deed is done to. Not a site of a town the gazetteer knows ("Los Angeles International Airport"), which an
     * analyst places at the town, nor where the article's country is unknown.
     */
    private Optional<LinkedMention> site(String text, Sentence sentence, int first, int last, boolean[] covered,
                                         Optional<String> country) {
        List<Token> tokens = sentence.tokens();
        Optional<PlaceCues.SiteName> site = country.isEmpty() ? Optional.empty()
                : cues.site(sentence, first, last, covered);
        if (site.isEmpty()) {
            return Optional.empty();
        }
        int start = site.get().first();
        int noun = site.get().last();
        for (int k = start; k < noun; k++) {
            Optional<Place> town = gazetteer.resolve(text.substring(tokens.get(start).begin(), tokens.get(k).end()),
                    country);
            if (town.filter(p -> p.population() >= MAJOR_POPULATION || p.countryCode().equals(country.get()))
                    .isPresent()) {
                return Optional.empty();
            }
        }
        String phrase = text.substring(tokens.get(start).begin(), tokens.get(noun).end());
        return gazetteer.unlisted(displayName(phrase), country.get()).map(place -> new LinkedMention(
                sentence.index(), start, noun, new Mention(phrase, tokens.get(start).begin(), tokens.get(noun).end(),
                EntityType.LOCATION, displayName(phrase), Optional.empty(), Optional.of(place.lat()),
                Optional.of(place.lon()), 0.7), Optional.empty(), Optional.of(place)));
    }

    /**
     * What an actor's name leaves of the NER's name when it is a compound modifier ("-held" of "Islamic State-held"):
     * a hyphen and lower-case words, no name in a language whose names are capitalised.
     */
    private boolean isRemnant(List<Token> tokens, int first, int end) {
        return pack.namesCapitalised() && first > 0 && tokens.get(first).word().equals("-")
                && tokens.get(first).begin() == tokens.get(first - 1).end()
                && tokens.subList(first, end + 1).stream().noneMatch(t -> t.word().chars().anyMatch(Character::isUpperCase));
    }

    /**
     * "Northern" of "Northern Iraq" where the actor took "Iraq": a word naming a part of the place after it is no
     * name of its own.
     */
    private boolean isPartOfNamedPlace(List<Token> tokens, int first, int end, boolean[] covered) {
        if (end + 1 >= tokens.size() || !covered[end + 1]) {
            return false;
        }
        for (int k = first; k <= end; k++) {
            if (!pack.has(WordList.PART_MODIFIERS, tokens.get(k).word().toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isName(String ner) {
        return ner.equals("PERSON") || ner.equals("LOCATION") || ner.equals("ORGANIZATION") || ner.equals("MISC");
    }

    private static boolean sameName(Token next, String ner) {
        return isName(ner) ? next.ner().equals(ner) : next.isProperNoun() && next.ner().equals("O");
    }

    /**
     * "one opposition fighter": a counted singular is one of the plural a description names ("opposition
     * fighters"); an uncounted one ("a U.S. force") stays with the name it opens with.
     */
    private static boolean counted(Sentence sentence, int noun) {
        return sentence.tokens().get(noun).pos().equals("NN")
                && !sentence.children(noun, "nummod").isEmpty();
    }

    /** "Tu-22M3", "B-52": a name or a designation, not a word describing people. */
    private static boolean isModelName(Token token) {
        return token.isProperNoun() || token.word().chars().anyMatch(Character::isDigit);
    }

    private boolean isLowerCaseVerb(Token token) {
        return pack.namesCapitalised() && token.isVerb() && Character.isLowerCase(token.word().charAt(0));
    }

    /**
     * A Roman numeral after a person's name ("Baudouin I", "Pedro II"); "I" before a finite verb is the speaker
     * ("Elizabeth I think").
     */
    private boolean regnalNumber(List<Token> tokens, int k) {
        if (!pack.namesCapitalised() || k >= tokens.size() || !tokens.get(k).word().matches("[IVX]{1,5}")
                || !tokens.get(k).ner().equals("O")) {
            return false;
        }
        Optional<Token> next = k + 1 < tokens.size() ? Optional.of(tokens.get(k + 1)) : Optional.empty();
        return !tokens.get(k).word().equals("I") || next.map(t -> !List.of("VBD", "VBP", "VBZ", "MD")
                .contains(t.pos())).orElse(true);
    }

    private static boolean has(List<Token> tokens, int first, int last, String pos) {
        return tokens.subList(first, last + 1).stream().anyMatch(t -> t.pos().equals(pos));
    }

    private static boolean isQuote(Token token) {
        return token.pos().equals("``") || token.pos().equals("''");
    }

    private Optional<LinkedMention> linkSpan(String text, Sentence sentence, int first, int last, String ner,
                                             ArticleCountries countries, boolean extended) {
        Optional<String> country = countries.main();
        List<Token> tokens = sentence.tokens();
        String phrase = text.substring(tokens.get(first).begin(), tokens.get(last).end());
        int begin = tokens.get(first).begin();
        int end = tokens.get(last).end();
        if (ner.equals("MISC") || (ner.equals("O") && first == last && tokens.get(first).pos().equals("JJ"))) {
            Optional<Actor> state = knowledge.byAdjective(phrase);
            if (state.isPresent()) {
                return Optional.of(new LinkedMention(sentence.index(), first, last, new Mention(phrase, begin, end,
                        EntityType.NATIONALITY, state.get().name(), Optional.of(state.get().id()), Optional.empty(),
                        Optional.empty(), 0.85), state, Optional.empty()));
            }
        }
        Optional<Actor> state = knowledge.byMetonym(phrase);
        if (state.isPresent() && !ner.equals("PERSON") && !locative.isLocative(sentence, last)) {
            return Optional.of(actorMention(sentence, first, last, phrase, tokens, EntityType.COUNTRY, state.get(), 0.8,
                    Optional.empty()));
        }
        Optional<Place> named = gazetteer.resolve(phrase, country);
        Optional<String> possessive = named.isPresent() ? Optional.empty()
                : possessivePlace(text, tokens, first, last, country);
        Optional<Place> place = named.or(() -> possessive.flatMap(stem -> gazetteer.resolve(stem, country)));
        String placeName = possessive.orElse(phrase);
        boolean placeByNer = ner.equals("LOCATION");
        // Correct the NER only where the evidence is strong: a big place, in the country the article is about,
        // whose name it took for a person (Hama, Homs, "Deir ez-Zor") or cut short ("Deir" of "Deir ez-Zor"), or
        // for an organisation when the place is a capital or a provincial seat used as a place ("Aleppo fell", "in
        // Aleppo"). Teams named after cities ("Baltimore 's Eddie Murray", a table of clubs) and surnames shared with
        // foreign cities stay as the NER typed them.
        boolean majorPlace = place.isPresent() && place.get().population() >= MAJOR_POPULATION
                && (first == last || extended || ner.equals("PERSON")) && !ner.equals("MISC")
                && (!ner.equals("ORGANIZATION") || place.get().isMajor() && locative.isLocative(sentence, last))
                && country.map(place.get().countryCode()::equals).orElse(false);
        // "the town of al-Bab", "Deir Ezzor city": the words around the name say it is a place of the article's
        // country; a place noun of its own ("the Syrian city of Kobani" in a story from Iraq that names Syria) says so
        // of a place of any country the article names, which is no town the gazetteer lacks
        boolean cuedPlace = place.isPresent() && (country.map(place.get().countryCode()::equals).orElse(false)
                && cues.cued(sentence, first, last) || countries.named().contains(place.get().countryCode())
                && cues.classNamed(sentence, first, last));
        // a lost possessive of a place of the article's country owning a noun is a place whatever the NER guessed
        // of the unfamiliar word ("Idlibs" as a person)
        if (place.isPresent() && (placeByNer || majorPlace || cuedPlace || possessive.isPresent())) {
            Place p = place.get();
            // "Idlib province" is the region, not the town: its own name, no town id (located at the town)
            Optional<Token> region = cues.region(sentence, first, last);
            // one province, however many the phrase names ("the provinces of X and Y": "X province", "Y province")
            boolean bordering = region.isEmpty() && cues.borderingAreas(sentence, first, last);
            String name = region.map(r -> displayName(placeName) + " " + r.lemma().toLowerCase(java.util.Locale.ROOT))
                    .or(() -> bordering ? Optional.of(displayName(placeName) + " "
                            + pack.words(WordList.ADMIN_AREA_NOUNS).get(0)) : Optional.empty())
                    .orElse(displayName(placeName));
            // "Idlib province" is one mention, so that the parse's head of the phrase ("province") finds it
            int regionLast = region.filter(r -> r.index() == last + 1).map(Token::index).orElse(last);
            String mentionText = text.substring(begin, tokens.get(regionLast).end());
            return Optional.of(new LinkedMention(sentence.index(), first, regionLast, new Mention(mentionText, begin,
                    tokens.get(regionLast).end(), EntityType.LOCATION, name,
                    region.isPresent() || bordering ? Optional.empty() : Optional.of(p.geonameId()),
                    Optional.of(p.lat()), Optional.of(p.lon()), placeByNer ? 0.9 : 0.75), Optional.empty(), place));
        }
        // not a name the NER takes for a person or an organisation: that stays one unless the article names it as a
        // place elsewhere, as for any place
        Optional<Place> seat = ner.equals("PERSON") || ner.equals("ORGANIZATION") ? Optional.empty()
                : gazetteer.region(phrase);
        if (seat.isPresent()) {
            // "Eastern Ghouta", "Anbar": an area by its own name, located at its seat, with no id of its own
            return Optional.of(new LinkedMention(sentence.index(), first, last, new Mention(phrase, begin, end,
                    EntityType.LOCATION, displayName(phrase), Optional.empty(), Optional.of(seat.get().lat()),
                    Optional.of(seat.get().lon()), 0.75), Optional.empty(), seat));
        }
        // "the town of Hass", "al-Rahjan village": a name the gazetteer lacks that the text calls a town of the
        // article's country is a place by its name, so that a deed there is placed at it, not at its province; "the
        // Sunni town", "a Druze village" say who lives there, not the town's name
        Optional<Place> unlisted = ner.equals("ORGANIZATION") || !cues.town(sentence, first, last)
                || first == last && pack.has(WordList.GROUP_NOUNS, tokens.get(first).lemma().toLowerCase(Locale.ROOT))
                || !wholeName(text, tokens, first, last, country)
                ? Optional.empty() : country.flatMap(code -> gazetteer.unlisted(displayName(phrase), code));
        if (unlisted.isPresent()) {
            return Optional.of(new LinkedMention(sentence.index(), first, last, new Mention(phrase, begin, end,
                    EntityType.LOCATION, displayName(phrase), Optional.empty(), Optional.of(unlisted.get().lat()),
                    Optional.of(unlisted.get().lon()), 0.7), Optional.empty(), unlisted));
        }
        EntityType type = switch (ner) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            case "MISC" -> EntityType.MISC;
            default -> null;
        };
        if (type == null) {
            return Optional.empty();
        }
        String canonical = phrase.startsWith("the ") ? phrase.substring(4) : phrase;
        return Optional.of(new LinkedMention(sentence.index(), first, last, new Mention(phrase, begin, end, type,
                canonical, Optional.empty(), Optional.empty(), Optional.empty(), 0.7), Optional.empty(),
                Optional.empty()));
    }

    /**
     * "Aleppos eastern districts", "Deir Ezzors countryside": a name of a place in the article's country whose
     * possessive lost its apostrophe (some corpora strip them all): the name without its final "s", where the name as
     * written is no place and a common noun or adjective the place owns follows. The mention keeps the written token;
     * only its place is the stem's. A name that is a place as written ("Homs", "Kilis") never comes here.
     */
    private Optional<String> possessivePlace(String text, List<Token> tokens, int first, int last,
                                             Optional<String> country) {
        Token owner = tokens.get(last);
        boolean owns = last + 1 < tokens.size() && (tokens.get(last + 1).isNoun()
                || tokens.get(last + 1).pos().startsWith("JJ")) && !tokens.get(last + 1).isProperNoun();
        if (country.isEmpty() || !owns || !lostApostrophe(owner.word())
                || !gazetteer.candidates(text.substring(tokens.get(first).begin(), owner.end())).isEmpty()) {
            return Optional.empty();
        }
        String stem = text.substring(tokens.get(first).begin(), owner.end() - 1);
        return gazetteer.resolve(stem, country).filter(p -> p.countryCode().equals(country.get())).map(p -> stem);
    }

    /**
     * "Aleppo Syrias most populous city": a name of a place of the article's country, then a known place's or
     * actor's possessive that lost its apostrophe (and the comma before it), which the NER read as one name that is
     * no place, as written or without its final "s".
     */
    private boolean placeBeforePossessive(String text, List<Token> tokens, int first, int end,
                                          Optional<String> country) {
        Token owner = tokens.get(end);
        if (country.isEmpty() || !lostApostrophe(owner.word())) {
            return false;
        }
        String whole = text.substring(tokens.get(first).begin(), owner.end());
        String stem = owner.word().substring(0, owner.word().length() - 1);
        String before = text.substring(tokens.get(first).begin(), tokens.get(end - 1).end());
        return gazetteer.candidates(whole).isEmpty() && gazetteer.candidates(whole.substring(0, whole.length() - 1))
                .isEmpty() && (knowledge.byAlias(stem).isPresent() || !gazetteer.candidates(stem).isEmpty())
                && gazetteer.resolve(before, country).filter(p -> p.countryCode().equals(country.get())).isPresent();
    }

    /**
     * "attacks on Aleppo Also snipers", "Aleppo Terrorists targeted": a place of the article's country, then a
     * capitalised word the tagger reads as no name (a sentence's first word run on from a headline), which the NER
     * swept into one name that is no place.
     */
    private boolean placeBeforeGluedWord(String text, List<Token> tokens, int first, int end,
                                         Optional<String> country) {
        Token glued = tokens.get(end);
        if (country.isEmpty() || glued.isProperNoun() || !Character.isUpperCase(glued.word().charAt(0))
                || placeKindWord(glued)) {
            return false;
        }
        String whole = text.substring(tokens.get(first).begin(), glued.end());
        String before = text.substring(tokens.get(first).begin(), tokens.get(end - 1).end());
        return gazetteer.candidates(whole).isEmpty()
                && gazetteer.resolve(before, country).filter(p -> p.countryCode().equals(country.get())).isPresent();
    }

    /** A word for a kind of place, site or building, which is part of a name ("Mosul Dam", "Hama Province"). */
    private boolean placeKindWord(Token token) {
        String word = token.word().toLowerCase(Locale.ROOT);
        String lemma = token.lemma().toLowerCase(Locale.ROOT);
        return Stream.of(WordList.PLACE_CLASS_NOUNS, WordList.PLACE_HEAD_NOUNS, WordList.SITE_NOUNS,
                WordList.FACILITY_NOUNS, WordList.BUILDING_NOUNS, WordList.ADMIN_AREA_NOUNS)
                .anyMatch(list -> pack.has(list, word) || pack.has(list, lemma));
    }

    /**
     * Whether the words are a whole name of their own: not the end of a name the NER cut ("Kubra" of "Urum al
     * Kubra", a proper noun before it), nor a listed place behind a word it lost a possessive to ("Syrias Hasakeh").
     */
    private boolean wholeName(String text, List<Token> tokens, int first, int last, Optional<String> country) {
        if (first > 0 && (tokens.get(first - 1).isProperNoun() || tokens.get(first - 1).pos().equals("FW"))) {
            return false;
        }
        for (int k = first + 1; k <= last; k++) {
            if (gazetteer.resolve(text.substring(tokens.get(k).begin(), tokens.get(last).end()), country)
                    .isPresent()) {
                return false;
            }
        }
        return true;
    }

    /** The name readers know: the article's own spelling ("Hama", not GeoNames' "Ḩamāh"); the id is the ref. */
    private static String displayName(String phrase) {
        return phrase.startsWith("the ") ? phrase.substring(4) : phrase;
    }

    /**
     * The countries an article names by a place, a name or an adjective, and the main one: the country most of its
     * unambiguous places lie in, where ambiguous names are read. An article whose places are all ambiguous or unknown
     * ("Deir Ezzor", which the NER takes for a person) is read in the country it names most ("Syria", "Syrian").
     */
    private ArticleCountries articleCountries(Annotated annotated) {
        Map<String, Integer> byPlaces = new HashMap<>();
        Map<String, Integer> byName = new HashMap<>();
        for (Sentence sentence : annotated.sentences()) {
            for (Token token : sentence.tokens()) {
                // "Syrian" is tagged an adjective, "Syria" a proper noun
                knowledge.byAdjective(token.word()).or(() -> token.isProperNoun()
                                ? knowledge.byAlias(token.word()) : Optional.empty())
                        .map(actor -> countryOfState.get(actor.id()))
                        .ifPresent(country -> byName.merge(country, 1, Integer::sum));
                if (!token.isProperNoun()) {
                    continue;
                }
                // a name of two or three words ("Deir Ezzor", which the NER may take for a person) counts as one
                StringBuilder name = new StringBuilder();
                List<Token> tokens = sentence.tokens();
                for (int i = token.index(); i < Math.min(tokens.size(), token.index() + MAX_NAME_WORDS)
                        && tokens.get(i).isProperNoun(); i++) {
                    name.append(i == token.index() ? "" : " ").append(tokens.get(i).word());
                    unambiguousMajor(name.toString())
                            .ifPresent(place -> byPlaces.merge(place.countryCode(), 1, Integer::sum));
                }
            }
        }
        Map<String, Integer> counts = byPlaces.isEmpty() ? byName : byPlaces;
        Set<String> named = new HashSet<>(byName.keySet());
        named.addAll(byPlaces.keySet());
        return new ArticleCountries(counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey), Set.copyOf(named));
    }

    /** The country an article is read in, and every country it names (ISO codes). */
    private record ArticleCountries(Optional<String> main, Set<String> named) {
        static final ArticleCountries NONE = new ArticleCountries(Optional.empty(), Set.of());
    }

    /** The place a name means when it is a big place and no namesake comes near it in size. */
    private Optional<Place> unambiguousMajor(String name) {
        List<Place> candidates = gazetteer.candidates(name);
        return !candidates.isEmpty() && candidates.get(0).population() >= MAJOR_POPULATION
                && (candidates.size() == 1 || candidates.get(0).population() > 20 * candidates.get(1).population())
                ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /**
     * In a language whose names are capitalised, a phrase in lower case is no name ("the government" is linked as a
     * description instead), unless it opens with a name particle ("al-Nusra").
     */
    private boolean lowerCaseNotName(String phrase) {
        if (!pack.namesCapitalised() || !Character.isLowerCase(phrase.charAt(0))) {
            return false;
        }
        int hyphen = phrase.indexOf('-');
        return hyphen <= 0 || !pack.has(WordList.NAME_PARTICLES, phrase.substring(0, hyphen));
    }

    /** A heading: a short line without final punctuation whose words are all capitalised. */
    boolean isHeading(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        if (!pack.namesCapitalised() || tokens.isEmpty() || tokens.size() > 14) {
            return false;
        }
        String last = tokens.get(tokens.size() - 1).word();
        if (last.equals(".") || last.equals("!") || last.equals("?")) {
            return false;
        }
        // A section heading in title case ("A Turkish Pivot on the Syrian Crisis"); lines in capitals and
        // lines with figures (results, tables) are not, and their names stand.
        // a figure anywhere in a word counts: "+1 212-859-1761" of a byline, "Tel+44"
        boolean figures = tokens.stream().anyMatch(t -> t.word().chars().anyMatch(Character::isDigit));
        boolean capitals = tokens.stream().filter(t -> t.word().length() > 1 && Character.isLetter(t.word().charAt(0)))
                .allMatch(t -> t.word().equals(t.word().toUpperCase(java.util.Locale.ROOT)));
        return !figures && !capitals && tokens.stream().filter(t -> Character.isLetter(t.word().charAt(0)))
                .filter(t -> !pack.has(WordList.TITLE_FUNCTION_WORDS, t.word()))
                .allMatch(t -> Character.isUpperCase(t.word().charAt(0)))
                && capitalisedBeyondNames(tokens);
    }

    /**
     * Title case shows in a capitalised word past the first that the NER left outside every name or that the tagger
     * reads as a common noun or verb ("A Turkish Pivot on the Syrian Crisis", all of it MISC to the NER); a line
     * whose capitalised words are all names is names — a byline, a list of
     * players or countries ("Loren Roberts, Steve Stricker") — and its names stand, as they do after labels in
     * capitals ("PAYING AGENT : Michigan National Bank").
     */
    private static boolean capitalisedBeyondNames(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean common = t.pos().equals("NN") || t.pos().equals("NNS") || t.isVerb();
            if (Character.isUpperCase(t.word().charAt(0)) && t.word().chars().anyMatch(Character::isLowerCase)
                    && (!isName(t.ner()) || common)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name linked to a place somewhere in the article is that place where the NER guessed otherwise, unless,
     * outside a place's context, it called it a person whose full name the article gives ("Wang" after "Wang
     * Donghai" stays the person) or an organisation ("TORONTO" of a dateline is no place in a table of teams,
     * "TORONTO 63 71"). A village the NER once calls a person is that village throughout.
     */
    private List<LinkedMention> placesByName(Annotated annotated, List<LinkedMention> mentions) {
        Map<String, LinkedMention> places = new HashMap<>();
        java.util.Set<String> personWords = new java.util.HashSet<>();
        for (LinkedMention m : mentions) {
            if (m.place().isPresent()) {
                places.putIfAbsent(m.mention().text(), m);
            }
            if (m.mention().type() == EntityType.PERSON && m.lastToken() > m.firstToken()) {
                personWords.addAll(List.of(m.mention().text().split(" ")));
            }
        }
        List<LinkedMention> out = new ArrayList<>(mentions.size());
        for (LinkedMention m : mentions) {
            LinkedMention place = places.get(m.mention().text());
            EntityType type = m.mention().type();
            boolean person = type == EntityType.PERSON && personWords.contains(m.mention().text());
            boolean team = type == EntityType.ORGANIZATION;
            if (place != null && m.place().isEmpty() && m.actor().isEmpty()
                    && (!(person || team) || locative.isLocative(annotated.sentences().get(m.sentence()), m.lastToken()))) {
                Mention p = place.mention();
                out.add(new LinkedMention(m.sentence(), m.firstToken(), m.lastToken(), new Mention(m.mention().text(),
                        m.mention().start(), m.mention().end(), p.type(), p.canonical(), p.ref(), p.lat(), p.lon(),
                        p.confidence() * 0.9), Optional.empty(), place.place()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

}
