package org.sitrep.coding.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.coding.actors.ActorResolver;
import org.sitrep.coding.actors.Referent;
import org.sitrep.coding.events.CodedEvent.ClauseFact;
import org.sitrep.coding.events.TriggerTrace.Stage;
import org.sitrep.coding.fatalities.FatalityCounter;
import org.sitrep.coding.fatalities.TollFolder;
import org.sitrep.coding.places.JoinedCountries;
import org.sitrep.coding.places.NestedPlaces;
import org.sitrep.coding.places.PlaceFinder;
import org.sitrep.coding.quotes.QuoteMarks;
import org.sitrep.coding.syntax.Clauses;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.knowledge.Linked;
import org.sitrep.knowledge.LinkedMention;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.AcledType;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Codes events from dependency parses by composing four parts: {@link TriggerMatcher} (a pattern of the language
 * pack's {@code event-patterns.tsv}), {@link ArgumentFinder} (actor and target), {@link PlaceFinder} (one event per
 * place) and {@link EventDater} (the date of the trigger's own clause), with the {@link ModalityDetector}'s reading
 * of the sentence. What a pattern requires (a place, a place as object, an armed actor) is a column of the pattern
 * file; whether the arguments meet it is read by {@link ArgumentKinds} and {@link DeedSenses}, an attempt's state by
 * {@link AttemptStates}, unnamed targets by {@link ImpliedTargets}, and the pairs of participants by {@link Dyads}.
 */
public final class EventCoder {
    /** The target of violence against civilians, named as ACLED's actor 2 names it. */
    public static final String CIVILIANS = "civilians";
    /** An event's id is this prefix, its sentence's index, a dot and its trigger's token index (then ".n" for more). */
    private static final String ID_PREFIX = "e";

    /** The sentence and token index of the trigger an event id names, where the id is one this coder made. */
    public static Optional<int[]> triggerOf(String eventId) {
        String[] parts = eventId.startsWith(ID_PREFIX) ? eventId.substring(ID_PREFIX.length()).split("\\.")
                : new String[0];
        if (parts.length < 2 || !parts[0].matches("\\d+") || !parts[1].matches("\\d+")) {
            return Optional.empty();
        }
        return Optional.of(new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])});
    }

    /** How far after a closing quote its speech verb stands (",” Trump declared", ",” President Trump stated"). */
    private static final int ATTRIBUTION_REACH = 40;
    /** How close before an opening quote a speech verb introduces it ("declared: “…"). */
    private static final int ATTRIBUTION_GAP = 3;

    /** Types that a view held may be told by ("supported", "opposed", "rejected", "demanded"), as a poll tells one. */
    private static final Set<EventType> STANCES = EnumSet.of(EventType.SUPPORT, EventType.DISAPPROVE,
            EventType.REJECT, EventType.AGREE, EventType.DEMAND);

    private final KnowledgeBase knowledge;
    private final TriggerMatcher triggers;
    private final ArgumentFinder arguments;
    private final PlaceFinder places;
    private final EventDater dater;
    private final ModalityDetector modality;
    private final FatalityCounter fatalities;
    private final TollFolder tolls;
    private final VictimNouns victimNouns;
    private final HeadlineRuns headlineRuns;
    private final ArgumentKinds kinds;
    private final DeedSenses senses;
    private final AttemptStates attempts;
    private final NestedPlaces nested;
    private final JoinedCountries joined;
    private final ImpliedTargets implied;
    private final Refusals refusals;
    private final LanguagePack pack;
    private final TriggerTrace trace = TriggerTrace.fromSystem();

    private EventCoder(KnowledgeBase knowledge, LanguagePack pack, ModalityDetector modality) {
        this.knowledge = knowledge;
        this.pack = pack;
        this.triggers = new TriggerMatcher(EventPattern.load(pack), Set.copyOf(pack.words(WordList.TOLL_VERBS)),
                countWords(pack), Set.copyOf(pack.words(WordList.DEATH_WORDS)),
                Set.copyOf(pack.words(WordList.NEGATORS)), SayingSenses.of(pack),
                Set.copyOf(pack.words(WordList.NOUN_OBJECT_PREPOSITIONS)));
        this.arguments = new ArgumentFinder(pack);
        this.places = new PlaceFinder(pack);
        this.dater = new EventDater(pack);
        this.modality = modality;
        this.fatalities = new FatalityCounter(pack);
        this.victimNouns = new VictimNouns(pack);
        this.tolls = new TollFolder(pack, victimNouns, fatalities);
        this.headlineRuns = new HeadlineRuns(pack);
        this.kinds = new ArgumentKinds(knowledge, pack);
        this.senses = new DeedSenses(pack);
        this.attempts = new AttemptStates(pack, modality);
        this.nested = new NestedPlaces(pack);
        this.joined = new JoinedCountries(pack);
        this.implied = new ImpliedTargets(arguments, new AttemptGoals(pack), triggers, modality, kinds, pack);
        this.refusals = Refusals.of(pack);
    }

    /** The count words of the pack's count table ("dozens", "number"), as the trigger matcher reads them. */
    static Set<String> countWords(LanguagePack pack) {
        return pack.rows("counts.tsv").stream().map(row -> row[0].toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    public static EventCoder load(KnowledgeBase knowledge, LanguagePack pack, ModalityDetector modality) {
        return new EventCoder(knowledge, pack, modality);
    }

    /** The events of an article, in text order. */
    public List<CodedEvent> code(Linked linked, List<TimeExpression> times) {
        ActorResolver resolver = new ActorResolver(knowledge, linked, pack);
        List<Span> quoted = QuoteMarks.quotedSpans(linked.annotated().article());
        List<CodedEvent> events = new ArrayList<>();
        for (Sentence parsed : linked.annotated().sentences()) {
            Sentence sentence = GerundObjects.mend(parsed, triggers::verbLemma); // "began supplying arms"
            Map<Token, EventPattern> matched = new LinkedHashMap<>();
            List<int[]> headlines = headlineRuns.find(sentence);
            for (Token token : sentence.tokens()) {
                if (!HeadlineRuns.inside(headlines, token)) {
                    // "won't step down": a refused concession is a rejection, read before a refusal's infinitive of its
                    // own kind is dropped ("refused to step down" codes the refusal once)
                    triggers.match(sentence, token).ifPresent(pattern -> matched.put(token,
                            refusals.retype(sentence, token, pattern)));
                    if (trace.on() && !matched.containsKey(token)) {
                        triggers.read(sentence, token).ifPresent(p -> trace.drop(sentence, token, p,
                                Stage.SAME_EVENT_AS_ANOTHER_TRIGGER));
                        triggers.rejection(sentence, token).ifPresent(r -> trace.rejected(sentence, token, r));
                    }
                } else if (trace.on()) {
                    triggers.match(sentence, token).ifPresent(p -> trace.drop(sentence, token, p, Stage.HEADLINE_RUN));
                }
            }
            Map<Token, EventPattern> read = trace.on() ? Map.copyOf(matched) : Map.of();
            dropClassesOfListedEvents(sentence, matched);
            dropParticiplesDescribingEvents(sentence, matched);
            dropModifiersOfEventNouns(sentence, matched);
            dropPurposesOfTheirOwnKind(sentence, matched);
            read.forEach((token, pattern) -> {
                if (!matched.containsKey(token)) {
                    trace.drop(sentence, token, pattern, Stage.CLASS_PARTICIPLE_OR_PURPOSE);
                }
            });
            Set<Integer> deeds = matched.entrySet().stream().filter(m -> m.getValue().plover().physical())
                    .map(m -> m.getKey().index()).collect(Collectors.toSet());
            List<TollFolder.Triggered> found = new ArrayList<>();
            matched.forEach((token, pattern) -> found.add(new TollFolder.Triggered(token, pattern,
                        code(linked, resolver, quoted, times, sentence, token, pattern, deeds))));
            List<TollFolder.Triggered> folded = tolls.fold(sentence, tolls.recountForDroppedDeeds(sentence, found,
                    deeds));
            for (TollFolder.Triggered triggered : folded) {
                triggered.events().stream().filter(e -> !(triggered.pattern().noun() && bare(e)))
                        .forEach(events::add);
                if (triggered.pattern().noun() && !triggered.events().isEmpty()
                        && triggered.events().stream().allMatch(EventCoder::bare)) {
                    trace.drop(sentence, triggered.trigger(), triggered.pattern(), Stage.BARE_NOUN);
                }
            }
            if (trace.on()) {
                found.stream().filter(t -> !t.events().isEmpty() && folded.stream()
                        .noneMatch(f -> f.trigger().equals(t.trigger()) && !f.events().isEmpty()))
                        .forEach(t -> trace.drop(sentence, t.trigger(), t.pattern(), Stage.TOLL_FOLDER));
            }
        }
        return events;
    }

    /**
     * "called Erdogan on Saturday to discuss the siege", "met in Doha to talk about prisoners": a to-infinitive of the
     * same kind as the act it hangs on is that act's subject, not a second act (a deed's purpose, "an offensive to
     * retake the town", stays: the taking is an event of its own, hoped for).
     */
    private static void dropPurposesOfTheirOwnKind(Sentence sentence, Map<Token, EventPattern> matched) {
        List<Token> purposes = new ArrayList<>();
        matched.forEach((token, pattern) -> sentence.head(token.index())
                .filter(h -> h.governor() >= 0 && (h.relation().equals("xcomp") || h.relation().equals("advcl")))
                .map(h -> matched.get(sentence.tokens().get(h.governor())))
                .filter(act -> act.plover() == pattern.plover() && !pattern.plover().physical()
                        && ModalityDetector.infinitiveMark(sentence, token.index()).isPresent())
                .ifPresent(act -> purposes.add(token)));
        purposes.forEach(matched::remove);
    }

    /**
     * "a number of mass killings, including a truck attack in Nice and the shooting in Orlando": a plural event noun
     * whose next event is introduced as one of its members names a class; the members are the events.
     */
    private void dropClassesOfListedEvents(Sentence sentence, Map<Token, EventPattern> matched) {
        List<Token> triggers = new ArrayList<>(matched.keySet());
        for (int i = 0; i + 1 < triggers.size(); i++) {
            Token member = triggers.get(i + 1);
            boolean listed = Clauses.markedBy(pack, sentence, member.index(), WordList.MEMBER_PREPOSITIONS);
            if (listed && triggers.get(i).pos().equals("NNS")) {
                matched.remove(triggers.get(i));
            }
        }
    }

    /**
     * "attacks targeting the army", "an airstrike hitting a convoy": a participle that describes a physical event noun
     * tells that event's target, not a second event; a toll ("an airstrike killing five") stays, for the toll folder.
     */
    private void dropParticiplesDescribingEvents(Sentence sentence, Map<Token, EventPattern> matched) {
        matched.entrySet().removeIf(entry -> entry.getKey().pos().equals("VBG") && entry.getValue().plover().physical()
                && !pack.has(WordList.TOLL_VERBS, entry.getKey().lemma().toLowerCase(Locale.ROOT))
                && sentence.head(entry.getKey().index())
                .filter(h -> h.relation().startsWith("acl") && h.governor() >= 0)
                .map(h -> sentence.tokens().get(h.governor()))
                .filter(noun -> noun.isNoun() && matched.containsKey(noun) && matched.get(noun).noun()
                        && matched.get(noun).plover().physical()).isPresent());
    }

    /**
     * "began its bombing campaign in Syria", "a shelling attack on the town": a physical event noun that modifies
     * another physical event noun names the kind of that one event, not a second event.
     */
    private static void dropModifiersOfEventNouns(Sentence sentence, Map<Token, EventPattern> matched) {
        matched.entrySet().removeIf(entry -> entry.getValue().noun() && entry.getValue().plover().physical()
                && sentence.head(entry.getKey().index())
                .filter(h -> h.relation().equals("compound") && h.governor() >= 0)
                .map(h -> sentence.tokens().get(h.governor()))
                .filter(noun -> noun.isNoun() && matched.containsKey(noun) && matched.get(noun).noun()
                        && matched.get(noun).plover().physical()).isPresent());
    }

    /** Whether a speech verb stands right after a quote in its sentence or right before one: its attribution. */
    private static boolean introduces(Span quote, Sentence sentence, Token verb) {
        if (quote.end() <= sentence.begin() || quote.start() >= sentence.end()) {
            return false;
        }
        int after = verb.begin() - quote.end();
        int before = quote.start() - verb.end();
        return after >= 0 && after <= ATTRIBUTION_REACH || before >= 0 && before <= ATTRIBUTION_GAP;
    }

    /**
     * A verb of the caution list that comes after a closing quote within the attribution reach, with no object, clause
     * or infinitive of its own ("“…,” Obama warned Monday"): the quote is what it says.
     */
    private boolean closingCaution(List<Span> quoted, Sentence sentence, Token trigger, EventPattern pattern) {
        if (pattern.noun() || !trigger.isVerb()
                || !pack.has(WordList.CAUTION_VERBS, trigger.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        // the parse may hang the quote's own verb on the caution as its clause: only a clause outside the quote is its own
        boolean saysOwn = sentence.children(trigger.index()).stream().filter(d -> d.relation().equals("obj")
                        || d.relation().equals("ccomp") || d.relation().equals("xcomp"))
                .anyMatch(d -> !QuoteMarks.inside(quoted, sentence.tokens().get(d.dependent()).begin()));
        return !saysOwn && quoted.stream().anyMatch(q -> q.end() > sentence.begin() && q.end() <= trigger.begin()
                && trigger.begin() - q.end() <= ATTRIBUTION_REACH);
    }

    /** The stage at which the trigger is dropped because its arguments do not fit what its pattern requires. */
    private Optional<Stage> unmetRequirement(Linked linked, Sentence sentence, Token trigger, EventPattern pattern,
                                             List<Referent> actors, List<Referent> targets) {
        return switch (pattern.requires()) {
            case NONE, PLACE -> Optional.empty(); // a place is required after the places are found
            // entering a place is news; "entered its final phase" is not
            case OBJECT_PLACE -> unless(places.hasPlaceObject(linked, sentence, trigger), Stage.NO_PLACE_OBJECT);
            // "Russian jets hit an outpost" is a strike; "sanctions hit the economy" is not
            case ARMED_ACTOR, ARMED_ACTOR_PLACE -> unless(kinds.armedActor(sentence, trigger, actors),
                    Stage.NO_ARMED_ACTOR);
            // "called Erdogan" is a phone call; "called elections", "called Assad a butcher" are not
            case PARTY -> unless(!targets.isEmpty() && !DeedSenses.namesObject(sentence, trigger), Stage.NO_PARTY);
            // "protesters demonstrated in Cairo"; "the raid demonstrates America's resolve" shows
            case INTRANSITIVE -> unless(sentence.children(trigger.index()).stream()
                    .noneMatch(d -> d.relation().equals("obj") || d.relation().equals("ccomp")),
                    Stage.NOT_INTRANSITIVE);
            // "stepped up security in Cairo" guards; "energy security" is a property
            case BARE_OBJECT -> unless(DeedSenses.bareObject(sentence, trigger, pattern), Stage.NO_BARE_OBJECT);
            // "drove the rebels from Darayya" takes it; "drove from Aleppo to Homs" is a journey
            case EXPELLED_FROM_PLACE -> unless(places.expelledFromPlace(linked, sentence, trigger),
                    Stage.NOT_EXPELLED_FROM_A_PLACE);
        };
    }

    private static Optional<Stage> unless(boolean met, Stage stage) {
        return met ? Optional.empty() : Optional.of(stage);
    }

    /**
     * Whether a saying has a subject of its own or, joined to a verb before it, that verb's ("Rogers declined to
     * comment but said in a statement": the subject is shared).
     */
    private static boolean hasSubject(Sentence sentence, Token saying) {
        int verb = sentence.head(saying.index()).filter(h -> h.relation().equals("conj") && h.governor() >= 0)
                .filter(h -> sentence.children(saying.index(), "nsubj").isEmpty())
                .map(h -> h.governor()).orElse(saying.index());
        return !sentence.children(verb, "nsubj").isEmpty();
    }

    /**
     * Whether a clause's subject is a first-person pronoun ("we met", "I asked"), or, for a clause with none of its
     * own, the subject of the verb it completes ("we wanted to visit").
     */
    private boolean writersOwn(Sentence sentence, int clause) {
        int subjectOf = sentence.children(clause, "nsubj").isEmpty() ? sentence.head(clause)
                .filter(h -> h.relation().equals("xcomp") && h.governor() >= 0).map(h -> h.governor())
                .orElse(clause) : clause;
        return sentence.children(subjectOf, "nsubj").stream().anyMatch(subject -> subject.isPronoun()
                && pack.has(WordList.FIRST_PERSON_PRONOUNS, subject.word().toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether a trigger is a reporter's sourcing formula: a noun of the formula within three steps below it, bare and
     * singular ("on condition of anonymity") or owned by a pronoun ("to protect his identity", "not to use his
     * name"), not "the name of the town" nor "whose name"; or the trigger is what a source was not authorized to do
     * ("not authorized to discuss"), or the trigger withholds a comment ("refused to comment on the reports").
     */
    private boolean sourcingFormula(Sentence sentence, Token trigger) {
        Optional<Token> permit = sentence.head(trigger.index())
                .filter(h -> h.relation().equals("xcomp") && h.governor() >= 0)
                .map(h -> sentence.tokens().get(h.governor()))
                .filter(v -> pack.has(WordList.SOURCING_PERMIT_VERBS, v.lemma().toLowerCase(Locale.ROOT)));
        if (permit.isPresent() && Clauses.negated(sentence, permit.get().index(),
                word -> pack.has(WordList.NEGATORS, word))) {
            return true;
        }
        if (sentence.children(trigger.index(), "xcomp").stream()
                .anyMatch(v -> pack.has(WordList.SOURCING_SPEECH_VERBS, v.lemma().toLowerCase(Locale.ROOT)))) {
            return true; // "refused to comment", "declined to elaborate": no word for the reporter, no stand taken
        }
        List<Token> below = new ArrayList<>(List.of(trigger));
        for (int depth = 0; depth < 3; depth++) {
            // only down the trigger's own arguments: "condemned the raid, speaking on condition of anonymity" is
            // an anonymous source's deed, told in a clause beside it
            below = below.stream().flatMap(t -> sentence.children(t.index()).stream())
                    .filter(d -> d.relation().startsWith("obl") || d.relation().startsWith("nmod")
                            || d.relation().equals("xcomp") || d.relation().equals("obj"))
                    .map(d -> sentence.tokens().get(d.dependent())).toList();
            if (below.stream().anyMatch(t -> sourcingNoun(sentence, t))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a clause's subject is a share told as a proportion ("a scant 12 percent", "27 per cent of voters"), as a
     * poll reports its respondents; "a majority of senators" may be a vote, so is not one.
     */
    private boolean pollShare(Sentence sentence, int clause) {
        return sentence.children(clause, "nsubj").stream()
                .anyMatch(subject -> pack.has(WordList.PROPORTION_NOUNS, subject.word().toLowerCase(Locale.ROOT)));
    }

    private boolean sourcingNoun(Sentence sentence, Token noun) {
        if (!noun.isNoun() || !pack.has(WordList.SOURCING_NOUNS, noun.word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean owned = sentence.children(noun.index(), "nmod:poss").stream().anyMatch(o -> o.pos().equals("PRP$"));
        boolean bare = sentence.children(noun.index(), "det").isEmpty();
        return owned || bare;
    }

    /** A verb in the simple present with a day it names after the report: something planned, not yet done. */
    private static boolean scheduled(Sentence sentence, Token trigger, EventDater.EventDate date,
                                     Optional<LocalDate> published) {
        return trigger.isPresentTense() && date.explicit() && published.isPresent()
                && date.value().filter(d -> d.first().isAfter(published.get())).isPresent()
                && sentence.children(trigger.index()).stream().noneMatch(d -> d.relation().startsWith("aux"));
    }

    private List<CodedEvent> code(Linked linked, ActorResolver resolver, List<Span> quoted,
                                  List<TimeExpression> times, Sentence sentence, Token trigger, EventPattern pattern,
                                  Set<Integer> deeds) {
        int clause = pattern.noun() ? Clauses.clauseOf(sentence, trigger.index()) : trigger.index();
        // "carried out dozens of air strikes": the doer is found through the count the noun is told in (its places
        // still hang on the noun itself)
        int doerClause = pattern.noun() ? Clauses.clauseOf(sentence, arguments.standIn(sentence,
                trigger.index())) : trigger.index();
        // "Kerry discussed the attack", "Russia denounced the airstrikes": a noun that a stance or a talk is about is
        // no deed of that verb's subject
        boolean talkedAbout = pattern.noun() && doerClause != trigger.index()
                && triggers.match(sentence, sentence.tokens().get(doerClause)).filter(p -> !p.plover().physical())
                .isPresent();
        if (!pattern.noun() && pattern.isTerritorial() && pattern.actorRole().preposition()
                .filter(p -> arguments.markedLevel(sentence, trigger.index(), p)).isPresent()) {
            // "prices fell to 40 dollars", "fell to second place": a level reached, no side's gain
            return trace.drop(sentence, trigger, pattern, Stage.LEVEL_REACHED);
        }
        List<Referent> actors = arguments.actors(resolver, sentence, trigger, pattern, doerClause, talkedAbout);
        if (actors.isEmpty() && pattern.plover().physical()) {
            // deployments and withdrawals move their own side's forces; other deeds' passive subjects are victims
            boolean movesForces = pattern.plover() == EventType.MOBILIZE || pattern.plover() == EventType.RETREAT;
            arguments.speakerOfOwnForces(resolver, sentence, doerClause, movesForces).filter(kinds::combatant)
                    .ifPresent(actors::add);
        }
        // "the ministry said in a statement": a statement noun is its saying's, whose subject is the speaker
        Token saying = pattern.noun() ? sentence.tokens().get(doerClause) : trigger;
        // "spokeswoman Jane Doe said in a statement": the noun makes the saying formal, so a person named speaks too
        if (pattern.isStatement() && (actors.isEmpty() || !pattern.isStatementDeed()
                && (!(ArgumentKinds.knownOrNamedGroup(actors.get(0))
                || pattern.noun() && ArgumentKinds.namedPerson(actors.get(0)))
                || !hasSubject(sentence, saying)))) {
            // only statements by known, named subjects are events, other words are quotes; "a militant group claimed
            // responsibility" is a deed whoever its subject is
            return trace.drop(sentence, trigger, pattern, Stage.STATEMENT_WITHOUT_NAMED_SUBJECT);
        }
        if (senses.habitual(sentence, trigger)) {
            // "Assad's forces frequently deploy air power": a habit, not a happening
            return trace.drop(sentence, trigger, pattern, Stage.HABIT);
        }
        if (pattern.plover().physical() && senses.generic(sentence, trigger)) {
            // "figures are common in the aftermath of attacks": deeds spoken of in general
            return trace.drop(sentence, trigger, pattern, Stage.GENERAL_STATEMENT);
        }
        if (pattern.plover().physical() && senses.caption(sentence, trigger)) {
            return trace.drop(sentence, trigger, pattern, Stage.CAPTION);
        }
        if (pattern.plover().physical() && fatalities.warTally(sentence, trigger.index())) {
            // "a 2-1/2 year conflict that has killed more than 100000 people": a war's tally
            return trace.drop(sentence, trigger, pattern, Stage.WAR_TALLY);
        }
        if (pattern.plover().physical() && fatalities.partOfTheDeadTold(sentence, trigger.index())) {
            // "six of those killed were fighters": a part of dead already told, no deed
            return trace.drop(sentence, trigger, pattern, Stage.PART_OF_THE_DEAD_TOLD);
        }
        if (pattern.isStatement() && quoted.stream().anyMatch(q -> introduces(q, sentence, saying))) {
            // "'We are safer now,' Trump declared": a quote and its speaker
            return trace.drop(sentence, trigger, pattern, Stage.QUOTE_ATTRIBUTION);
        }
        if (closingCaution(quoted, sentence, trigger, pattern)) {
            // "'Nobody should expect a quick end,' he warned": a caution after a quote with nothing said of its own
            // attributes the quote, which is no threat for being warned; "warned that they will pay" still threatens
            return trace.drop(sentence, trigger, pattern, Stage.QUOTE_ATTRIBUTION);
        }
        if (QuoteMarks.inside(quoted, trigger.begin()) && (actors.isEmpty() ? !(pattern.plover().physical()
                && DeedSenses.describedDoer(sentence, doerClause)) : actors.get(0).viaPronoun()
                || !QuoteMarks.inside(quoted, actors.get(0).mention().mention().start()))) {
            // in quoted speech "we" and "you" are the speaker's; code only named actors there, or a deed whose doer the
            // speaker describes by a noun ("a rebel opened fire"), which is no one the speaker stands for
            return trace.drop(sentence, trigger, pattern, Stage.INSIDE_A_QUOTE);
        }
        if (actors.isEmpty() && !QuoteMarks.inside(quoted, trigger.begin()) && writersOwn(sentence, doerClause)) {
            // "we met the doctor at the shrine", "we wanted to visit": outside quoted speech "I" and "we" are the
            // writer, who is no party to the news; a first person the resolver gives a side to is coded as that side
            return trace.drop(sentence, trigger, pattern, Stage.WRITER_FIRST_PERSON);
        }
        if (!pattern.plover().physical() && sourcingFormula(sentence, trigger)) {
            // "told Reuters on condition of anonymity", "asked us not to use his name", "not authorized to discuss
            // the operation": how the reporter got the news, no deed of the story
            return trace.drop(sentence, trigger, pattern, Stage.SOURCING_FORMULA);
        }
        if (STANCES.contains(pattern.plover()) && pollShare(sentence, doerClause)) {
            // "12 percent supported airstrikes": a poll's share of respondents holds a view, no side does a deed ("ten
            // percent of the fighters defected" is a deed, no stance)
            return trace.drop(sentence, trigger, pattern, Stage.POLL_SHARE);
        }
        // "Russian and Syrian jets": each partner does its own deed; a symmetric type would pair them as foes
        List<Referent> partners = pattern.plover().physical() && !actors.isEmpty()
                ? arguments.partners(resolver, sentence, trigger, pattern, doerClause) : List.of();
        if (partners.stream().anyMatch(p -> p.name().equals(actors.get(0).name()))) {
            partners.stream().filter(ImpliedTargets.notAmong(actors))
                    .forEach(actors::add);
        } else {
            partners = List.of();
        }
        List<Referent> targets = new ArrayList<>();
        for (Referent target : arguments.targets(resolver, sentence, trigger.index())) {
            if (ImpliedTargets.notAmong(actors).test(target)) {
                targets.add(target);
            }
        }
        if (targets.isEmpty()) {
            targets.addAll(implied.of(resolver, sentence, trigger, pattern, ImpliedTargets.notAmong(actors)));
        }
        if (Clauses.isPassive(sentence, trigger.index())) {
            // "were killed by gunfire": the grammatical subject is who it happened to
            for (Referent patient : arguments.passiveSubjects(resolver, sentence, trigger.index())) {
                if (targets.stream().noneMatch(t -> t.name().equals(patient.name()))) {
                    targets.add(0, patient);
                }
            }
            actors.removeIf(a -> targets.stream().anyMatch(t -> t.name().equals(a.name())));
        }
        boolean forceMove = pattern.plover() == EventType.MOBILIZE || pattern.plover() == EventType.RETREAT;
        if (forceMove) {
            targets.removeIf(t -> arguments.placeMovedTo(sentence, t)); // "sent troops to Iraq": a destination
            // "American troops were removed": the owner of the forces moved is their mover, no target
            List<Referent> movers = targets.stream()
                    .filter(t -> kinds.ownerOfMovedForces(sentence, trigger.index(), t)).toList();
            targets.removeAll(movers);
            if (actors.isEmpty()) {
                movers.stream().limit(1).forEach(actors::add);
            }
        }
        if (!pattern.plover().aimed()) {
            // a statement is made to the public: the hall it is made in ("a speech at the press club"), the name of
            // the occasion or the side it speaks of ("announced the U.S. would act") is no side it is aimed at
            targets.clear();
        }
        if (pattern.plover().physical()) {
            actors.removeIf(kinds::civilOrganisation); // "SANA says troops killed", "the Observatory reported clashes"
        }
        Optional<Stage> unmet = unmetRequirement(linked, sentence, trigger, pattern, actors, targets);
        if (unmet.isPresent()) {
            return trace.drop(sentence, trigger, pattern, unmet.get());
        }
        Map<LinkedMention, PlaceFinder.Extent> found = places.find(linked, sentence, trigger, pattern, clause);
        // "rebels captured a swath of the province" takes a place the text does not name; "the film captured a swath
        // of the public's imagination" does not: an unnamed place is taken by a side, or in the passive by someone
        // (a side driven out of an unnamed place has passed expelledFromPlace above: "drove them back from towns")
        boolean unnamed = places.takesUnnamedPlace(sentence, trigger)
                || pattern.requires() == EventPattern.Requirement.EXPELLED_FROM_PLACE;
        boolean unnamedTaken = unnamed && (Clauses.isPassive(sentence, trigger.index())
                || !actors.isEmpty() && kinds.combatant(actors.get(0)));
        if (pattern.needsPlace() && found.isEmpty() && !unnamedTaken) {
            // "captured headlines", "leaders fell": no place, no territory changed hands
            return trace.drop(sentence, trigger, pattern, Stage.NO_PLACE);
        }
        boolean violence = pattern.plover() == EventType.FIGHT || pattern.plover() == EventType.ASSAULT;
        Optional<Integer> deaths = fatalities.count(sentence, trigger.index(), deeds);
        // "a suicide bombing that killed 34 people": the dead of the deed's toll are its victims as much as its own
        // object is ("killing five civilians")
        boolean physical = pattern.plover().physical();
        Optional<VictimNouns.Naming> civilians = targets.isEmpty() && physical ? victimNouns.of(sentence,
                trigger.index())
                .or(() -> violence ? fatalities.deathWord(sentence, trigger.index(), deeds)
                        .filter(death -> death != trigger.index())
                        .flatMap(death -> victimNouns.of(sentence, death))
                        : Optional.empty()) : Optional.empty();
        Optional<String> victims = civilians.map(naming -> CIVILIANS)
                .or(() -> targets.isEmpty() && physical ? kinds.describedVictims(sentence, trigger) : Optional.empty());
        if (targets.isEmpty() && victims.isEmpty() && !forceMove) {
            // "the executions of Coptic Christians", "aid for refugees": a group no actor stands for (the advisers
            // a deployment sends are its own forces, no target)
            victims = arguments.describedGroup(resolver, sentence, trigger.index(), physical)
                    .map(group -> physical && kinds.civilian(group) ? CIVILIANS : group);
            if (victims.isEmpty() && pattern.plover() == EventType.THREATEN) {
                // "threatened to target Alawites": the group the threatened deed is aimed at
                victims = ArgumentFinder.threatenedDeeds(sentence, trigger.index()).stream()
                        .flatMap(deed -> arguments.describedGroup(resolver, sentence, deed, false).stream())
                        .findFirst();
            }
            if (victims.isEmpty() && pattern.plover() == EventType.DEMAND) {
                // "called on the international community to act": the group asked to do it
                victims = arguments.askedGroup(resolver, sentence, trigger.index(), modality);
            }
        }
        // a strike's unnamed dead are its target by ACLED's convention (civilians), not the side the sentence names
        if (targets.isEmpty() && victims.isEmpty() && deaths.isEmpty() && violence && !actors.isEmpty()
                && kinds.combatant(actors.get(0))) {
            implied.recentOpponent(linked, resolver, quoted, sentence, actors).ifPresent(targets::add);
        }
        // "killed a Syrian soldier", "17 soldiers were killed in action": armed men killed, named or described, are
        // a battle's dead by ACLED's rule, not one-sided violence; so are the dead a war's toll counts
        boolean warDead = pattern.plover() == EventType.ASSAULT && targets.isEmpty()
                && senses.warToll(sentence, trigger);
        boolean combat = pattern.plover() == EventType.ASSAULT && (!targets.isEmpty() ? kinds.combatant(targets.get(0))
                && !kinds.ownedThing(sentence, targets.get(0))
                : victims.isEmpty() && kinds.armedVictims(sentence, trigger))
                || warDead;
        if (warDead) {
            victims = Optional.empty(); // a war's dead are of every side, not one side's victims
        }
        // "rockets killed two people", "killed in an airstrike": a killing done by fire from afar is shelling, a
        // battle's deed by the guide's rule (strikes and shelling are FIGHT), unless the means is chemical
        boolean remote = !combat && pattern.plover() == EventType.ASSAULT
                && acled(pattern, null) == AcledType.ATTACK && senses.remoteFire(sentence, trigger);
        // "dropped a barrel bomb containing poisonous chemicals": a strike by a chemical means is a chemical attack
        boolean chemical = pattern.plover() == EventType.FIGHT && !pattern.isTerritorial()
                && senses.chemicalMeans(sentence, trigger);
        if ((combat || remote || pattern.plover() == EventType.FIGHT)
                && civilians.filter(naming -> naming == VictimNouns.Naming.UNMARKED).isPresent()) {
            // "barrel bombs killed 76 people": the dead of a strike or a battle told only as people may be of either
            // side, so they name no target (the side holding the place struck may: HolderTargets)
            victims = Optional.empty();
        }
        Modality mood = modality.detect(sentence, trigger.index());
        if (triggers.read(sentence, trigger).filter(read -> refusals.refused(sentence, trigger, read)).isPresent()
                && !modality.conditional(sentence, trigger.index())
                && !modality.conditional(sentence, Clauses.clauseOf(sentence, trigger.index()))) {
            // "said he won't step down": the refusal is told as a fact, not denied; "if he won't step down" is a
            // condition
            mood = Modality.ASSERTED;
        }
        // "declared victory in the battle to retake X"
        Optional<Modality> won = pattern.isTerritorial() && mood != Modality.ASSERTED ? attempts.won(sentence, trigger)
                : Optional.empty();
        mood = won.orElse(mood);
        boolean attempted = pattern.isTerritorial()
                && ((mood != Modality.ASSERTED && (attempts.underWay(sentence, trigger)
                || won.isEmpty() && attempts.nounBefore(sentence, trigger))) || attempts.begun(sentence, trigger)
                || AttemptStates.aim(sentence, trigger) || attempts.enteringMeanwhile(sentence, trigger));
        EventDater.EventDate stated = dater.date(linked, times, sentence, trigger, clause, pattern.plover().physical());
        if (scheduled(sentence, trigger, stated, linked.annotated().article().published())) {
            mood = Modality.EXPECTED; // "Hollande meets with Putin Friday": the present tense of a set programme
        }
        Optional<LocalDate> published = linked.annotated().article().published();
        EventDater.EventDate when = dater.undone(EventDater.withoutWeek(
                dater.notAfterReport(stated, mood, published), mood, published), mood, pattern.plover(), attempted,
                sentence, trigger);
        Evidence evidence = new Evidence(linked.annotated().article().id(), sentence.begin(), sentence.end(),
                sentence.text());
        List<Optional<LinkedMention>> placeList = found.isEmpty() ? List.of(Optional.empty())
                : found.keySet().stream().filter(p -> !nested.insideAnother(sentence, p, found.keySet()))
                .map(Optional::of).toList();
        List<CodedEvent> events = new ArrayList<>();
        int n = 0;
        Set<String> partnerNames = partners.stream().map(Referent::name).collect(Collectors.toSet());
        List<List<Referent>> sides = partners.size() > 1 ? actors.stream().filter(a -> partnerNames.contains(a.name()))
                .map(List::of).toList() : List.of(actors);
        boolean mutual = senses.reciprocal(sentence, trigger);
        for (Optional<LinkedMention> place : placeList) {
            for (Referent[] dyad : sides.stream().flatMap(side -> Dyads.of(side, targets, pattern, mutual).stream())
                    .toList()) {
                String id = ID_PREFIX + sentence.index() + "." + trigger.index() + (n == 0 ? "" : "." + n);
                n++;
                Optional<Place> geo = place.flatMap(LinkedMention::place);
                // "in Syria and Iraq" is one stretch of two states; the first keeps its id, so that the map and the ACLED
                // export still place the deed in a country
                Optional<String> stretch = place.flatMap(p -> joined.name(linked, sentence, p));
                double base = combat ? 0.7 : pattern.confidence();
                double confidence = base * (dyad[0] == null ? 0.7 : 1.0)
                        * (dyad[0] != null && dyad[0].viaPronoun() ? 0.9 : 1.0) * (when.value().isEmpty() ? 0.9 : 1.0);
                // an attack on forces is a battle, unless its means names it (a suicide bomb, a chemical weapon)
                AcledType patternType = acled(pattern, dyad[0]);
                AcledType acled = remote ? AcledType.SHELLING : chemical ? AcledType.CHEMICAL_WEAPON
                        : combat && patternType == AcledType.ATTACK ? AcledType.ARMED_CLASH : patternType;
                Event event = new Event(id, combat || remote ? EventType.FIGHT
                        : chemical ? EventType.ASSAULT : pattern.plover(), acled,
                        remote ? "194" : chemical ? "2041"
                        : combat && acled == AcledType.ARMED_CLASH ? "190" : pattern.cameo(),
                        name(dyad[0]),
                        side(dyad[0]),
                        dyad[1] == null ? victims : name(dyad[1]), side(dyad[1]),
                        stretch.or(() -> place.map(p -> PlaceFinder.displayName(pack, sentence, p))),
                        place.flatMap(p -> p.mention().ref()),
                        geo.map(Place::lat), geo.map(Place::lon), when.value(),
                        acled.politicalViolence() ? deaths : Optional.empty(), mood, round(confidence), evidence);
                boolean territorial = pattern.isTerritorial()
                        && (pattern.requires() == EventPattern.Requirement.EXPELLED_FROM_PLACE
                        || !senses.takesPeopleOrGoods(sentence, trigger));
                events.add(new CodedEvent(event, place.map(found::get).orElse(PlaceFinder.Extent.WHOLE))
                        .with(ClauseFact.TERRITORIAL, territorial)
                        .with(ClauseFact.EXPLICIT_DATE, when.explicit())
                        .with(ClauseFact.ATTEMPTED, attempted)
                        .with(ClauseFact.RECENT, when.recent())
                        .with(ClauseFact.REMOTE, combat || kinds.byAir(sentence, trigger) || senses.defeat(trigger)
                                || kinds.civilianSubject(sentence, trigger))
                        .with(ClauseFact.ENTRY, pack.has(WordList.ENTRY_VERBS, trigger.lemma().toLowerCase(Locale.ROOT)))
                        .with(ClauseFact.ONLY_THE_DEAD, violence && senses.onlyTheDead(sentence, trigger, deeds))
                        .with(ClauseFact.TOLD_BACK, violence && senses.toldBack(sentence, deeds)));
            }
        }
        return events;
    }

    /** "the raid", "attacks": a noun with no participant, place or stated time names an event told before, or none. */
    private static boolean bare(CodedEvent coded) {
        Event event = coded.event();
        return event.actor().isEmpty() && event.target().isEmpty() && event.place().isEmpty() && !coded.explicitDate();
    }

    private AcledType acled(EventPattern pattern, Referent actor) {
        if (pattern.acled().isPresent()) {
            return pattern.acled().get();
        }
        boolean state = actor != null && actor.actorId().flatMap(knowledge::byId)
                .map(a -> a.kind() == Actor.ActorKind.STATE || a.side().filter("government"::equals).isPresent())
                .orElse(false);
        return state ? AcledType.GOVERNMENT_REGAINS_TERRITORY : AcledType.NON_STATE_OVERTAKES_TERRITORY;
    }

    private static Optional<String> name(Referent referent) {
        return referent == null ? Optional.empty() : Optional.of(referent.name());
    }

    private static Optional<String> side(Referent referent) {
        return referent == null ? Optional.empty() : referent.side();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
