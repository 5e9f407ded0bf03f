package org.sitrep.coding.places;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sitrep.coding.events.AttemptGoals;
import org.sitrep.coding.events.EventPattern;
import org.sitrep.coding.syntax.Clauses;
import org.sitrep.knowledge.Linked;
import org.sitrep.knowledge.LinkedMention;
import org.sitrep.knowledge.UnknownPlaces;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Finds the places among a trigger's arguments (and its subject where the pattern says so: "Aleppo fell"), each
 * marked partial when only something inside or near it is claimed ("security branches in Suwayda").
 */
public final class PlaceFinder {
    private static final int MAX_DEPTH = 4;
    /** How many sentences back "the city" may find the town it refers to. */
    private static final int TOWN_LOOKBACK = 3;
    /**
     * A town this big is a city the news names quarters of ("al-Midan neighborhood" of Aleppo); a small namesake
     * abroad ("the Levant" read as a hamlet in Maine) is not.
     */
    private static final long QUARTERED_CITY = 100_000;
    private final LanguagePack pack;
    private final AttemptGoals attemptGoals;

    public PlaceFinder(LanguagePack pack) {
        this.pack = pack;
        this.attemptGoals = new AttemptGoals(pack);
    }

    /** How much of a place an event concerns. */
    public enum Extent {
        /** The place itself. */
        WHOLE,
        /** Something inside it: "security branches in Suwayda", "eastern districts of Kobani". */
        PART,
        /**
         * A building in it: "stormed the consulate in Basra", "a raid on a university in Mosul": a deed on the building,
         * no fight for the place.
         */
        BUILDING,
        /** Something near it: "a town south of Baghdad", "the outskirts of Damascus". */
        NEAR,
        /**
         * Somewhere in a country ("clashes in Syria") or in a province ("captured a village in Raqqa province"): where
         * it happened, no claim on the whole.
         */
        COUNTRY
    }

    /**
     * The objects a pattern requires when none is a place noun ("declared victory", "gained control"): what lies
     * "in" a place under them is the place itself ("victory over ISIS in Hajin"), not something inside it.
     */
    private Set<String> abstractObjects(EventPattern pattern) {
        boolean abstractOnly = pattern.conditionKind() == EventPattern.Condition.OBJECT && pattern.condition().stream()
                .noneMatch(w -> pack.has(WordList.PLACE_CLASS_NOUNS, w) || pack.has(WordList.PART_NOUNS, w));
        return abstractOnly ? pattern.condition() : Set.of();
    }

    /** The places of one trigger, in the order found, each with how much of it the event concerns. */
    public Map<LinkedMention, Extent> find(Linked linked, Sentence sentence, Token trigger, EventPattern pattern,
                                     int clause) {
        Search search = new Search(linked, sentence, pattern.placeRole() == EventPattern.PlaceRole.ORIGIN_AND_ARGUMENTS,
                wordsAgainst(pattern.plover()),
                pattern.isStatement(), pattern.isTerritorial() && !pattern.noun()
                && pattern.conditionKind() == EventPattern.Condition.NONE ? trigger.index() : -1,
                abstractObjects(pattern));
        boolean subjectToo = pattern.placeRole() == EventPattern.PlaceRole.SUBJECT_AND_ARGUMENTS;
        int start = subjectToo ? Clauses.subjectToken(sentence, trigger.index()) : trigger.index();
        search.collect(start, 0, Extent.WHOLE);
        if (subjectToo) {
            search.collectSubject(start);
            if (start != trigger.index()) {
                search.collectAntecedent(start, trigger.index()); // "the city of Aleppo that fell to X"
            } else {
                search.collectDescribed(trigger.index()); // "Tikrit was the first city to fall to X"
            }
        }
        if (pattern.isTerritorial() && !pattern.noun() && Clauses.isPassive(sentence, trigger.index())) {
            search.collectPassiveSubject(trigger.index());
        } else if (pattern.isTerritorial() && !pattern.noun()
                && Clauses.reducedRelative(sentence, trigger.index())) {
            search.placeOfNoun(sentence.head(trigger.index()).orElseThrow().governor()); // "the town seized by X"
        }
        if (!pattern.noun()) {
            search.collectObjectAntecedent(trigger.index()); // "parts of Aleppo which rebels stormed"
        }
        if (pattern.noun() && clause != trigger.index()) {
            search.collect(clause, 0, Extent.WHOLE);
        }
        if (pattern.noun() && pattern.plover().physical()) {
            search.collectNameModifier(trigger.index()); // "the Paris attacks", "the Aleppo offensive"
        }
        // "launched an offensive to retake Palmyra": an attempt under way is fought where its goal lies, though the
        // goal itself, hoped for, stays an event of its own
        if (pattern.plover().physical() && search.found.keySet().stream().allMatch(PlaceFinder::isCountry)) {
            attemptGoals.goal(sentence, trigger).ifPresent(goal -> search.collect(goal, 0, Extent.WHOLE));
        }
        if (search.found.isEmpty()) {
            search.collectRelativeAntecedent(trigger.index(), clause); // "visited Homs, where he met the governor"
        }
        if (search.found.keySet().stream().allMatch(PlaceFinder::isCountry)) {
            search.collectTownAnaphor(trigger.index(), clause);
        }
        // "in Aleppo, Syria", "in Idlib and across Syria": a country is the place only where nothing nearer is
        boolean nearer = search.found.keySet().stream().anyMatch(m -> !isCountry(m));
        Map<LinkedMention, Extent> found = new LinkedHashMap<>();
        search.found.forEach((mention, extent) -> {
            if (!isCountry(mention)) {
                found.put(mention, extent == Extent.PART && isRegion(mention) ? Extent.COUNTRY : extent);
            } else if (!nearer && found.isEmpty()) {
                found.put(mention, Extent.COUNTRY);
            }
        });
        return found;
    }

    /**
     * Whether the deed is words against another (a complaint, an accusation, a demand, a threat, a rejection: PLOVER's
     * verbal conflict), said where its own words say, not where what it is about lies: "drew criticism of policy
     * toward Moscow", "issued an ultimatum to the regime in Syria". An investigation, of that class too, is a look at
     * what happened where it happened, and keeps that place ("looking into the use of gas in Saraqeb").
     */
    private static boolean wordsAgainst(EventType type) {
        return type.quad() == EventType.Quad.VERBAL_CONFLICT && type != EventType.INVESTIGATE;
    }

    /**
     * Whether one of the trigger's objects is a place ("entered Aleppo"), or a place noun naming one ("entered the
     * former ISIS stronghold of Raqqa").
     */
    public boolean hasPlaceObject(Linked linked, Sentence sentence, Token trigger) {
        return sentence.children(trigger.index(), "obj").stream().anyMatch(o -> isPlace(linked, sentence, o.index())
                || pack.has(WordList.PLACE_CLASS_NOUNS, o.word().toLowerCase(Locale.ROOT))
                && sentence.children(o.index()).stream().anyMatch(c -> c.relation().startsWith("nmod")
                        && isPlace(linked, sentence, c.dependent())));
    }

    /**
     * Whether what is taken is a place the text does not name: "captured a number of villages", "seized large areas",
     * "the towns were stormed". A part noun counts only with a word of its own ("took part" is no taking).
     */
    public boolean takesUnnamedPlace(Sentence sentence, Token trigger) {
        return sentence.children(trigger.index()).stream()
                .filter(c -> c.relation().equals("obj") || c.relation().equals("nsubj:pass"))
                .anyMatch(o -> unnamedPlace(sentence, o.dependent()) || sentence.children(o.dependent()).stream()
                        .anyMatch(c -> c.relation().startsWith("nmod") && unnamedPlace(sentence, c.dependent())));
    }

    private boolean unnamedPlace(Sentence sentence, int noun) {
        String word = sentence.tokens().get(noun).word().toLowerCase(Locale.ROOT);
        return pack.has(WordList.PLACE_CLASS_NOUNS, word) || pack.has(WordList.PART_NOUNS, word)
                && !sentence.children(noun).isEmpty();
    }

    /**
     * The name an event's place goes by: "northern Iraq", "eastern Aleppo province" where a compass word stands
     * right before the name (or opens it, "Northern Syria"), as an analyst writes the part of the place the text
     * gives; else the place's own name. The gazetteer id and coordinates stay the whole place's. A place taken from
     * another sentence (the paragraph's, the article's) goes by its own name: its token numbers are not this one's.
     */
    public static String displayName(LanguagePack pack, Sentence sentence, LinkedMention place) {
        return compassWord(pack, sentence, place).map(word -> word + " " + place.canonical())
                .orElse(place.canonical());
    }

    /**
     * The compass word that opens the place's phrase or stands right before it ("northern Iraq"), lower-cased; none
     * where the word is the start of the place's own name ("North Korea") or the mention lies in another sentence.
     */
    public static Optional<String> compassWord(LanguagePack pack, Sentence sentence, LinkedMention place) {
        List<Token> tokens = sentence.tokens();
        int first = place.firstToken();
        if (place.sentence() != sentence.index() || first < 0 || first >= tokens.size()) {
            return Optional.empty();
        }
        String opening = tokens.get(first).word().toLowerCase(Locale.ROOT);
        if (pack.has(WordList.COMPASS_ADJECTIVES, opening)
                && !place.canonical().toLowerCase(Locale.ROOT).startsWith(opening)) {
            return Optional.of(opening);
        }
        String before = first > 0 ? tokens.get(first - 1).word().toLowerCase(Locale.ROOT) : "";
        return pack.has(WordList.COMPASS_ADJECTIVES, before) ? Optional.of(before) : Optional.empty();
    }

    /** "which", "that" tagged as a wh-word: a relative pronoun standing for the noun its clause describes. */
    public static boolean relativePronoun(LanguagePack pack, Token token) {
        return token.pos().startsWith("W") && pack.has(WordList.RELATIVE_PRONOUNS,
                token.word().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether someone is driven out of a place: the trigger has an object or a passive subject and a place argument
     * (named, or a place noun: "from towns") marked by an expulsion preposition ("drove the rebels from Darayya",
     * "were driven out of Manbij").
     */
    public boolean expelledFromPlace(Linked linked, Sentence sentence, Token trigger) {
        boolean someone = sentence.children(trigger.index()).stream()
                .anyMatch(c -> c.relation().equals("obj") || c.relation().equals("nsubj:pass"));
        // "drove the rebels back from towns southeast of the city": a place the text does not name is one too (not
        // "from their stronghold", a place named before), and it may hang on the adverb ("back", "out")
        Stream<Dependency> arguments = Stream.concat(
                sentence.children(trigger.index()).stream(), sentence.children(trigger.index(), "advmod").stream()
                        .flatMap(a -> sentence.children(a.index()).stream()));
        return someone && arguments.anyMatch(c -> c.relation().startsWith("obl")
                && (isPlace(linked, sentence, c.dependent()) || unnamedPlace(sentence, c.dependent())
                && sentence.children(c.dependent(), "nmod:poss").isEmpty())
                && Clauses.markedBy(pack, sentence, c.dependent(), WordList.EXPULSION_PREPOSITIONS));
    }

    public static boolean isCountry(LinkedMention mention) {
        return mention.place().map(Place::isCountry).orElse(false);
    }

    /** "Idlib province": the linker locates a region at its seat but gives it no id of its own. */
    private static boolean isRegion(LinkedMention mention) {
        return mention.place().isPresent() && mention.mention().ref().isEmpty();
    }

    private static boolean isPlace(Linked linked, Sentence sentence, int token) {
        return linked.at(sentence.index(), token).flatMap(LinkedMention::place).isPresent();
    }

    private final class Search {
        private final Linked linked;
        private final Sentence sentence;
        private final Map<LinkedMention, Extent> found = new LinkedHashMap<>();
        /** Whether the place driven out of counts ("drove the rebels from Darayya"). */
        private final boolean origin;
        /**
         * A statement is made where its own verb says; "claimed responsibility for the attack in Nice" names the
         * attack's place, not the claim's.
         */
        private final boolean statement;

        /** A capture verb whose object the pattern leaves free ("seized police stations"), or -1. */
        private final int capture;

        /** The abstract objects of the pattern ({@link #abstractObjects}). */
        private final Set<String> abstractObjects;

        /**
         * Words against another ({@link #wordsAgainst}): a place inside what they are about is that matter's, not
         * theirs.
         */
        private final boolean wordsAgainst;

        Search(Linked linked, Sentence sentence, boolean origin, boolean wordsAgainst, boolean statement, int capture,
               Set<String> abstractObjects) {
            this.abstractObjects = abstractObjects;
            this.wordsAgainst = wordsAgainst;
            this.linked = linked;
            this.sentence = sentence;
            this.origin = origin;
            this.statement = statement;
            this.capture = capture;
        }

        void collect(int token, int depth, Extent extent) {
            collect(token, depth, extent, false);
        }

        /**
         * {@code seat}: the path passed a noun for the seat of a side ("the one-time capital of the caliphate in
         * Raqqa"), which an "in" town is, not something inside it.
         */
        private void collect(int token, int depth, Extent extent, boolean seat) {
            Optional<LinkedMention> here = linked.at(sentence.index(), token);
            if (depth > 0 && here.isPresent() && here.get().place().isPresent()) {
                found.merge(here.get(), extent, (a, b) -> a.compareTo(b) <= 0 ? a : b); // the wholest reading
                for (Token conj : sentence.children(token, "conj")) {
                    collect(conj.index(), depth + 1, extent, seat);
                }
                return;
            }
            if (depth > MAX_DEPTH) {
                return;
            }
            Token current = sentence.tokens().get(token);
            Extent reach = extent;
            if (depth > 0 && pack.has(WordList.NEAR_WORDS, current.lemma())) {
                reach = pack.has(WordList.PART_NOUNS, current.lemma()) ? Extent.PART : Extent.NEAR;
            } else if (depth > 0 && pack.has(WordList.ROUTE_NOUNS, current.lemma().toLowerCase(Locale.ROOT))) {
                reach = Extent.NEAR; // "seized the highway to Aleppo"
            }
            for (Dependency child : sentence.children(token)) {
                String relation = child.relation();
                // "in Kafr Batna town", "the Tokhar village": a class noun's name is the place, as "the town of X"
                boolean named = depth > 0 && relation.equals("compound")
                        && pack.has(WordList.SETTLEMENT_NOUNS, current.word().toLowerCase(Locale.ROOT));
                // "overran the Tabqa airbase", "retook the Mosul dam": a site named after a town is where the deed
                // happened, near the town (a dam may lie miles off it), and no fight for the town itself
                boolean site = depth > 0 && relation.equals("compound")
                        && pack.has(WordList.TOWN_SITE_NOUNS, current.lemma().toLowerCase(Locale.ROOT));
                boolean argument = relation.equals("obj") || relation.startsWith("obl") || relation.startsWith("nmod")
                        || relation.equals("advmod") || (depth > 0 && relation.equals("conj")) || named || site;
                // "criticism of policy toward Moscow", "worry about the conflict in Yemen": the place of the matter
                // words against another are about, not of the words; "in the town of X" names where they are said
                boolean topic = wordsAgainst && depth >= 1 && relation.startsWith("nmod") && !placeNoun(current)
                        && !occasion(token);
                if (!argument || topic || relation.equals("nmod:poss")
                        || statement && depth == 0 && relation.equals("obj")
                        || hasAnyCase(child.dependent(), WordList.ORIGIN_PREPOSITIONS)
                        && !(origin && depth == 0 && hasAnyCase(child.dependent(), WordList.EXPULSION_PREPOSITIONS))
                        || sentence.tokens().get(child.dependent()).isVerb()) {
                    continue; // another clause's places are its own events'
                }
                // "security branches in Suwayda", "a village on the outskirts of Homs": something in or near the
                // place is claimed, not the place itself.
                boolean atSeat = seat || depth >= 1 && (pack.has(WordList.SEAT_NOUNS, current.lemma()
                        .toLowerCase(Locale.ROOT)) || singledOutTown(token));
                boolean inside = (depth >= 1 && !(depth == 1 && abstractOnly(token))
                        || takesThing(token)) && hasAnyCase(child.dependent(), WordList.PARTIAL_PREPOSITIONS)
                        && !(atSeat && town(child.dependent()));
                boolean beside = hasAnyCase(child.dependent(), WordList.NEAR_PREPOSITIONS);
                // "stormed the consulate in Basra", the place hung on the consulate or, as the parse often does, on
                // the verb whose object the consulate is
                boolean inBuilding = depth == 0 ? hasAnyCase(child.dependent(), WordList.PARTIAL_PREPOSITIONS)
                        && sentence.children(token, "obj").stream().anyMatch(o -> building(o.index()))
                        : inside && building(token);
                // "cut the roads into Raqqa", the place hung on the verb whose object is a way to it: the deed is on
                // the way, near the place
                boolean onRoute = depth == 0 && relation.startsWith("obl") && sentence.children(token, "obj").stream()
                        .anyMatch(o -> pack.has(WordList.ROUTE_NOUNS, o.lemma().toLowerCase(Locale.ROOT)));
                Extent within = inBuilding ? Extent.BUILDING : inside ? Extent.PART : site || onRoute ? Extent.NEAR
                        : Extent.WHOLE;
                collect(child.dependent(), depth + 1, widest(reach, beside ? Extent.NEAR : within), atSeat);
            }
        }

        /**
         * An occasion the words are said at, an oblique of the verb marked so ("at a news conference in X", "during
         * a visit to X"): its place is where they are said.
         */
        private boolean occasion(int noun) {
            return sentence.head(noun).filter(h -> h.relation().startsWith("obl")).isPresent()
                    && hasAnyCase(noun, WordList.SCENE_PREPOSITIONS);
        }

        /** A noun whose complement is a place: "the town of X", "the outskirts of X", "a square in X". */
        private boolean placeNoun(Token noun) {
            String word = noun.word().toLowerCase(Locale.ROOT);
            return pack.has(WordList.PLACE_CLASS_NOUNS, word) || pack.has(WordList.PLACE_HEAD_NOUNS, word)
                    || pack.has(WordList.SITE_NOUNS, word) || pack.has(WordList.NEAR_WORDS, noun.lemma())
                    || pack.has(WordList.PART_NOUNS, noun.lemma());
        }

        /**
         * The place a "where" clause of the deed describes: "in Syria, where he was delivering aid", "the town of X,
         * where rebels shelled a checkpoint".
         */
        void collectRelativeAntecedent(int trigger, int clause) {
            List<Integer> heads = new ArrayList<>(List.of(trigger, clause));
            // "a meeting in X where allies joined in offering aid": the deed a verb of the clause governs
            int at = clause;
            for (int up = 0; up < 2; up++) {
                Optional<Dependency> head = sentence.head(at);
                if (head.isEmpty() || head.get().governor() < 0 || !(head.get().relation().equals("xcomp")
                        || head.get().relation().startsWith("advcl") || head.get().relation().startsWith("obl")
                        || head.get().relation().equals("obj"))) {
                    break;
                }
                at = head.get().governor();
                heads.add(at);
            }
            for (int head : heads) {
                Optional<Dependency> relative = sentence.head(head);
                boolean where = sentence.children(head, "advmod").stream().anyMatch(a -> pack.has(
                        WordList.RELATIVE_PLACE_ADVERBS, a.word().toLowerCase(Locale.ROOT)));
                if (where && relative.isPresent() && relative.get().relation().equals("acl:relcl")
                        && relative.get().governor() >= 0) {
                    placeOfNoun(relative.get().governor());
                    return;
                }
            }
        }

        /** A place named as the noun's compound modifier: where the act it names happened. */
        void collectNameModifier(int noun) {
            for (Token modifier : sentence.children(noun, "compound")) {
                linked.at(sentence.index(), modifier.index()).filter(m -> m.place().isPresent())
                        .ifPresent(m -> found.merge(m, Extent.WHOLE, (a, b) -> a.compareTo(b) <= 0 ? a : b));
            }
        }

        /**
         * "entered this city Monday, capturing a station": an unnamed definite town among the
         * arguments of the trigger, its clause or the verb it continues is the last town the article named before.
         */
        void collectTownAnaphor(int trigger, int clause) {
            List<Integer> heads = new ArrayList<>(List.of(trigger, clause));
            sentence.head(trigger).filter(h -> h.governor() >= 0 && (h.relation().equals("conj")
                    || h.relation().equals("advcl") || h.relation().equals("xcomp"))).ifPresent(h -> heads.add(h.governor()));
            for (int head : heads) {
                for (Dependency child : sentence.children(head)) {
                    Token noun = sentence.tokens().get(child.dependent());
                    boolean argument = child.relation().equals("obj") || child.relation().startsWith("obl");
                    if (argument && townAnaphor(noun)) {
                        // where another verb's town ("rolled into this city, capturing a police station"), the
                        // deed is somewhere inside it, no claim on the whole
                        // "seized police stations in the city": a thing taken inside it, no claim on the whole
                        Extent extent = head == trigger && !takesThing(trigger) ? Extent.WHOLE : Extent.PART;
                        // "launched an attack on X, retaking the town": the town is X, which no gazetteer knows
                        lastTownBefore(noun.begin()).filter(m -> UnknownPlaces.clearOf(pack, sentence, noun.index(),
                                        linked.in(sentence.index()), m))
                                .ifPresent(m -> found.put(m, extent));
                        return;
                    }
                    // "rocket attacks on al-Midan and al-Ashrafiyeh neighborhoods": a quarter by a name the gazetteer
                    // lacks lies in the town the article last named, somewhere inside it (the gold writes such a
                    // quarter at its town's id)
                    boolean quarterArgument = argument || child.relation().startsWith("nmod") && head == trigger;
                    if (quarterArgument && namedQuarter(noun)) {
                        int opening = Math.min(noun.index(), firstModifier(noun.index()));
                        lastTownBefore(sentence.tokens().get(opening).begin(), QUARTERED_CITY)
                                .filter(m -> UnknownPlaces.clearOf(pack, sentence, opening,
                                        linked.in(sentence.index()), m))
                                .ifPresent(m -> found.put(m, Extent.PART));
                        return;
                    }
                }
            }
        }

        /**
         * A quarter of a town by its own name, which names no known place: "al-Meridian neighborhood", "the Midan
         * and Ashrafiyeh districts"; not "a neighborhood", "residential neighborhoods", "districts of Aleppo".
         */
        private boolean namedQuarter(Token noun) {
            if (!pack.has(WordList.TOWN_PART_NOUNS, noun.word().toLowerCase(Locale.ROOT))) {
                return false;
            }
            List<Dependency> children = sentence.children(noun.index());
            boolean named = children.stream().anyMatch(d -> (d.relation().equals("compound")
                    || d.relation().equals("amod")) && sentence.tokens().get(d.dependent()).isProperNoun());
            boolean placed = children.stream().anyMatch(d -> isPlace(linked, sentence, d.dependent())
                    || d.relation().startsWith("nmod") && !townAnaphor(sentence.tokens().get(d.dependent()))
                    || d.relation().equals("nmod:poss"));
            return named && !placed;
        }

        /** The first token of the compound or adjective modifiers of a noun, or the noun itself. */
        private int firstModifier(int noun) {
            return sentence.children(noun).stream().filter(d -> d.relation().equals("compound")
                    || d.relation().equals("amod") || d.relation().equals("det"))
                    .mapToInt(Dependency::dependent).min().orElse(noun);
        }

        /**
         * Whether the token is an abstract object won over a side ("victory over ISIS in Hajin"): its "in" place is
         * where the side lost, whole; "control over Daraa and all security branches in Suwayda" names no side.
         */
        private boolean abstractOnly(int token) {
            return abstractObjects.contains(sentence.tokens().get(token).lemma())
                    && sentence.children(token).stream().filter(c -> c.relation().startsWith("nmod"))
                    .anyMatch(c -> linked.at(sentence.index(), c.dependent())
                            .filter(m -> m.place().isEmpty() && m.actor().isPresent()).isPresent());
        }

        /**
         * Whether the verb's object is a thing, not a place ("seized police stations", "entered a district"): its
         * "in" place is where the thing lies, of which only part is claimed.
         */
        private boolean takesThing(int verb) {
            return verb == capture && sentence.children(verb, "obj").stream().anyMatch(o ->
                    o.isNoun() && !isPlace(linked, sentence, o.index()) && !townAnaphor(o)
                    && !(pack.has(WordList.PLACE_CLASS_NOUNS, o.word().toLowerCase(Locale.ROOT))
                    && namesPlace(o)));
        }

        /**
         * "the village of Tokhar", "the Tokhar village": a place noun that names its place; "stormed a village in
         * Aleppo province" takes something inside the province, not the province.
         */
        private boolean namesPlace(Token noun) {
            return sentence.children(noun.index()).stream().anyMatch(d -> (d.relation().startsWith("nmod")
                    || d.relation().startsWith("compound") || d.relation().equals("appos"))
                    && isPlace(linked, sentence, d.dependent()));
        }

        private boolean townAnaphor(Token noun) {
            return pack.has(WordList.PLACE_ANAPHORS, noun.word().toLowerCase(Locale.ROOT))
                    && sentence.children(noun.index()).stream().anyMatch(d -> d.relation().equals("det")
                    && pack.has(WordList.ANAPHORIC_DETERMINERS, sentence.tokens().get(d.dependent()).word()
                    .toLowerCase(Locale.ROOT)))
                    && sentence.children(noun.index()).stream().noneMatch(d -> d.relation().startsWith("nmod")
                    || d.relation().equals("compound"));
        }

        /** The latest town (a place with a GeoNames id) named before offset {@code before}, a few sentences back. */
        private Optional<LinkedMention> lastTownBefore(int before) {
            return lastTownBefore(before, 0);
        }

        /** The same, among towns of at least {@code population} people. */
        private Optional<LinkedMention> lastTownBefore(int before, long population) {
            for (int s = sentence.index(); s >= Math.max(0, sentence.index() - TOWN_LOOKBACK); s--) {
                List<LinkedMention> mentions = linked.in(s);
                for (int i = mentions.size() - 1; i >= 0; i--) {
                    LinkedMention mention = mentions.get(i);
                    if (mention.mention().end() <= before && mention.place()
                            .filter(p -> !p.isCountry() && p.population() >= population).isPresent()
                            && mention.mention().ref().isPresent()) {
                        return Optional.of(mention);
                    }
                }
            }
            return Optional.empty();
        }

        /**
         * "Iraq's second-largest city in Mosul", "the largest town in X": a town noun a superlative singles out is one
         * town, the one its "in" place names, not something inside it ("a city in X" still is).
         */
        private boolean singledOutTown(int token) {
            Token noun = sentence.tokens().get(token);
            return pack.has(WordList.TOWN_NOUNS, noun.word().toLowerCase(Locale.ROOT)) && sentence.children(token)
                    .stream().anyMatch(c -> c.relation().equals("amod") && (superlative(c.dependent())
                            || sentence.children(c.dependent()).stream().anyMatch(d -> superlative(d.dependent()))));
        }

        private boolean superlative(int token) {
            return sentence.tokens().get(token).pos().equals("JJS");
        }

        /** A named populated place (with a GeoNames id), not a region ("Raqqa province"). */
        private boolean town(int token) {
            return linked.at(sentence.index(), token).filter(m -> m.place().isPresent())
                    .flatMap(m -> m.mention().ref()).isPresent();
        }

        /**
         * The place a passive capture is of: its subject ("Palmyra was captured"), the class noun's place ("the town
         * of Qusayr was overrun"), or, through a relative pronoun, the noun the clause describes ("Qusayr, a town
         * that was overrun").
         */
        void collectPassiveSubject(int verb) {
            for (Token subject : sentence.children(verb, "nsubj:pass")) {
                if (!relativePronoun(subject)) {
                    placeOfNoun(subject.index());
                } else {
                    collectAntecedent(subject.index(), verb);
                }
            }
        }

        /** Through a relative pronoun object, the place of the noun the verb's clause describes. */
        void collectObjectAntecedent(int verb) {
            for (Token object : sentence.children(verb, "obj")) {
                collectAntecedent(object.index(), verb);
            }
        }

        /**
         * Through a relative pronoun subject, the place of the noun its clause describes; where the parse hangs the
         * clause elsewhere ("bombing the city of Aleppo that fell to …", the clause a loose dependent of the verb),
         * the noun the pronoun follows, which is what a relative pronoun stands for.
         */
        void collectAntecedent(int subject, int verb) {
            if (!relativePronoun(sentence.tokens().get(subject))) {
                return;
            }
            Optional<Dependency> relative = sentence.head(verb);
            if (relative.isPresent() && relative.get().relation().equals("acl:relcl")
                    && relative.get().governor() >= 0) {
                placeOfNoun(relative.get().governor());
            } else if (subject > 0 && sentence.tokens().get(subject - 1).isNoun()) {
                placeOfNoun(subject - 1);
            }
        }

        private boolean relativePronoun(Token token) {
            return PlaceFinder.relativePronoun(pack, token);
        }

        /**
         * A verb with no subject of its own that describes a noun ("the first city to fall to X") has that noun for
         * its subject: its place, or the subject the noun is said of ("Tikrit was the first city ...").
         */
        void collectDescribed(int verb) {
            Optional<Dependency> head = sentence.head(verb);
            if (head.isEmpty() || !head.get().relation().equals("acl") || head.get().governor() < 0
                    || !sentence.tokens().get(head.get().governor()).isNoun()) {
                return;
            }
            int noun = head.get().governor();
            int before = found.size();
            placeOfNoun(noun);
            if (found.size() == before && !sentence.children(noun, "cop").isEmpty()) {
                sentence.children(noun, "nsubj").forEach(subject -> collectSubject(subject.index()));
            }
        }

        /** The place a noun names or names with its class noun, or the one it stands in apposition to. */
        void placeOfNoun(int noun) {
            int before = found.size();
            collect(noun, 1, Extent.WHOLE);
            Optional<Dependency> apposed = sentence.head(noun);
            if (found.size() == before && apposed.isPresent() && apposed.get().relation().equals("appos")
                    && apposed.get().governor() >= 0) {
                collect(apposed.get().governor(), 1, Extent.WHOLE);
            }
        }

        /** The subject itself as a place ("Aleppo fell"), claimed whole. */
        void collectSubject(int subject) {
            linked.at(sentence.index(), subject).filter(m -> m.place().isPresent())
                    .ifPresent(m -> found.putIfAbsent(m, Extent.WHOLE));
        }

        /** A building noun, or a noun a building noun modifies ("the U.S. Embassy compound"). */
        private boolean building(int token) {
            return buildingNoun(sentence.tokens().get(token)) || sentence.children(token, "compound").stream()
                    .anyMatch(this::buildingNoun);
        }

        private boolean buildingNoun(Token noun) {
            return noun.isNoun() && pack.has(WordList.BUILDING_NOUNS, noun.lemma().toLowerCase(Locale.ROOT));
        }

        /**
         * Near beats a building beats part beats whole along one path: "a village near districts of X" is near X.
         */
        private static Extent widest(Extent a, Extent b) {
            return a.compareTo(b) >= 0 ? a : b;
        }

        private boolean hasAnyCase(int token, WordList prepositions) {
            return Clauses.markedBy(pack, sentence, token, prepositions);
        }
    }
}
