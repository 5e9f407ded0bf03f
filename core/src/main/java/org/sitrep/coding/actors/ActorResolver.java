package org.sitrep.coding.actors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.coding.events.ArgumentFinder;
import org.sitrep.coding.syntax.Clauses;
import org.sitrep.knowledge.EntityLinker;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.knowledge.Linked;
import org.sitrep.knowledge.LinkedMention;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.Actor;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Resolves the token heading an argument (a subject, an object) to the entity it refers to: the mention covering
 * it, the owner of "its forces", a nationality on "Turkish efforts", or a pronoun's antecedent (the nearest
 * preceding subject of a fitting kind).
 */
public final class ActorResolver {
    public static final int LOOKBACK_SENTENCES = 4;
    /** How many heads up from a pronoun the verb of its clause may stand. */
    private static final int CLAUSE_DEPTH = 4;
    /** The kinds of name a group of armed men can belong to: organisations, not places or peoples. */
    private static final Set<EntityType> GROUP_TYPES = Set.of(EntityType.ARMED_GROUP, EntityType.ORGANIZATION);
    private static final java.util.regex.Pattern MODEL_NAME = java.util.regex.Pattern.compile(
            "\\p{L}{1,4}-\\d{1,3}\\p{L}?s?");
    private static final java.util.regex.Pattern MODEL_NUMBER = java.util.regex.Pattern.compile("\\d{1,3}\\p{L}?s?");
    private static final java.util.regex.Pattern MODEL_LETTERS = java.util.regex.Pattern.compile("\\p{L}{1,4}");

    private final KnowledgeBase knowledge;
    private final Linked linked;
    private final LanguagePack pack;

    public ActorResolver(KnowledgeBase knowledge, Linked linked, LanguagePack pack) {
        this.knowledge = knowledge;
        this.linked = linked;
        this.pack = pack;
    }

    /**
     * The referent of the phrase headed by {@code token}, if it names (or points to) an entity; where the phrase is
     * not the referent's own mention ("he", "the group", "its forces"), its words are the head's.
     */
    public Optional<Referent> resolve(Sentence sentence, int token) {
        return resolve(sentence, token, 0).map(r -> r.mention().sentence() == sentence.index()
                && r.mention().covers(token) ? r : r.at(sentence.tokens().get(token).span()));
    }

    /**
     * As {@link #resolve(Sentence, int)}, and a bare plural of a group noun ("militants captured the villages") as
     * "the militants": for a capture's subject, where fighters are a group's; not for every event's actor.
     */
    public Optional<Referent> resolveFighters(Sentence sentence, int token) {
        Token noun = sentence.tokens().get(token);
        boolean bareGroup = noun.pos().equals("NNS") && sentence.children(token, "det").isEmpty()
                && pack.has(WordList.GROUP_DESCRIPTIONS, noun.lemma().toLowerCase(Locale.ROOT));
        return resolve(sentence, token).or(() -> bareGroup ? described(sentence, noun) : Optional.empty());
    }

    private Optional<Referent> resolve(Sentence sentence, int token, int depth) {
        Optional<LinkedMention> direct = linked.at(sentence.index(), token);
        if (direct.isPresent()) {
            // "the Navy deployed destroyers": a state's service capitalised as a name the knowledge does not hold is
            // the forces of a state, as "the navy" would be
            if (direct.get().actor().isEmpty() && pack.has(WordList.STATE_FORCE_NOUNS,
                    direct.get().mention().text().toLowerCase(Locale.ROOT))) {
                Token first = sentence.tokens().get(direct.get().firstToken());
                Optional<Referent> state = stateOfPlace(sentence, first.begin())
                        .or(() -> mainState(sentence, first.begin()));
                if (state.isPresent()) {
                    return state;
                }
            }
            if (direct.get().actor().isEmpty() && isModelName(sentence, token) && depth <= 2) {
                // "shot down by Turkish F-16s", the model name tagged as a name of its own: its state, if one is named
                Optional<Referent> state = modelState(sentence, token, depth);
                if (state.isPresent()) {
                    return state;
                }
            }
            return Optional.of(referent(direct.get(), false));
        }
        Token head = sentence.tokens().get(token);
        String word = head.word().toLowerCase(Locale.ROOT);
        if (head.isPronoun() || pack.has(WordList.GROUP_PRONOUNS, word)) {
            return antecedent(sentence, head);
        }
        // "whose" is tagged a possessive wh-pronoun of its own
        if (pack.has(WordList.RELATIVE_PRONOUNS, word) && (head.pos().equals("WDT") || head.pos().equals("WP"))
                || head.pos().equals("WP$")) {
            return relativeAntecedent(sentence, head);
        }
        if (depth > 2) {
            return Optional.empty();
        }
        // "his country was supporting": the country a pronoun's owner belongs to, not the owner
        boolean ownedByPronoun = sentence.children(token, "nmod:poss").stream().anyMatch(Token::isPronoun);
        if (ownedByPronoun && pack.has(WordList.COUNTRY_ANAPHORS, word)) {
            return country(sentence, head);
        }
        // "Lebanon's prime minister, Najib Mikati": an office renamed by the person holding it is that person, who
        // acts in his own name as the knowledge codes him (the owner says only whose office it is)
        for (Dependency child : sentence.children(token)) {
            if (child.relation().equals("appos") || misparsedApposition(sentence, child)) {
                Optional<Referent> holder = resolve(sentence, child.dependent(), depth + 1)
                        .filter(r -> r.mention().mention().type() == EntityType.PERSON);
                if (holder.isPresent()) {
                    return holder;
                }
            }
        }
        // "its forces", "Turkish efforts", "the Assad regime's insistence": the owner or modifier names the actor.
        for (Dependency child : sentence.children(token)) {
            String relation = child.relation();
            if (relation.equals("nmod:poss") || relation.equals("amod") || relation.startsWith("compound")
                    || relation.equals("flat") || relation.equals("appos") || misparsedApposition(sentence, child)) {
                Optional<Referent> found = resolve(sentence, child.dependent(), depth + 1);
                // "Syrian warplanes" and "Syria's army" are the state's; "Syrian militants" and "Syria's 'terrorists'"
                // are not (a country named as a compound stays: "the U.S. Consulate")
                EntityType type = found.map(r -> r.mention().mention().type()).orElse(EntityType.MISC);
                boolean nationality = type == EntityType.NATIONALITY
                        || (type == EntityType.COUNTRY && relation.equals("nmod:poss"));
                // "Turkish F-16s": a nationality on a weapon's model name is the state's, as on "jets"
                if (nationality && !pack.has(WordList.FORCE_NOUNS, word) && !isModelName(sentence, token)) {
                    continue;
                }
                if (found.isPresent() && isActor(found.get().mention())) {
                    return found;
                }
            }
        }
        boolean definite = sentence.children(token, "det").stream()
                .anyMatch(d -> pack.has(WordList.DEFINITE_ARTICLES, d.word().toLowerCase(Locale.ROOT)));
        if (definite && pack.has(WordList.COUNTRY_ANAPHORS, word)) {
            return country(sentence, head); // "the country's prime minister"
        }
        if (definite && head.isNoun() && pack.has(WordList.STATE_FORCE_NOUNS, withCompounds(sentence, head))) {
            // "the army shelled Douma": the forces of the state whose land the sentence names, else the article's
            Optional<Referent> state = stateOfPlace(sentence, head.begin())
                    .or(() -> mainState(sentence, head.begin()));
            if (state.isPresent()) {
                return state;
            }
        }
        if (head.isNoun() && !head.isProperNoun() && servicesUnit(sentence, token)) {
            // "army units shelled the hills", "the army units took the town": units named by a state's service are
            // that service's, so the state's as "the army" is ("an army unit" is told as one of any army's)
            Optional<Referent> state = stateOfPlace(sentence, head.begin())
                    .or(() -> mainState(sentence, head.begin()));
            if (state.isPresent()) {
                return state;
            }
        }
        if (definite && head.isNoun()) {
            Optional<Referent> described = described(sentence, head);
            if (described.isPresent()) {
                return described;
            }
        }
        if ((head.pos().equals("NNS") || head.pos().equals("DT")) && !definite) {
            // "other senators, such as Lamar Alexander, have voiced concerns", "some — such as Sen. X — urging":
            // the named member speaks for the rest
            for (Dependency child : sentence.children(token)) {
                if (child.relation().startsWith("nmod") && child.dependent() > token
                        && Clauses.markedBy(pack, sentence, child.dependent(), WordList.MEMBER_PREPOSITIONS)) {
                    Optional<Referent> member = resolve(sentence, child.dependent(), depth + 1);
                    if (member.isPresent() && isActor(member.get().mention())) {
                        return member;
                    }
                }
            }
        }
        if (pack.has(WordList.FORCE_NOUNS, word)) {
            for (Token of : sentence.children(token, "nmod")) {
                Optional<Referent> found = resolve(sentence, of.index(), depth + 1);
                if (found.isPresent() && isActor(found.get().mention())) {
                    return found;
                }
            }
        }
        if (pack.has(WordList.ARMED_MEMBER_NOUNS, word)) {
            return groupOfMembers(sentence, token, depth);
        }
        return Optional.empty();
    }

    /**
     * "terrorists from Jaish al-Islam", "militants of the Nusra Front": armed men told by the group they come from
     * are that group's. Only a group: "militants from Syria" or "from Aleppo" says where they come from, not whose
     * they are (a nationality is not a side of its own for such nouns either: "Syrian militants").
     */
    private Optional<Referent> groupOfMembers(Sentence sentence, int token, int depth) {
        for (Token of : sentence.children(token, "nmod")) {
            if (of.index() < token || !Clauses.markedBy(pack, sentence, of.index(), WordList.MEMBERSHIP_PREPOSITIONS)) {
                continue;
            }
            Optional<Referent> found = resolve(sentence, of.index(), depth + 1)
                    .filter(r -> isActor(r.mention()) && GROUP_TYPES.contains(r.mention().mention().type()));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * "government airstrikes", "rebel bombardment", "regime siege": a bare common word modifying a noun event names
     * the side whose forces it would name ("government forces", "rebel forces"), as the knowledge's descriptors say.
     */
    public Optional<Referent> sideOfModifier(Sentence sentence, int modifier) {
        Token token = sentence.tokens().get(modifier);
        // a sentence's first word is capitalised by its place and may be tagged a name ("Regime bombardment of …")
        if (!token.isNoun() && !token.pos().startsWith("JJ") || token.isProperNoun() && modifier > 0
                || linked.at(sentence.index(), modifier).isPresent()) {
            return Optional.empty();
        }
        return sideOfWord(token.word().toLowerCase(Locale.ROOT)).map(actor -> modifierReferent(sentence, modifier,
                actor));
    }

    /**
     * "anti-government protests", "an anti-ISIS offensive": a modifier made of an opposing prefix and a side's name,
     * nationality or forces' word names the side the noun is against.
     */
    public Optional<Referent> opposedBy(Sentence sentence, int modifier) {
        Token token = sentence.tokens().get(modifier);
        String word = token.word();
        for (String prefix : pack.words(WordList.OPPOSING_PREFIXES)) {
            if (word.length() > prefix.length() && word.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                String rest = word.substring(prefix.length());
                return knowledge.byAlias(rest).or(() -> knowledge.byAdjective(rest))
                        .or(() -> sideOfWord(rest.toLowerCase(Locale.ROOT)))
                        .map(actor -> modifierReferent(sentence, modifier, actor));
            }
        }
        return Optional.empty();
    }

    /** The side whose forces a bare word names, as the knowledge's descriptors say ("government forces"). */
    private Optional<Actor> sideOfWord(String word) {
        for (String force : pack.words(WordList.FORCE_NOUNS)) {
            Optional<Actor> actor = knowledge.byDescriptor(word + " " + force);
            if (actor.isPresent()) {
                return actor;
            }
        }
        return Optional.empty();
    }

    /** A referent for an actor that a modifier word names without being a mention of it. */
    private Referent modifierReferent(Sentence sentence, int modifier, Actor actor) {
        Token token = sentence.tokens().get(modifier);
        Mention mention = new Mention(token.word(), token.begin(), token.end(), EntityLinker.typeOf(actor, false),
                actor.name(), Optional.of(actor.id()), Optional.empty(), Optional.empty(), 0.6);
        return referent(new LinkedMention(sentence.index(), modifier, modifier, mention, Optional.of(actor),
                Optional.empty()), false);
    }

    /**
     * "the coalition" after "the US-led coalition", "the Observatory" after "the Syrian Observatory for Human
     * Rights", "the group" after "Islamic State", "the senator" after "Marco Rubio": a definite description refers
     * back to the nearest actor named before whose name holds the noun, or, for a noun of the group list, to the
     * nearest armed group, for a noun of an office, to the nearest person named with that office as title.
     */
    private Optional<Referent> described(Sentence sentence, Token noun) {
        String word = noun.word().toLowerCase(Locale.ROOT);
        String lemma = noun.lemma().toLowerCase(Locale.ROOT);
        boolean group = pack.has(WordList.GROUP_DESCRIPTIONS, lemma);
        boolean office = pack.has(WordList.PERSON_DESCRIPTIONS, lemma);
        boolean plural = noun.pos().equals("NNS") || noun.pos().equals("NNPS");
        // "the former president" is one titled former president, not the president in office named since
        boolean ended = sentence.children(noun.index(), "amod").stream()
                .anyMatch(m -> pack.has(WordList.ENDED_MODIFIERS, m.word()));
        // a name holding the noun is found however far back ("the coalition" after "the US-led coalition");
        // a group noun takes only a recent armed group
        int recent = sentence.index() - LOOKBACK_SENTENCES;
        return nearestBefore(sentence, noun.begin(), 0, mention -> {
            if (!isActor(mention)) {
                return false;
            }
            List<String> named = List.of(mention.canonical().toLowerCase(Locale.ROOT).split("[\\s-]+"));
            // a plural refers back to more than one ("the two governments", "the other ministers"), never to the one
            // actor whose name or title holds its noun ("Syrian government", "Foreign Minister X")
            boolean holds = !plural && named.size() > 1 && (named.contains(word) || named.contains(lemma));
            // "the militants" are a group's fighters, never a coalition of states ("a coalition airstrike targeting
            // the militants")
            boolean armed = group && mention.sentence() >= recent
                    && mention.mention().type() == EntityType.ARMED_GROUP
                    && mention.actor().map(a -> a.kind() != Actor.ActorKind.COALITION).orElse(true);
            boolean holder = !plural && office && mention.mention().type() == EntityType.PERSON
                    && titled(mention, lemma) && (!ended || titled(mention, this::endedTitle));
            return holds || armed || holder;
        }).or(() -> group ? mainArmedGroup(sentence, noun.begin()) : Optional.empty())
                .map(mention -> referent(mention, true));
    }

    /**
     * "the militants" with no armed group named in the last sentences: the armed group the article is about, the one
     * it has named most often so far (the latest of those named equally often).
     */
    private Optional<LinkedMention> mainArmedGroup(Sentence sentence, int before) {
        Map<String, Integer> counts = new HashMap<>();
        LinkedMention main = null;
        for (int s = 0; s <= sentence.index(); s++) {
            for (LinkedMention mention : linked.in(s)) {
                if ((s < sentence.index() || mention.mention().end() <= before) && mention.actor().isPresent()
                        && mention.mention().type() == EntityType.ARMED_GROUP) {
                    int count = counts.merge(mention.actor().get().id(), 1, Integer::sum);
                    if (main == null || count >= counts.get(main.actor().get().id())) {
                        main = mention;
                    }
                }
            }
        }
        return Optional.ofNullable(main);
    }

    /** The state a nationality or a state's name before a model name gives ("Turkish F-16s", "Syria's MiG-23s"). */
    private Optional<Referent> modelState(Sentence sentence, int token, int depth) {
        for (Dependency child : sentence.children(token)) {
            if (child.relation().equals("amod") || child.relation().startsWith("compound")
                    || child.relation().equals("nmod:poss")) {
                Optional<Referent> found = resolve(sentence, child.dependent(), depth + 1);
                if (found.isPresent() && isActor(found.get().mention())
                        && found.get().mention().actor().filter(a -> a.kind() == Actor.ActorKind.STATE).isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a phrase's head is a weapon's or an aircraft's model name ("F-16s", "Su-24", "MiG-29"): letters, a
     * hyphen and a number, the shape such designations take in any language written in Latin letters; the tokenizer
     * may keep it one word or split it at the hyphen, with the number as head.
     */
    public static boolean isModelName(Sentence sentence, int head) {
        List<Token> tokens = sentence.tokens();
        String word = tokens.get(head).word();
        if (MODEL_NAME.matcher(word).matches()) {
            return true;
        }
        return head >= 2 && MODEL_NUMBER.matcher(word).matches() && tokens.get(head - 1).word().equals("-")
                && MODEL_LETTERS.matcher(tokens.get(head - 2).word()).matches()
                && sentence.head(head - 2).filter(h -> h.governor() == head).isPresent();
    }

    /** The noun with the compounds before it, lower-cased: "air force". */
    private static String withCompounds(Sentence sentence, Token noun) {
        StringBuilder phrase = new StringBuilder();
        for (Token compound : sentence.children(noun.index(), "compound")) {
            if (compound.index() < noun.index()) {
                phrase.append(compound.word().toLowerCase(Locale.ROOT)).append(' ');
            }
        }
        return phrase.append(noun.word().toLowerCase(Locale.ROOT)).toString();
    }

    /**
     * Whether a noun of a service's units is told as a state's service's own by a compound before it ("army units",
     * "the army units"), with no determiner or a definite one.
     */
    private boolean servicesUnit(Sentence sentence, int token) {
        if (!pack.has(WordList.SERVICE_UNIT_NOUNS, sentence.tokens().get(token).word().toLowerCase(Locale.ROOT))) {
            return false; // "military sites", "military aid": a thing a service has or gives is no one's deed
        }
        boolean service = sentence.children(token, "compound").stream().anyMatch(c -> c.index() < token
                && pack.has(WordList.STATE_FORCE_NOUNS, c.word().toLowerCase(Locale.ROOT)));
        return service && sentence.children(token, "det").stream()
                .allMatch(d -> pack.has(WordList.DEFINITE_ARTICLES, d.word().toLowerCase(Locale.ROOT)));
    }

    /**
     * "the army", "the air force" named by no state: the forces of the state the article is about, the one it has
     * named most often so far (a state's government and its country counted as one; the latest of those named
     * equally often).
     */
    private Optional<Referent> mainState(Sentence sentence, int before) {
        Map<String, Integer> counts = new HashMap<>();
        LinkedMention main = null;
        String mainId = null;
        for (int s = 0; s <= sentence.index(); s++) {
            for (LinkedMention mention : linked.in(s)) {
                Optional<Actor> actor = mention.actor();
                if ((s < sentence.index() || mention.mention().end() <= before) && actor.isPresent()
                        && actor.get().kind() == Actor.ActorKind.STATE) {
                    String id = actor.get().memberOf().flatMap(knowledge::byId)
                            .filter(m -> m.kind() == Actor.ActorKind.STATE)
                            .map(Actor::id).orElse(actor.get().id());
                    int count = counts.merge(id, 1, Integer::sum);
                    if (main == null || count >= counts.get(mainId)) {
                        main = mention;
                        mainId = id;
                    }
                }
            }
        }
        if (main == null) {
            return Optional.empty();
        }
        // the forces of Syria are its government's, as the knowledge has the country act through it
        Actor state = knowledge.byId(mainId).orElseThrow();
        return Optional.of(new Referent(main, state.name(), Optional.of(state.id()), knowledge.side(state), true));
    }

    /**
     * "Russian jets struck Idlib. Shelling by the army killed nine in Douma": a state's forces named by no state are
     * those of the country where the sentence's place lies (foreign forces are named by their nationality), where the
     * article has named that state (or its country) up to there.
     */
    private Optional<Referent> stateOfPlace(Sentence sentence, int before) {
        Set<String> states = new HashSet<>();
        for (LinkedMention mention : linked.in(sentence.index())) {
            mention.place().filter(place -> !isActor(mention))
                    .map(place -> new Locale("", place.countryCode()).getDisplayCountry(Locale.ENGLISH))
                    .flatMap(knowledge::byAlias).map(this::stateId).ifPresent(states::add);
        }
        if (states.size() != 1) {
            return Optional.empty(); // no place, or places of two countries: the sentence says nothing of whose
        }
        String id = states.iterator().next();
        Optional<LinkedMention> named = nearestBefore(sentence, before, 0, mention -> mention.actor()
                .filter(actor -> actor.kind() == Actor.ActorKind.STATE && stateId(actor).equals(id)).isPresent());
        Actor state = knowledge.byId(id).orElseThrow();
        return named.map(mention -> new Referent(mention, state.name(), Optional.of(id), knowledge.side(state), true));
    }

    /**
     * "Russia's defense ministry", "the General Staff of the Russian Federation": an organ of a state the knowledge does
     * not hold acts for that state, where the organ's own words or its owner name the state.
     */
    private Optional<Actor> organState(LinkedMention mention) {
        if (mention.actor().isPresent() || mention.mention().type() != EntityType.ORGANIZATION
                || mention.sentence() >= linked.annotated().sentences().size()) {
            return Optional.empty();
        }
        Sentence sentence = linked.annotated().sentences().get(mention.sentence());
        List<Token> words = sentence.tokens().subList(mention.firstToken(), mention.lastToken() + 1);
        if (words.stream().noneMatch(t -> pack.has(WordList.STATE_ORGAN_NOUNS, t.lemma().toLowerCase(Locale.ROOT)))) {
            return Optional.empty();
        }
        Predicate<Actor> isState = a -> a.kind() == Actor.ActorKind.STATE;
        for (int first = 0; first < words.size(); first++) {
            for (int last = words.size() - 1; last >= first; last--) {
                String phrase = words.subList(first, last + 1).stream().map(Token::word)
                        .collect(java.util.stream.Collectors.joining(" "));
                Optional<Actor> named = knowledge.byAlias(phrase).or(() -> knowledge.byAdjective(phrase))
                        .filter(isState);
                if (named.isPresent()) {
                    return named.flatMap(a -> knowledge.byId(stateId(a)));
                }
            }
        }
        // its owner: "Russia's defense ministry", "the General Staff of the Russian Federation"
        for (Dependency owner : sentence.children(mention.lastToken())) {
            boolean owns = owner.relation().equals("nmod:poss") || owner.relation().startsWith("nmod")
                    && Clauses.markedBy(pack, sentence, owner.dependent(), WordList.MEMBERSHIP_PREPOSITIONS);
            Optional<Actor> owning = owns ? linked.at(sentence.index(), owner.dependent())
                    .flatMap(LinkedMention::actor).filter(isState) : Optional.empty();
            if (owning.isPresent()) {
                return owning.flatMap(a -> knowledge.byId(stateId(a)));
            }
        }
        // "the Defense Ministry" names no state: a ministry's reports about a war are often another state's than the
        // place's or the article's (Russia's reports of strikes in Syria), so no state is guessed
        return Optional.empty();
    }

    /** The state an actor stands for: a country's government where the knowledge has the country act through it. */
    private String stateId(Actor actor) {
        return actor.memberOf().flatMap(knowledge::byId).filter(m -> m.kind() == Actor.ActorKind.STATE)
                .map(Actor::id).orElse(actor.id());
    }

    /** Whether the office stands just before the person's name where it was named ("Senator Marco Rubio"). */
    private boolean titled(LinkedMention person, String office) {
        return titled(person, token -> token.lemma().toLowerCase(Locale.ROOT).equals(office)
                || abbreviates(token, office));
    }

    /** Whether a word of the title before the person's name passes the test. */
    private boolean titled(LinkedMention person, Predicate<Token> titleWord) {
        List<Token> tokens = linked.annotated().sentences().get(person.sentence()).tokens();
        // the title before the name, or inside a mention that holds it ("President Trump" linked whole)
        for (int i = Math.max(0, person.firstToken() - 3); i < person.lastToken(); i++) {
            if (titleWord.test(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** A title word that says the office has ended ("Former President Bill Clinton"). */
    private boolean endedTitle(Token token) {
        return pack.has(WordList.ENDED_MODIFIERS, token.word());
    }

    /** "Sen." for senator, "Gen." for general: an abbreviated title is the office's first letters and a period. */
    private static boolean abbreviates(Token token, String office) {
        String word = token.word().toLowerCase(Locale.ROOT);
        return word.length() > 2 && word.endsWith(".") && office.startsWith(word.substring(0, word.length() - 1));
    }

    /** "the country": the nearest country named before, as a country or by its nationality ("Iraqi forces"). */
    private Optional<Referent> country(Sentence sentence, Token noun) {
        return nearestBefore(sentence, noun.begin(), sentence.index() - LOOKBACK_SENTENCES, mention ->
                mention.actor().isPresent() && (mention.mention().type() == EntityType.COUNTRY
                        || mention.mention().type() == EntityType.NATIONALITY))
                .map(mention -> referent(mention, true));
    }

    /**
     * The nearest mention that passes the test: ending before offset {@code before} in this sentence, else in the
     * earlier sentences back to sentence {@code earliest}, the latest first.
     */
    private Optional<LinkedMention> nearestBefore(Sentence sentence, int before, int earliest,
                                                  Predicate<LinkedMention> test) {
        for (int s = sentence.index(); s >= Math.max(0, earliest); s--) {
            List<LinkedMention> mentions = linked.in(s);
            for (int i = mentions.size() - 1; i >= 0; i--) {
                LinkedMention mention = mentions.get(i);
                if ((s < sentence.index() || mention.mention().end() <= before) && test.test(mention)) {
                    return Optional.of(mention);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "Critics slammed the decision", "several senators said they'll oppose", "angry protesters clashed": a plural of
     * a people's noun that names no actor acts by its description, as the analyst writes it ("critics", "senators").
     */
    public Optional<Referent> describedPeople(Sentence sentence, int token) {
        Token noun = sentence.tokens().get(token);
        String lemma = noun.lemma().toLowerCase(Locale.ROOT);
        if (!noun.pos().equals("NNS") || !pack.has(WordList.PEOPLE_DESCRIPTIONS, lemma)
                || linked.at(sentence.index(), token).isPresent()) {
            return Optional.empty();
        }
        String name = noun.word().toLowerCase(Locale.ROOT);
        Mention mention = new Mention(noun.word(), noun.begin(), noun.end(),
                EntityType.PERSON, name, Optional.empty(), Optional.empty(), Optional.empty(), 0.5);
        return Optional.of(new Referent(new LinkedMention(sentence.index(), token, token, mention, Optional.empty(),
                Optional.empty()), name, Optional.empty(), Optional.empty(), false));
    }

    /** Whether the token is part of a mention linked to an actor. */
    public boolean actorAt(Sentence sentence, int token) {
        return linked.at(sentence.index(), token).filter(ActorResolver::isActor).isPresent();
    }

    /** Whether the token is part of a mention linked to a place, not an actor. */
    public boolean placeAt(Sentence sentence, int token) {
        return linked.at(sentence.index(), token).filter(m -> m.place().isPresent() && !isActor(m)).isPresent();
    }

    /** The linked mentions of a sentence, in text order. */
    public List<LinkedMention> mentionsIn(Sentence sentence) {
        return linked.in(sentence.index());
    }

    /** The article's sentences, in order. */
    public List<Sentence> sentences() {
        return linked.annotated().sentences();
    }

    /** The article the mentions are of. */
    org.sitrep.model.Article article() {
        return linked.annotated().article();
    }

    /** Whether a mention can act (a person, group, organisation or state), not only be a place. */
    public static boolean isActor(LinkedMention mention) {
        EntityType type = mention.mention().type();
        return mention.actor().isPresent() || type == EntityType.PERSON || type == EntityType.ORGANIZATION
                || type == EntityType.ARMED_GROUP;
    }

    private Referent referent(LinkedMention mention, boolean viaPronoun) {
        Optional<Actor> state = organState(mention);
        if (state.isPresent()) {
            return new Referent(mention, state.get().name(), Optional.of(state.get().id()),
                    knowledge.side(state.get()), viaPronoun);
        }
        Optional<String> side = mention.actor().flatMap(knowledge::side);
        return new Referent(mention, mention.canonical(), mention.actor().map(a -> a.id()), side, viaPronoun);
    }

    /**
     * "the opposition, which has made advances": the nearest actor before a relative pronoun; a people named by
     * nationality ("three Christian Syrians killed in battles with a rebel group that took …") is no state that acts.
     */
    private Optional<Referent> relativeAntecedent(Sentence sentence, Token pronoun) {
        Optional<Referent> state = describedCountry(sentence, pronoun);
        if (state.isPresent()) {
            return state;
        }
        return nearestBefore(sentence, pronoun.begin(), sentence.index(),
                mention -> isActor(mention) && mention.mention().type() != EntityType.NATIONALITY)
                .map(mention -> referent(mention, true));
    }

    /**
     * "events in Syria, whose regime is backed by Iran": a relative clause that describes a country named as a place
     * is about its state, which the nearest actor named before would miss.
     */
    private Optional<Referent> describedCountry(Sentence sentence, Token pronoun) {
        int current = pronoun.index();
        for (int depth = 0; depth < CLAUSE_DEPTH; depth++) {
            Optional<Dependency> head = sentence.head(current);
            if (head.isEmpty() || head.get().governor() < 0) {
                return Optional.empty();
            }
            if (head.get().relation().equals("acl:relcl")) {
                return linked.at(sentence.index(), head.get().governor())
                        .filter(m -> m.mention().type() == EntityType.COUNTRY && m.actor().isEmpty())
                        .flatMap(m -> knowledge.byAlias(m.canonical())
                                .filter(a -> a.kind() == Actor.ActorKind.STATE)
                                .map(a -> new Referent(m, a.name(), Optional.of(a.id()), knowledge.side(a), true)));
            }
            current = head.get().governor();
        }
        return Optional.empty();
    }

    /**
     * "the group the Abdullah Azzam Brigades", "Crown Prince ... Mohammed bin Zayed": a name right
     * after the noun it renames, which the parser leaves as a bare dependent.
     */
    private static boolean misparsedApposition(Sentence sentence, Dependency child) {
        return child.relation().equals("dep") && child.dependent() > child.governor()
                && sentence.tokens().get(child.dependent()).isProperNoun();
    }

    /** The nearest preceding subject that fits the pronoun: this sentence first, then earlier ones. */
    private Optional<Referent> antecedent(Sentence sentence, Token pronoun) {
        String word = pronoun.word().toLowerCase(Locale.ROOT);
        boolean person = pack.has(WordList.PERSON_PRONOUNS, word);
        boolean group = pack.has(WordList.GROUP_PRONOUNS, word);
        List<Sentence> sentences = linked.annotated().sentences();
        Set<LinkedMention> ownSubjects = ownClauseSubjects(sentence, pronoun);
        Optional<LinkedMention> controller = clauseOf(sentence, pronoun.index())
                .flatMap(verb -> ArgumentFinder.controller(sentence, verb))
                .flatMap(object -> linked.at(sentence.index(), object)).filter(m -> fits(m, person));
        if (controller.isPresent()) {
            return Optional.of(referent(controller.get(), true)); // "urged Turkey to withdraw its troops"
        }
        Optional<LinkedMention> speaker = quotedSpeaker(sentence, pronoun.index()).filter(m -> fits(m, person));
        if (speaker.isPresent()) {
            return Optional.of(referent(speaker.get(), true));
        }
        if (pack.has(WordList.GROUP_PRONOUNS, word)) {
            Optional<Referent> sayers = describedSayers(sentence, pronoun.index());
            if (sayers.isPresent()) {
                return sayers;
            }
        }
        if (pack.has(WordList.THING_PRONOUNS, word) && thingBefore(sentence, pronoun)) {
            return Optional.empty(); // "said a helicopter crashed and rebels shot it down": the thing, no side
        }
        for (int s = sentence.index(); s >= Math.max(0, sentence.index() - LOOKBACK_SENTENCES); s--) {
            Sentence candidate = sentences.get(s);
            Optional<LinkedMention> subject = subjectMention(candidate, s == sentence.index() ? pronoun.index() : -1,
                    person, group && s == sentence.index(), ownSubjects);
            if (subject.isPresent()) {
                return Optional.of(referent(subject.get(), true));
            }
        }
        for (int s = sentence.index(); s >= Math.max(0, sentence.index() - 1); s--) {
            List<LinkedMention> mentions = linked.in(s);
            for (int i = mentions.size() - 1; i >= 0; i--) {
                LinkedMention mention = mentions.get(i);
                if ((s < sentence.index() || mention.mention().end() <= pronoun.begin()) && fits(mention, person)
                        && !ownSubjects.contains(mention)) {
                    return Optional.of(referent(mention, true));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "The group said a helicopter crashed and that rebels shot it down": an object (or passive subject) "it" whose
     * nearest subject before it in its sentence, outside its own clause and past pronouns, is a thing no name or
     * description resolves stands for that thing, not for a name further back (the speaker).
     */
    private boolean thingBefore(Sentence sentence, Token pronoun) {
        Optional<Dependency> own = sentence.head(pronoun.index());
        if (own.isEmpty() || own.get().governor() < 0 || !(own.get().relation().equals("obj")
                || own.get().relation().equals("nsubj:pass"))) {
            return false;
        }
        List<Dependency> dependencies = sentence.dependencies();
        for (int i = dependencies.size() - 1; i >= 0; i--) {
            Dependency d = dependencies.get(i);
            if (!d.relation().startsWith("nsubj") || d.dependent() >= pronoun.index()
                    || d.governor() == own.get().governor()) {
                continue;
            }
            Token subject = sentence.tokens().get(d.dependent());
            if (subject.isPronoun()) {
                continue; // "it was unclear whether …": an empty subject names nothing
            }
            return subject.pos().equals("NN") && linked.at(sentence.index(), d.dependent()).isEmpty()
                    && resolve(sentence, d.dependent()).isEmpty();
        }
        return false;
    }

    /**
     * "Several senators said they would oppose the bill": "they" in what a described group says is that group, which
     * no linked name before it (the nearest subject of an earlier sentence) would be; only for a clause the speech
     * verb governs directly.
     */
    private Optional<Referent> describedSayers(Sentence sentence, int pronoun) {
        return clauseOf(sentence, pronoun)
                .flatMap(clause -> sentence.head(clause).filter(h -> h.relation().equals("ccomp") && h.governor() >= 0))
                .map(Dependency::governor)
                .filter(verb -> pack.has(WordList.SPEECH_VERBS, sentence.tokens().get(verb).lemma()
                        .toLowerCase(Locale.ROOT)))
                .flatMap(verb -> sentence.children(verb, "nsubj").stream().findFirst())
                .flatMap(subject -> describedPeople(sentence, subject.index()));
    }

    /**
     * "AFP quoted the Pentagon as saying that it would investigate …": a pronoun in what a quoted speaker
     * says stands for the speaker, the object of the quoting verb, not the one who quotes; the walk up stops at the
     * first verb with a subject of its own.
     */
    private Optional<LinkedMention> quotedSpeaker(Sentence sentence, int pronoun) {
        int current = pronoun;
        for (int depth = 0; depth < 2 * CLAUSE_DEPTH; depth++) {
            Optional<Dependency> head = sentence.head(current);
            if (head.isEmpty() || head.get().governor() < 0) {
                return Optional.empty();
            }
            current = head.get().governor();
            Token verb = sentence.tokens().get(current);
            if (!verb.isVerb()) {
                continue;
            }
            boolean hasSubject = sentence.children(current).stream()
                    .anyMatch(d -> d.relation().startsWith("nsubj") && d.dependent() != pronoun);
            if (hasSubject) {
                return Optional.empty();
            }
            Optional<Dependency> up = sentence.head(current);
            if (pack.has(WordList.SPEECH_VERBS, verb.lemma().toLowerCase(Locale.ROOT)) && up.isPresent()
                    && up.get().governor() >= 0 && (up.get().relation().startsWith("advcl")
                    || up.get().relation().equals("xcomp"))) {
                return sentence.children(up.get().governor(), "obj").stream()
                        .flatMap(object -> linked.at(sentence.index(), object.index()).stream()).findFirst();
            }
        }
        return Optional.empty();
    }

    /** The verb whose clause holds the token: the first verb above it. */
    public static Optional<Integer> clauseOf(Sentence sentence, int token) {
        int current = token;
        for (int depth = 0; depth < CLAUSE_DEPTH; depth++) {
            Optional<Dependency> head = sentence.head(current);
            if (head.isEmpty() || head.get().governor() < 0) {
                return Optional.empty();
            }
            current = head.get().governor();
            if (sentence.tokens().get(current).isVerb()) {
                return Optional.of(current);
            }
        }
        return Optional.empty();
    }

    /**
     * "Biden and Hagel chided her": an object pronoun never stands for the subject of its own verb (a reflexive
     * would), so those subjects, with the names coordinated with them, are no antecedent.
     */
    private Set<LinkedMention> ownClauseSubjects(Sentence sentence, Token pronoun) {
        Set<LinkedMention> subjects = new HashSet<>();
        Optional<Dependency> head = sentence.head(pronoun.index());
        if (head.isEmpty() || head.get().governor() < 0
                || !(head.get().relation().equals("obj") || head.get().relation().equals("iobj"))) {
            return subjects;
        }
        for (Token subject : sentence.children(head.get().governor(), "nsubj")) {
            linked.at(sentence.index(), subject.index()).ifPresent(subjects::add);
            for (Token conj : sentence.children(subject.index(), "conj")) {
                linked.at(sentence.index(), conj.index()).ifPresent(subjects::add);
            }
        }
        return subjects;
    }

    /**
     * The subject mentions of a sentence (before {@code before} when it is not -1), latest first; for a plural pronoun
     * of the same sentence ({@code group}), a named person coordinated with others as subject stands for them all
     * ("Abadi and his aides fear they …"); a later sentence's "they" is often other people.
     */
    private Optional<LinkedMention> subjectMention(Sentence sentence, int before, boolean person, boolean group,
                                                   Set<LinkedMention> excluded) {
        List<Dependency> dependencies = sentence.dependencies();
        for (int i = dependencies.size() - 1; i >= 0; i--) {
            Dependency dependency = dependencies.get(i);
            if (!(dependency.relation().equals("nsubj") || passiveAgent(sentence, dependency))
                    || (before >= 0 && dependency.dependent() >= before)) {
                continue;
            }
            // only a subject named outright: "Baghdadi's remains were buried, he said" is not Baghdadi speaking
            Optional<LinkedMention> named = linked.at(sentence.index(), dependency.dependent());
            if (named.isEmpty() && !person) {
                // "Russia's military said its jets struck": the subject's owner is what "its" stands for
                named = sentence.children(dependency.dependent()).stream()
                        .filter(d -> d.relation().equals("nmod:poss") || d.relation().startsWith("compound"))
                        .flatMap(d -> linked.at(sentence.index(), d.dependent()).stream()).findFirst();
                Token head = sentence.tokens().get(dependency.dependent());
                if (named.isEmpty() && pack.has(WordList.FORCE_NOUNS, head.word().toLowerCase(Locale.ROOT))) {
                    // "members of ISIS stormed the plain. They seized Mosul": the group the force is of
                    named = sentence.children(head.index(), "nmod").stream()
                            .flatMap(of -> linked.at(sentence.index(), of.index()).stream())
                            .filter(ActorResolver::isActor).findFirst();
                }
            }
            boolean coordinated = group && !sentence.children(dependency.dependent(), "conj").isEmpty();
            if (named.isPresent() && (fits(named.get(), person) || coordinated && isActor(named.get()))
                    && !excluded.contains(named.get())) {
                return named;
            }
        }
        return Optional.empty();
    }

    /**
     * "forces overrun by ISIS when it took over Mosul": a passive's agent is its clause's doer, the subject a pronoun
     * after it most likely means ("it" is ISIS, not the subject of the clause above).
     */
    private boolean passiveAgent(Sentence sentence, Dependency dependency) {
        return dependency.relation().equals("obl:agent") || dependency.relation().startsWith("obl")
                && dependency.governor() >= 0 && Clauses.isPassive(sentence, dependency.governor())
                && sentence.children(dependency.dependent(), "case").stream()
                .anyMatch(c -> pack.has(WordList.AGENT_PREPOSITIONS, c.word().toLowerCase(Locale.ROOT)));
    }

    private static boolean fits(LinkedMention mention, boolean person) {
        if (!isActor(mention)) {
            return false;
        }
        boolean isPerson = mention.mention().type() == EntityType.PERSON;
        return person == isPerson;
    }
}
