package org.sitrep.coding.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.coding.events.CodedEvent;
import org.sitrep.coding.events.EventCoder;
import org.sitrep.coding.syntax.Clauses;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.knowledge.Linked;
import org.sitrep.knowledge.LinkedMention;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.Actor;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Where a deed's own clause names no place, the one place (not a country) its sentence names, the most specific where
 * it puts one inside another: "The coalition conducts strikes in Raqqa to support the SDF fighting against Daesh"
 * fights in Raqqa too; where it names none, the one country it names as where something is ("2,000 American troops in
 * Syria are fighting alongside the Kurds"), coded at country precision. ACLED codes the most specific place of the
 * clause, else of the sentence. Runs after the mentions of one happening are folded, so that a deed told again
 * without a place still folds into its first mention. Territory changes keep their own words' places.
 */
public final class SentencePlaces {
    /** How far into an article a dateline may stand (a headline and a byline may come first). */
    private static final int DATELINE_SENTENCES = 4;
    /** How many words a dateline's town, country and agency take at most, up to its dash. */
    private static final int DATELINE_WORDS = 10;
    private final LanguagePack pack;
    private final PlaceContainment containment;
    private final Gazetteer gazetteer;
    /** The country each state actor governs: Syria's, and the Syrian government's through it ("the Syrian war"). */
    private final Map<String, Place> countryOfState = new HashMap<>();
    /** Each country the knowledge base has a state for, by its ISO code: the story's country as a place. */
    private final Map<String, Place> countryByCode = new HashMap<>();

    public SentencePlaces(LanguagePack pack, KnowledgeBase knowledge, Gazetteer gazetteer) {
        this.pack = pack;
        this.containment = new PlaceContainment(pack);
        this.gazetteer = gazetteer;
        for (Actor actor : knowledge.actors()) {
            gazetteer.country(actor.id()).ifPresent(country -> {
                countryOfState.put(actor.id(), country);
                countryByCode.putIfAbsent(country.countryCode(), country);
                actor.memberOf().ifPresent(state -> countryOfState.putIfAbsent(state, country));
            });
        }
    }

    /**
     * The events, each placeless physical deed given its sentence's single place, else its single country, by the
     * name the sentence gives it ("northern Syria"); then any deed with no place yet the place its actor is said to
     * be in ("rebels in Aleppo issued a statement"), else the place its sentence opens with ("In Jerusalem, the
     * minister said ..."), else, for a deed of material help, the sentence's one place its own phrase says something
     * is at ("dropped arms to fighters holding the town of X"); a physical deed with no place at all is in the country
     * the sentence names as its own or its war's, or as the owner of its forces ("X's armed forces"), else in the
     * story's country where the sentence puts it only "in the country".
     */
    public List<Event> fill(List<Event> events, Linked linked) {
        Optional<String> story = storyCountry(linked); // counted once an article, not once a placeless deed
        return events.stream().map(event -> fill(event, linked, story)).toList();
    }

    private Event fill(Event event, Linked linked, Optional<String> story) {
        if (event.place().isPresent() || event.acled().territorial()) {
            return event; // a territory change keeps its own words' places
        }
        Optional<LinkedMention> sentence = placeless(event)
                ? sentencePlace(linked, event).or(() -> sentenceCountry(linked, event)) : Optional.empty();
        return sentence.or(() -> actorPlace(linked, event)).or(() -> frontedPlace(linked, event))
                .or(() -> sojournPlace(linked, event))
                .or(() -> materialCooperation(event) ? sentencePlace(linked, event)
                        .filter(place -> scene(linked, place) && withinDeed(linked, event, place)) : Optional.empty())
                .map(place -> placed(event, place).withPlace(Optional.of(PlaceFinder.displayName(pack,
                        linked.annotated().sentences().get(place.sentence()), place)), place.mention().ref(),
                        place.place().map(Place::lat), place.place().map(Place::lon)))
                .or(() -> happensSomewhere(event) ? warCountry(linked, event).or(() -> ownerCountry(linked, event, story))
                        .or(() -> theCountry(linked, event, story))
                        .map(country -> event.withPlace(Optional.of(country.name()),
                                Optional.of(country.geonameId()), Optional.of(country.lat()),
                                Optional.of(country.lon()))) : Optional.empty())
                .orElse(event);
    }

    /**
     * Whether the place is named as where something is: a prepositional place ("the town of Kobani", "in Raqqa"), not
     * a subject or object, nor an origin ("consent from the capital"), nor whose a person or body is ("a senator of
     * Arizona"), nor where a subject is ("its director in Geneva said"): the speaker's or doer's seat, not the scene.
     */
    private boolean scene(Linked linked, LinkedMention place) {
        Sentence sentence = linked.annotated().sentences().get(place.sentence());
        Optional<Dependency> head = sentence.head(place.lastToken());
        return head.filter(h -> h.relation().startsWith("obl")
                        || h.relation().startsWith("nmod") && !h.relation().equals("nmod:poss")).isPresent()
                && !Clauses.markedBy(pack, sentence, place.lastToken(), WordList.ORIGIN_PREPOSITIONS)
                && head.filter(h -> h.governor() >= 0).flatMap(h -> linked.at(sentence.index(), h.governor()))
                .filter(m -> m.actor().isPresent() || m.mention().type() == EntityType.PERSON)
                .isEmpty()
                && !inSubject(sentence, place.lastToken());
    }

    /** Whether the token stands in a subject's phrase: on its way up the parse it passes an active subject. */
    private static boolean inSubject(Sentence sentence, int token) {
        return Clauses.firstHeadAbove(sentence, token, h -> h.relation().equals("nsubj")).isPresent();
    }

    /**
     * A deed of material help, done rather than said (aid delivered, a concession made, forces working together): it
     * happens somewhere, as a strike does, where words are said wherever the speaker is (the gold gives meetings,
     * statements and agreements the sentence's place less often than not).
     */
    private static boolean materialCooperation(Event event) {
        return event.type().quad() == EventType.Quad.MATERIAL_COOPERATION && !event.type().physical()
                && event.place().isEmpty() && !event.acled().territorial();
    }

    /**
     * The one country the sentence names as the owner of what acts or is acted on ("Iraq's armed forces reclaimed
     * territory", "fought inside Turkey's borders"), where it is the {@code story} country, the one the article's places
     * lie in.
     */
    private Optional<Place> ownerCountry(Linked linked, Event event, Optional<String> story) {
        Optional<Sentence> found = sentenceOf(linked, event);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Sentence sentence = found.get();
        List<Place> owners = linked.in(sentence.index()).stream()
                .filter(m -> m.place().isEmpty() && m.actor().isPresent())
                .filter(m -> sentence.head(m.lastToken()).filter(h -> h.relation().equals("nmod:poss")
                        && pack.has(WordList.COUNTRY_OWNED_NOUNS, sentence.tokens().get(h.governor()).word()
                        .toLowerCase(Locale.ROOT))).isPresent())
                .flatMap(m -> Optional.ofNullable(countryOfState.get(m.actor().get().id())).stream())
                .distinct().toList();
        boolean otherCountry = linked.in(sentence.index()).stream()
                .anyMatch(m -> m.place().filter(Place::isCountry).isPresent());
        return owners.size() == 1 && !otherCountry && story.filter(owners.get(0).countryCode()::equals).isPresent()
                ? Optional.of(owners.get(0)) : Optional.empty();
    }

    /**
     * The story's country for a deed its sentence places only in "the country", with no name or owner of its own ("a UN
     * team is in the country to investigate, though it was fired upon"; "sending troops into the country"), where the
     * sentence names no country as where something is: the country an article's places lie in is the one it calls
     * "the country". A country named only as an owner or a doer ("U.S. troops") is no rival for it. "In the capital"
     * is that country's capital, as the gazetteer lists it.
     */
    private Optional<Place> theCountry(Linked linked, Event event, Optional<String> story) {
        Optional<Sentence> found = sentenceOf(linked, event);
        if (found.isEmpty() || story.isEmpty()) {
            return Optional.empty();
        }
        Sentence sentence = found.get();
        // a country the sentence names as where something is ("in Iraq") is the one "the country" means, or another
        if (linked.in(sentence.index()).stream().anyMatch(m -> (m.place().filter(Place::isCountry).isPresent()
                || m.mention().type() == EntityType.COUNTRY) && sentence.head(m.lastToken())
                .filter(h -> h.relation().startsWith("obl") || h.relation().equals("nmod")).isPresent())) {
            return Optional.empty();
        }
        for (Token noun : sentence.tokens()) {
            String lemma = noun.lemma().toLowerCase(Locale.ROOT);
            boolean capital = pack.has(WordList.CAPITAL_ANAPHORS, lemma);
            if (!noun.isNoun() || noun.isProperNoun() || !capital && !pack.has(WordList.COUNTRY_ANAPHORS, lemma)
                    || !Clauses.markedBy(pack, sentence, noun.index(), WordList.COUNTRY_PREPOSITIONS)) {
                continue;
            }
            List<Dependency> children = sentence.children(noun.index());
            boolean definite = children.stream().anyMatch(d -> d.relation().equals("det")
                    && pack.has(WordList.DEFINITE_ARTICLES, sentence.tokens().get(d.dependent()).word()
                    .toLowerCase(Locale.ROOT)));
            // "the country of X", "the host country", "the neighbouring country" name or describe their own
            boolean named = children.stream().anyMatch(d -> d.relation().startsWith("nmod")
                    || d.relation().equals("amod") || d.relation().startsWith("compound"));
            if (definite && !named) {
                return capital ? gazetteer.capital(story.get()) : Optional.ofNullable(countryByCode.get(story.get()));
            }
        }
        return Optional.empty();
    }

    /** The country most of the article's places lie in, if it names any. */
    private static Optional<String> storyCountry(Linked linked) {
        Map<String, Integer> byCountry = new HashMap<>();
        linked.mentions().stream().flatMap(m -> m.place().stream()).filter(p -> !p.countryCode().isEmpty())
                .forEach(p -> byCountry.merge(p.countryCode(), 1, Integer::sum));
        return byCountry.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** A deed done somewhere, by force or in the street: a protest is as much a place's as a strike is. */
    private static boolean happensSomewhere(Event event) {
        return event.type().physical() || event.type() == EventType.PROTEST;
    }

    /**
     * The country whose war the deed's sentence tells, where the deed names no place: "the Syrian civil war began when
     * protests were crushed", "Syria has been locked in a civil war since 2011, when the regime cracked down on
     * protests", "since Syria's conflict broke out" — by the war's "in" phrase, adjective, name or possessor, or the
     * subject of the verb it is said of; or the country whose ground the sentence says something is in ("bombed
     * forces in Syrian territory", "on Iraqi soil").
     */
    private Optional<Place> warCountry(Linked linked, Event event) {
        Optional<Sentence> found = sentenceOf(linked, event);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Sentence sentence = found.get();
        for (Token war : sentence.tokens()) {
            String lemma = war.lemma().toLowerCase(Locale.ROOT);
            // "bombed forces in Syrian territory": a country's ground, where the sentence says something is in it
            boolean ground = pack.has(WordList.TERRITORY_NOUNS, lemma)
                    && Clauses.markedBy(pack, sentence, war.index(), WordList.LOCATIVE_PREPOSITIONS);
            if (!war.isNoun() || !(ground || pack.has(WordList.WAR_NOUNS, lemma))) {
                continue;
            }
            List<Integer> owners = new ArrayList<>();
            for (String relation : List.of("nmod", "amod", "compound", "nmod:poss")) {
                sentence.children(war.index()).stream().filter(d -> d.relation().equals(relation)
                        && (!relation.equals("nmod") || Clauses.markedBy(pack, sentence, d.dependent(),
                        WordList.COUNTRY_PREPOSITIONS))).forEach(d -> owners.add(d.dependent()));
            }
            sentence.head(war.index()).filter(h -> !ground && h.relation().startsWith("obl") && h.governor() >= 0)
                    .ifPresent(h -> sentence.children(h.governor()).stream()
                            .filter(d -> d.relation().startsWith("nsubj")).forEach(d -> owners.add(d.dependent())));
            for (int owner : owners) {
                Optional<Place> country = linked.at(sentence.index(), owner).flatMap(m -> m.place()
                        .filter(Place::isCountry).or(() -> m.actor().map(a -> countryOfState.get(a.id()))));
                if (country.isPresent()) {
                    return country;
                }
            }
        }
        return Optional.empty();
    }

    /** Where the deed's actor is said to be: "rebels in Aleppo issued a statement". */
    private Optional<LinkedMention> actorPlace(Linked linked, Event event) {
        Optional<int[]> trigger = EventCoder.triggerOf(event.id());
        if (trigger.isEmpty() || event.actor().isEmpty()) {
            return Optional.empty();
        }
        Sentence sentence = linked.annotated().sentences().get(trigger.get()[0]);
        List<LinkedMention> mentions = linked.in(sentence.index());
        return mentions.stream().filter(m -> m.actor().isPresent() && m.canonical().equals(event.actor().get()))
                .flatMap(actor -> sentence.children(actor.lastToken()).stream()
                        .filter(d -> d.relation().startsWith("nmod") && Clauses.markedBy(pack, sentence,
                                d.dependent(), WordList.COUNTRY_PREPOSITIONS))
                        .flatMap(d -> mentions.stream().filter(m -> m.place().isPresent() && m.covers(d.dependent()))))
                .findFirst();
    }

    /**
     * Where the sentence says someone is, to do the deed: "a UN team was in Syria to investigate the attacks" — the
     * deed's clause hangs on a place said with a copula and a locative preposition.
     */
    private Optional<LinkedMention> sojournPlace(Linked linked, Event event) {
        Optional<int[]> trigger = EventCoder.triggerOf(event.id());
        if (trigger.isEmpty()) {
            return Optional.empty();
        }
        Sentence sentence = linked.annotated().sentences().get(trigger.get()[0]);
        return sentence.head(trigger.get()[1]).filter(h -> h.governor() >= 0 && (h.relation().equals("xcomp")
                        || h.relation().startsWith("advcl") || h.relation().startsWith("acl")))
                .map(Dependency::governor)
                .filter(at -> !sentence.children(at, "cop").isEmpty()
                        && Clauses.markedBy(pack, sentence, at, WordList.COUNTRY_PREPOSITIONS))
                .flatMap(at -> linked.at(sentence.index(), at)).filter(m -> m.place().isPresent());
    }

    /**
     * The place a sentence opens with, set off by a comma, as the scene of all it tells: "In Jerusalem, the prime
     * minister said ...", "In the Mexican city of Los Cabos, the president is expected to meet ...", "In Moscow the
     * same day, negotiators will meet ...": a place inside the opening phrase of the main verb, which a comma closes.
     */
    private Optional<LinkedMention> frontedPlace(Linked linked, Event event) {
        Optional<int[]> trigger = EventCoder.triggerOf(event.id());
        if (trigger.isEmpty()) {
            return Optional.empty();
        }
        Sentence sentence = linked.annotated().sentences().get(trigger.get()[0]);
        List<Token> tokens = sentence.tokens();
        if (tokens.isEmpty()
                || !pack.has(WordList.COUNTRY_PREPOSITIONS, tokens.get(0).word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        // the opening phrase: the noun the first preposition marks, an oblique of the sentence's main verb
        Optional<Dependency> phrase = sentence.head(0).filter(h -> h.relation().equals("case") && h.governor() > 0)
                .flatMap(h -> sentence.head(h.governor())).filter(h -> h.relation().startsWith("obl")
                        && h.governor() >= 0 && sentence.head(h.governor()).filter(r -> r.governor() < 0).isPresent());
        if (phrase.isEmpty()) {
            return Optional.empty();
        }
        int opening = phrase.get().dependent();
        int verb = phrase.get().governor();
        int comma = -1;
        for (Token token : tokens) {
            if (token.word().equals(",")) {
                comma = token.index();
                break;
            }
        }
        if (comma <= opening || comma >= verb || event.type().physical() && !toldBy(sentence, trigger.get()[1], verb)) {
            return Optional.empty();
        }
        int close = comma;
        List<LinkedMention> fronted = linked.in(sentence.index()).stream().filter(m -> m.place().isPresent()
                && m.lastToken() < close && inPhrase(sentence, m.lastToken(), opening)).toList();
        return fronted.stream().filter(m -> !PlaceFinder.isCountry(m)).findFirst()
                .or(() -> fronted.stream().findFirst());
    }

    /**
     * Whether the deed is told by the verb itself or a clause it goes on in ("is expected to meet"), not in what a
     * speaker reports ("In X, an official said that tanks surrounded the palace": the palace is not in X). Only a
     * physical deed is held to it: a stance a speaker reports ("In X, the minister said his country welcomed ...")
     * is taken where the speaker speaks.
     */
    private static boolean toldBy(Sentence sentence, int deed, int verb) {
        return Clauses.reaches(sentence, deed, verb, head -> !(head.relation().startsWith("ccomp")
                || head.relation().startsWith("csubj") || head.relation().startsWith("parataxis")));
    }

    /** Whether the token is the phrase's head or a name or modifier inside it ("the city of X", "X, Syria"). */
    private static boolean inPhrase(Sentence sentence, int token, int phraseHead) {
        return Clauses.reaches(sentence, token, phraseHead, head -> head.relation().startsWith("nmod")
                || head.relation().equals("appos") || head.relation().startsWith("compound")
                || head.relation().equals("conj") || head.relation().equals("flat"));
    }

    /**
     * The same for the coded events control is derived from: "Kurdish fighters battling to hold
     * Kobani against Islamic State" is fighting in Kobani, and so contests it. Only fighting between two
     * named sides: a deed with one side named often takes a place its sentence names only as words the gazetteer
     * lacks ("IS has besieged the Kweyris airport" beside "air attacks on al-Bab"). And only a place the sentence
     * names as where something is ("in Raqqa", "the town of Kobani"), not as what it talks of ("Damascus is the final
     * destination for the opposition, which has made advances against regime forces"), and within the deed's own
     * phrase.
     */
    public List<CodedEvent> fillCoded(List<CodedEvent> events, Linked linked) {
        return events.stream().map(coded -> placeless(coded.event()) && coded.event().actorSide().isPresent()
                && coded.event().targetSide().isPresent()
                ? sentencePlace(linked, coded.event()).filter(place -> locative(linked, place))
                .filter(place -> withinDeed(linked, coded.event(), place) && !nearby(linked, coded.event(), place))
                .map(place -> coded.withEvent(placed(coded.event(), place))).orElse(coded) : coded).toList();
    }

    /**
     * Whether the deed's phrase puts the place beside it, not around it: "clashes close to the dam and fires set in
     * oil fields near the town of X" are no fight for X. The way up from the place to the deed passes a word of
     * nearness ("near", "outside", "the outskirts of") or of a way to it ("the road to X").
     */
    private boolean nearby(Linked linked, Event event, LinkedMention place) {
        Optional<int[]> trigger = EventCoder.triggerOf(event.id()).filter(at -> at[0] == place.sentence());
        if (trigger.isEmpty()) {
            return false;
        }
        Sentence sentence = linked.annotated().sentences().get(place.sentence());
        int at = place.lastToken();
        for (int steps = 0; steps <= sentence.tokens().size() && at != trigger.get()[1]; steps++) {
            Token token = sentence.tokens().get(at);
            String lemma = token.lemma().toLowerCase(Locale.ROOT);
            if (at != place.lastToken() && (pack.has(WordList.NEAR_WORDS, lemma) && !pack.has(WordList.PART_NOUNS,
                    lemma) || pack.has(WordList.ROUTE_NOUNS, lemma))
                    || Clauses.markedBy(pack, sentence, at, WordList.NEAR_PREPOSITIONS)) {
                return true;
            }
            Optional<Dependency> head = sentence.head(at);
            if (head.isEmpty() || head.get().governor() < 0) {
                return false;
            }
            at = head.get().governor();
        }
        return false;
    }

    /**
     * Whether the place is said within the deed's own phrase ("battling to hold the town of Kobani", "launched an
     * attack to take the city of Ramadi"), not in another clause of its sentence ("the strike on Syria was ordered
     * long after gas killed scores near Damascus").
     */
    private static boolean withinDeed(Linked linked, Event event, LinkedMention place) {
        Optional<int[]> trigger = EventCoder.triggerOf(event.id()).filter(at -> at[0] == place.sentence());
        if (trigger.isEmpty()) {
            return true; // a deed this coder did not find keeps the sentence's reading
        }
        Sentence sentence = linked.annotated().sentences().get(place.sentence());
        int deed = trigger.get()[1];
        // a noun's deed is its verb's phrase: "launched an attack on Monday to capture the city of X"
        int verb = sentence.tokens().get(deed).isNoun() ? sentence.head(deed).filter(h -> h.governor() >= 0
                && h.relation().equals("obj")).map(Dependency::governor).orElse(deed) : deed;
        return under(sentence, place.lastToken(), Set.copyOf(List.of(deed, verb)));
    }

    /**
     * Whether the token is one of the heads or hangs, through the parse, below one of them, not through a clause
     * joined to a head ("is fighting ISIS alone and has stopped hoping for regime change in Damascus": the place is
     * the second clause's, named in passing, not the fight's).
     */
    private static boolean under(Sentence sentence, int token, Set<Integer> heads) {
        int at = token;
        for (int steps = 0; steps <= sentence.tokens().size(); steps++) {
            if (heads.contains(at)) {
                return true;
            }
            Optional<Dependency> head = sentence.head(at);
            if (head.isEmpty() || head.get().governor() < 0) {
                return false;
            }
            if (head.get().relation().equals("conj") && heads.contains(head.get().governor())
                    && sentence.tokens().get(at).isVerb()) {
                return false;
            }
            at = head.get().governor();
        }
        return false;
    }

    /** Whether the place is a prepositional phrase's ("in Raqqa", "the town of Kobani"), not a subject or object. */
    private static boolean locative(Linked linked, LinkedMention place) {
        return linked.annotated().sentences().get(place.sentence()).head(place.lastToken())
                .map(h -> h.relation().startsWith("obl") || h.relation().startsWith("nmod")).orElse(false);
    }

    private static boolean placeless(Event event) {
        return event.type().physical() && event.place().isEmpty() && !event.acled().territorial();
    }

    /**
     * The sentence's one place, not counting a place it names only as where another lies ("in the town of Hass in
     * rural Idlib" is at Hass): the most specific.
     */
    private Optional<LinkedMention> sentencePlace(Linked linked, Event event) {
        return sentenceOf(linked, event).flatMap(sentence -> {
            Set<LinkedMention> outer = containment.find(linked, sentence).stream()
                    .map(PlaceContainment.Contained::outer).collect(java.util.stream.Collectors.toSet());
            int dateline = datelineEnd(sentence);
            List<LinkedMention> places = linked.in(sentence.index()).stream()
                    .filter(m -> m.firstToken() > dateline)
                    .filter(m -> m.place().filter(p -> !p.isCountry()).isPresent() && !outer.contains(m))
                    .filter(m -> !speakersSeat(linked, event, sentence, m)).toList();
            return single(places).or(() -> single(inDeedsClause(event, sentence, places)));
        });
    }

    /**
     * Of several places a sentence names, those in the deed's own clause: "Rebels shelled a checkpoint in Aleppo as
     * jets struck Idlib" puts the shelling in Aleppo. The clause is the verb the deed's words stand under (the deed
     * itself where it is a verb), without the clauses that hang on it.
     */
    private static List<LinkedMention> inDeedsClause(Event event, Sentence sentence, List<LinkedMention> places) {
        Optional<int[]> trigger = EventCoder.triggerOf(event.id()).filter(at -> at[0] == sentence.index());
        if (trigger.isEmpty()) {
            return List.of();
        }
        int head = clauseHead(sentence, trigger.get()[1]);
        // where the clause says something is ("the seizure of X", "in X"), not a name inside a site's ("the X power
        // station", "the X gates"), which is the site's name and no place of the deed
        return places.stream().filter(m -> inClause(sentence, m.lastToken(), head))
                .filter(m -> sentence.head(m.lastToken()).map(h -> h.relation().startsWith("obl")
                        || h.relation().startsWith("nmod") && !h.relation().equals("nmod:poss")).orElse(false))
                .toList();
    }

    /** A relation that opens a clause of its own below its governor. */
    private static boolean clausal(Sentence sentence, Dependency head, int dependent) {
        String relation = head.relation();
        return relation.startsWith("advcl") || relation.startsWith("ccomp") || relation.startsWith("xcomp")
                || relation.startsWith("acl") || relation.startsWith("parataxis") || relation.startsWith("csubj")
                || relation.equals("conj") && sentence.tokens().get(dependent).isVerb();
    }

    /** The verb whose clause the token stands in: up through its phrase to the first verb or clause. */
    private static int clauseHead(Sentence sentence, int token) {
        int at = token;
        for (int steps = 0; steps <= sentence.tokens().size(); steps++) {
            Optional<Dependency> head = sentence.head(at);
            if (sentence.tokens().get(at).isVerb() || head.isEmpty() || head.get().governor() < 0
                    || clausal(sentence, head.get(), at)) {
                return at;
            }
            at = head.get().governor();
        }
        return at;
    }

    /** Whether the token hangs under the clause head without passing another clause on the way up. */
    private static boolean inClause(Sentence sentence, int token, int clauseHead) {
        return Clauses.reaches(sentence, token, clauseHead, head -> !clausal(sentence, head, head.dependent()));
    }

    /**
     * The one country the sentence names in a prepositional phrase ("in Syria", "the war in Iraq"), not as whose
     * something is ("Iraq's armed forces") nor as a subject or object.
     */
    private Optional<LinkedMention> sentenceCountry(Linked linked, Event event) {
        return sentenceOf(linked, event).flatMap(sentence -> single(linked.in(sentence.index()).stream()
                .filter(m -> m.firstToken() > datelineEnd(sentence))
                .filter(m -> m.place().filter(Place::isCountry).isPresent())
                .filter(m -> !speakersSeat(linked, event, sentence, m))
                .filter(m -> sentence.head(m.lastToken()).map(h -> h.relation().startsWith("obl")
                        || h.relation().equals("nmod")).orElse(false)).toList()));
    }

    /**
     * Whether the place is where the one who tells the deed sits, not where the deed is: "they cannot shape who wins
     * Syria's civil war, notes a fellow at a centre in Washington" — the place hangs in the subject of a verb the
     * deed's clause is reported under (a clausal complement or a parataxis), and the reported clause names a place or
     * country of its own. A witness whose report names no other place ("activists in Idlib said helicopters dropped
     * barrel bombs") speaks from the scene, so keeps it.
     */
    private static boolean speakersSeat(Linked linked, Event event, Sentence sentence, LinkedMention place) {
        Optional<int[]> trigger = EventCoder.triggerOf(event.id()).filter(at -> at[0] == sentence.index());
        if (trigger.isEmpty()) {
            return false;
        }
        Optional<Dependency> subject = Clauses.firstHeadAbove(sentence, place.lastToken(),
                h -> h.relation().startsWith("nsubj"));
        if (subject.isEmpty()) {
            return false;
        }
        int verb = subject.get().governor();
        int deed = trigger.get()[1];
        if (deed == verb || !Clauses.reaches(sentence, deed, verb, h -> true)
                || Clauses.reaches(sentence, deed, verb, h -> !reported(h))) {
            return false;
        }
        // the reported clause: the one the deed stands in, right below the speaker's verb
        int clause = deed;
        while (sentence.head(clause).filter(h -> h.governor() != verb).isPresent()) {
            clause = sentence.head(clause).get().governor();
        }
        int told = clause;
        return linked.in(sentence.index()).stream().filter(m -> m != place
                        && Clauses.reaches(sentence, m.lastToken(), told, h -> true))
                .anyMatch(m -> m.place().isPresent() || m.mention().type() == EntityType.COUNTRY);
    }

    /** A step into a clause someone reports: a clausal complement or a parataxis ("X said that ...", "..., X notes"). */
    private static boolean reported(Dependency head) {
        return head.relation().startsWith("ccomp") || head.relation().startsWith("parataxis");
    }

    /**
     * The dash closing a wire dateline the sentence opens with ("BEIRUT (AP) —", "JERUSALEM, Israel –"), or -1: a
     * name in capitals, then only names, commas and the agency's brackets. The dateline's town is where the report
     * was filed; the one place of such a sentence is the one after it.
     */
    private int datelineEnd(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        if (sentence.index() >= DATELINE_SENTENCES || tokens.isEmpty()
                || !allCapitals(tokens.get(0).word())) {
            return -1;
        }
        for (int i = 1; i < Math.min(tokens.size(), DATELINE_WORDS); i++) {
            String word = tokens.get(i).word();
            if (pack.has(WordList.DATELINE_DASHES, word)) {
                return i;
            }
            if (!(Character.isUpperCase(word.codePointAt(0)) || word.equals(",") || word.equals("(")
                    || word.equals(")") || word.equals("-LRB-") || word.equals("-RRB-"))) {
                return -1;
            }
        }
        return -1;
    }

    /** A word of two or more letters, all capitals: "BEIRUT", not "Beirut" or "A". */
    private static boolean allCapitals(String word) {
        return word.length() > 1 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '-')
                && word.chars().anyMatch(Character::isLetter);
    }

    private static Optional<Sentence> sentenceOf(Linked linked, Event event) {
        return linked.annotated().sentenceAt(event.evidence().start());
    }

    /** The place when all the mentions name one, else none. */
    private static Optional<LinkedMention> single(List<LinkedMention> places) {
        return places.stream().map(LinkedMention::canonical).distinct().count() == 1
                ? Optional.of(places.get(0)) : Optional.empty();
    }

    /** The event at a place a mention names, with the gazetteer's id and coordinates. */
    public static Event placed(Event e, LinkedMention place) {
        Optional<Place> geo = place.place();
        return e.withPlace(Optional.of(place.canonical()), place.mention().ref(), geo.map(Place::lat),
                geo.map(Place::lon));
    }
}
