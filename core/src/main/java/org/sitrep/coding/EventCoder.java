package org.sitrep.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.sitrep.coding.TriggerTrace.Stage;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.knowledge.Linked;
import org.sitrep.knowledge.LinkedMention;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.AcledType;
import org.sitrep.model.Actor;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Codes events from dependency parses by composing four parts: {@link TriggerMatcher} (a pattern of the language
 * pack's {@code event-patterns.tsv}), {@link ArgumentFinder} (actor and target), {@link PlaceFinder} (one event per
 * place) and {@link EventDater} (the date of the trigger's own clause), with the {@link ModalityDetector}'s reading
 * of the sentence. What a pattern requires (a place, a place as object) is a column of the pattern file.
 */
public final class EventCoder {
    /** How many sentences back an untargeted fight looks for the other side. */
    private static final int OPPONENT_LOOKBACK = 1;
    /** The target of violence against civilians, named as ACLED's actor 2 names it. */
    static final String CIVILIANS = "civilians";
    /** An event's id is this prefix, its sentence's index, a dot and its trigger's token index (then ".n" for more). */
    private static final String ID_PREFIX = "e";

    /** The sentence and token index of the trigger an event id names, where the id is one this coder made. */
    static Optional<int[]> triggerOf(String eventId) {
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
    private final AttemptGoals attemptGoals;
    private final LanguagePack pack;
    private final TriggerTrace trace = TriggerTrace.fromSystem();

    private EventCoder(KnowledgeBase knowledge, LanguagePack pack, ModalityDetector modality) {
        this.knowledge = knowledge;
        this.pack = pack;
        this.triggers = new TriggerMatcher(EventPattern.load(pack), Set.copyOf(pack.words(WordList.TOLL_VERBS)),
                countWords(pack));
        this.arguments = new ArgumentFinder(pack);
        this.places = new PlaceFinder(pack);
        this.dater = new EventDater(pack);
        this.modality = modality;
        this.fatalities = new FatalityCounter(pack);
        this.victimNouns = new VictimNouns(pack);
        this.tolls = new TollFolder(pack, victimNouns);
        this.headlineRuns = new HeadlineRuns(pack);
        this.attemptGoals = new AttemptGoals(pack);
    }

    /** The count words of the pack's count table ("dozens", "number"), as the trigger matcher reads them. */
    static Set<String> countWords(LanguagePack pack) {
        return pack.rows("counts.tsv").stream().map(row -> row[0].toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    static EventCoder load(KnowledgeBase knowledge, LanguagePack pack, ModalityDetector modality) {
        return new EventCoder(knowledge, pack, modality);
    }

    /** The events of an article, in text order. */
    List<CodedEvent> code(Linked linked, List<TimeExpression> times) {
        ActorResolver resolver = new ActorResolver(knowledge, linked, pack);
        List<Span> quoted = QuoteAttributor.quotedSpans(linked.annotated().article());
        List<CodedEvent> events = new ArrayList<>();
        for (Sentence parsed : linked.annotated().sentences()) {
            Sentence sentence = GerundObjects.mend(parsed, triggers::verbLemma); // "began supplying arms"
            Map<Token, EventPattern> matched = new java.util.LinkedHashMap<>();
            List<int[]> headlines = headlineRuns.find(sentence);
            for (Token token : sentence.tokens()) {
                if (!HeadlineRuns.inside(headlines, token)) {
                    triggers.match(sentence, token).ifPresent(pattern -> matched.put(token, pattern));
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
            dropPurposesOfTheirOwnKind(sentence, matched);
            read.forEach((token, pattern) -> {
                if (!matched.containsKey(token)) {
                    trace.drop(sentence, token, pattern, Stage.CLASS_PARTICIPLE_OR_PURPOSE);
                }
            });
            Set<Integer> deeds = matched.entrySet().stream().filter(m -> m.getValue().plover().physical())
                    .map(m -> m.getKey().index()).collect(java.util.stream.Collectors.toSet());
            List<TollFolder.Triggered> found = new ArrayList<>();
            matched.forEach((token, pattern) -> found.add(new TollFolder.Triggered(token, pattern,
                    code(linked, resolver, quoted, times, sentence, token, pattern, deeds))));
            recountTollsOfDroppedDeeds(linked, resolver, quoted, times, sentence, found, deeds);
            List<TollFolder.Triggered> folded = tolls.fold(sentence, found);
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
     * "forces fired rockets on the suburbs in what groups claimed was a gas attack that killed dozens": a deed that
     * names a toll's cause but yields no event of its own (no place, a class, a bare noun) is a retelling of another
     * deed, so the toll is read again for the deeds that stand, lest the dead be lost with the dropped word.
     */
    private void recountTollsOfDroppedDeeds(Linked linked, ActorResolver resolver, List<Span> quoted,
                                            List<TimeExpression> times, Sentence sentence,
                                            List<TollFolder.Triggered> found, Set<Integer> deeds) {
        Set<Integer> standing = found.stream().filter(t -> !t.events().isEmpty()).map(t -> t.trigger().index())
                .filter(deeds::contains).collect(java.util.stream.Collectors.toSet());
        if (standing.size() == deeds.size()) {
            return;
        }
        for (int i = 0; i < found.size(); i++) {
            TollFolder.Triggered t = found.get(i);
            if (t.events().isEmpty() || t.events().stream().anyMatch(e -> e.event().fatalities().isPresent())) {
                continue;
            }
            // only a toll whose named cause is the dropped deed: a toll another standing deed caused stays its own
            boolean causeDropped = fatalities.deathWord(sentence, t.trigger().index(), standing)
                    .flatMap(death -> FatalityCounter.deedCause(sentence, death, deeds))
                    .filter(cause -> !standing.contains(cause)).isPresent();
            Optional<Integer> dead = fatalities.count(sentence, t.trigger().index(), standing);
            if (causeDropped && dead.isPresent()
                    && t.events().stream().allMatch(e -> e.event().acled().politicalViolence())) {
                found.set(i, new TollFolder.Triggered(t.trigger(), t.pattern(), t.events().stream()
                        .map(e -> e.withEvent(e.event().withFatalities(dead))).toList()));
            }
        }
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
            boolean listed = ArgumentFinder.markedBy(pack, sentence, member.index(), WordList.MEMBER_PREPOSITIONS);
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

    /** Whether a speech verb stands right after a quote in its sentence or right before one: its attribution. */
    private static boolean introduces(Span quote, Sentence sentence, Token verb) {
        if (quote.end() <= sentence.begin() || quote.start() >= sentence.end()) {
            return false;
        }
        int after = verb.begin() - quote.end();
        int before = quote.start() - verb.end();
        return after >= 0 && after <= ATTRIBUTION_REACH || before >= 0 && before <= ATTRIBUTION_GAP;
    }

    /** A verb in the simple present with a day it names after the report: something planned, not yet done. */
    private static boolean scheduled(Sentence sentence, Token trigger, EventDater.EventDate date,
                                     Optional<java.time.LocalDate> published) {
        return trigger.isPresentTense() && date.explicit() && published.isPresent()
                && date.value().filter(d -> d.first().isAfter(published.get())).isPresent()
                && sentence.children(trigger.index()).stream().noneMatch(d -> d.relation().startsWith("aux"));
    }

    private List<CodedEvent> code(Linked linked, ActorResolver resolver, List<Span> quoted,
                                  List<TimeExpression> times, Sentence sentence, Token trigger, EventPattern pattern,
                                  Set<Integer> deeds) {
        int clause = pattern.noun() ? ArgumentFinder.clauseOf(sentence, trigger.index()) : trigger.index();
        // "carried out dozens of air strikes": the doer is found through the count the noun is told in (its places
        // still hang on the noun itself)
        int doerClause = pattern.noun() ? ArgumentFinder.clauseOf(sentence, arguments.standIn(sentence,
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
            arguments.speakerOfOwnForces(resolver, sentence, doerClause, movesForces).filter(this::isCombatant)
                    .ifPresent(actors::add);
        }
        // "the ministry said in a statement": a statement noun is its saying's, whose subject is the speaker
        Token saying = pattern.noun() ? sentence.tokens().get(doerClause) : trigger;
        // "spokeswoman Jane Doe said in a statement": the noun makes the saying formal, so a person named speaks too
        if (pattern.isStatement() && (actors.isEmpty() || !pattern.isStatementDeed()
                && (!(knownOrNamedGroup(actors.get(0)) || pattern.noun() && namedPerson(actors.get(0)))
                || sentence.children(saying.index(), "nsubj").isEmpty()))) {
            // only statements by known, named subjects are events, other words are quotes; "a militant group claimed
            // responsibility" is a deed whoever its subject is
            return trace.drop(sentence, trigger, pattern, Stage.STATEMENT_WITHOUT_NAMED_SUBJECT);
        }
        if (habitual(sentence, trigger)) {
            // "Assad's forces frequently deploy air power": a habit, not a happening
            return trace.drop(sentence, trigger, pattern, Stage.HABIT);
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
        if (inside(quoted, trigger.begin()) && (actors.isEmpty() ? !(pattern.plover().physical()
                && describedDoer(sentence, doerClause)) : actors.get(0).viaPronoun()
                || !inside(quoted, actors.get(0).mention().mention().start()))) {
            // in quoted speech "we" and "you" are the speaker's; code only named actors there, or a deed whose doer the
            // speaker describes by a noun ("a rebel opened fire"), which is no one the speaker stands for
            return trace.drop(sentence, trigger, pattern, Stage.INSIDE_A_QUOTE);
        }
        // "Russian and Syrian jets": each partner does its own deed; a symmetric type would pair them as foes
        List<Referent> partners = pattern.plover().physical() && !actors.isEmpty()
                ? arguments.partners(resolver, sentence, trigger, pattern, doerClause) : List.of();
        if (partners.stream().anyMatch(p -> p.name().equals(actors.get(0).name()))) {
            partners.stream().filter(notAmong(actors))
                    .forEach(actors::add);
        } else {
            partners = List.of();
        }
        List<Referent> targets = new ArrayList<>();
        for (Referent target : arguments.targets(resolver, sentence, trigger.index())) {
            if (notAmong(actors).test(target)) {
                targets.add(target);
            }
        }
        if (targets.isEmpty()) {
            targets.addAll(impliedTargets(resolver, sentence, trigger, pattern, notAmong(actors)));
        }
        if (ArgumentFinder.isPassive(sentence, trigger.index())) {
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
        }
        if (pattern.plover().physical()) {
            actors.removeIf(this::civilOrganisation); // "SANA says troops killed", "the Observatory reported clashes"
        }
        if (pattern.requires() == EventPattern.Requirement.OBJECT_PLACE
                && !places.hasPlaceObject(linked, sentence, trigger)) {
            // entering a place is news; "entered its final phase" is not
            return trace.drop(sentence, trigger, pattern, Stage.NO_PLACE_OBJECT);
        }
        if (pattern.requires().armed() && !armedActor(sentence, trigger, actors)) {
            // "Russian jets hit an outpost" is a strike; "sanctions hit the economy" is not
            return trace.drop(sentence, trigger, pattern, Stage.NO_ARMED_ACTOR);
        }
        if (pattern.requires() == EventPattern.Requirement.PARTY
                && (targets.isEmpty() || namesObject(sentence, trigger))) {
            // "called Erdogan" is a phone call; "called elections", "called Assad a butcher" are not
            return trace.drop(sentence, trigger, pattern, Stage.NO_PARTY);
        }
        if (pattern.requires() == EventPattern.Requirement.INTRANSITIVE && sentence.children(trigger.index()).stream()
                .anyMatch(d -> d.relation().equals("obj") || d.relation().equals("ccomp"))) {
            // "protesters demonstrated in Cairo"; "the raid demonstrates America's resolve" shows
            return trace.drop(sentence, trigger, pattern, Stage.NOT_INTRANSITIVE);
        }
        if (pattern.requires() == EventPattern.Requirement.BARE_OBJECT && !bareObject(sentence, trigger, pattern)) {
            // "stepped up security in Cairo" guards; "energy security" is a property
            return trace.drop(sentence, trigger, pattern, Stage.NO_BARE_OBJECT);
        }
        if (pattern.requires() == EventPattern.Requirement.EXPELLED_FROM_PLACE
                && !places.expelledFromPlace(linked, sentence, trigger)) {
            // "drove the rebels from Darayya" takes it; "drove from Aleppo to Homs" is a journey
            return trace.drop(sentence, trigger, pattern, Stage.NOT_EXPELLED_FROM_A_PLACE);
        }
        Map<LinkedMention, PlaceFinder.Extent> found = places.find(linked, sentence, trigger, pattern, clause);
        // "rebels captured a swath of the province" takes a place the text does not name; "the film captured a swath
        // of the public's imagination" does not: an unnamed place is taken by a side, or in the passive by someone
        // (a side driven out of an unnamed place has passed expelledFromPlace above: "drove them back from towns")
        boolean unnamed = places.takesUnnamedPlace(sentence, trigger)
                || pattern.requires() == EventPattern.Requirement.EXPELLED_FROM_PLACE;
        boolean unnamedTaken = unnamed && (ArgumentFinder.isPassive(sentence, trigger.index())
                || !actors.isEmpty() && isCombatant(actors.get(0)));
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
                .or(() -> targets.isEmpty() && physical ? describedVictims(sentence, trigger) : Optional.empty());
        if (targets.isEmpty() && victims.isEmpty() && !forceMove) {
            // "the executions of Coptic Christians", "aid for refugees": a group no actor stands for (the advisers
            // a deployment sends are its own forces, no target)
            victims = arguments.describedGroup(resolver, sentence, trigger.index(), physical)
                    .map(group -> physical && civilian(group) ? CIVILIANS : group);
            if (victims.isEmpty() && pattern.plover() == EventType.THREATEN) {
                // "threatened to target Alawites": the group the threatened deed is aimed at
                victims = ArgumentFinder.threatenedDeeds(sentence, trigger.index()).stream()
                        .flatMap(deed -> arguments.describedGroup(resolver, sentence, deed, false).stream())
                        .findFirst();
            }
        }
        // a strike's unnamed dead are its target by ACLED's convention (civilians), not the side the sentence names
        if (targets.isEmpty() && victims.isEmpty() && deaths.isEmpty() && violence && !actors.isEmpty()
                && isCombatant(actors.get(0))) {
            recentOpponent(linked, resolver, quoted, sentence, actors).ifPresent(targets::add);
        }
        // "killed a Syrian soldier", "17 soldiers were killed in action": armed men killed, named or described, are
        // a battle's dead by ACLED's rule, not one-sided violence; so are the dead a war's toll counts
        boolean warDead = pattern.plover() == EventType.ASSAULT && targets.isEmpty() && warToll(sentence, trigger);
        boolean combat = pattern.plover() == EventType.ASSAULT && (!targets.isEmpty() ? isCombatant(targets.get(0))
                && !ownedThing(sentence, targets.get(0)) : victims.isEmpty() && armedVictims(sentence, trigger))
                || warDead;
        if (warDead) {
            victims = Optional.empty(); // a war's dead are of every side, not one side's victims
        }
        // "rockets killed two people", "killed in an airstrike": a killing done by fire from afar is shelling, a
        // battle's deed by the guide's rule (strikes and shelling are FIGHT), unless the means is chemical
        boolean remote = !combat && pattern.plover() == EventType.ASSAULT
                && acled(pattern, null) == AcledType.ATTACK && remoteFire(sentence, trigger);
        if ((combat || remote || pattern.plover() == EventType.FIGHT)
                && civilians.filter(naming -> naming == VictimNouns.Naming.UNMARKED).isPresent()) {
            // "barrel bombs killed 76 people": the dead of a strike or a battle told only as people may be of either
            // side, so they name no target (the side holding the place struck may: HolderTargets)
            victims = Optional.empty();
        }
        Modality mood = modality.detect(sentence, trigger.index());
        // "declared victory in the battle to retake X"
        Optional<Modality> won = pattern.isTerritorial() && mood != Modality.ASSERTED ? attemptWon(sentence, trigger)
                : Optional.empty();
        mood = won.orElse(mood);
        boolean attempted = pattern.isTerritorial()
                && ((mood != Modality.ASSERTED && (attemptUnderWay(sentence, trigger)
                || won.isEmpty() && attemptNounBefore(sentence, trigger))) || begun(sentence, trigger)
                || aim(sentence, trigger));
        EventDater.EventDate stated = dater.date(linked, times, sentence, trigger, clause, pattern.plover().physical());
        if (scheduled(sentence, trigger, stated, linked.annotated().article().published())) {
            mood = Modality.EXPECTED; // "Hollande meets with Putin Friday": the present tense of a set programme
        }
        Optional<LocalDate> published = linked.annotated().article().published();
        EventDater.EventDate when = EventDater.undone(EventDater.withoutWeek(
                dater.notAfterReport(stated, mood, published), mood, published), mood);
        Evidence evidence = new Evidence(linked.annotated().article().id(), sentence.begin(), sentence.end(),
                sentence.text());
        List<Optional<LinkedMention>> placeList = found.isEmpty() ? List.of(Optional.empty())
                : found.keySet().stream().filter(p -> !insideAnother(sentence, p, found.keySet()))
                .map(Optional::of).toList();
        List<CodedEvent> events = new ArrayList<>();
        int n = 0;
        Set<String> partnerNames = partners.stream().map(Referent::name).collect(java.util.stream.Collectors.toSet());
        List<List<Referent>> sides = partners.size() > 1 ? actors.stream().filter(a -> partnerNames.contains(a.name()))
                .map(List::of).toList() : List.of(actors);
        boolean mutual = reciprocal(sentence, trigger);
        for (Optional<LinkedMention> place : placeList) {
            for (Referent[] dyad : sides.stream().flatMap(side -> dyads(side, targets, pattern, mutual).stream())
                    .toList()) {
                String id = ID_PREFIX + sentence.index() + "." + trigger.index() + (n == 0 ? "" : "." + n);
                n++;
                Optional<Place> geo = place.flatMap(LinkedMention::place);
                double base = combat ? 0.7 : pattern.confidence();
                double confidence = base * (dyad[0] == null ? 0.7 : 1.0)
                        * (dyad[0] != null && dyad[0].viaPronoun() ? 0.9 : 1.0) * (when.value().isEmpty() ? 0.9 : 1.0);
                // an attack on forces is a battle, unless its means names it (a suicide bomb, a chemical weapon)
                AcledType patternType = acled(pattern, dyad[0]);
                AcledType acled = remote ? AcledType.SHELLING
                        : combat && patternType == AcledType.ATTACK ? AcledType.ARMED_CLASH : patternType;
                Event event = new Event(id, combat || remote ? EventType.FIGHT : pattern.plover(), acled,
                        remote ? "194" : combat && acled == AcledType.ARMED_CLASH ? "190" : pattern.cameo(),
                        name(dyad[0]),
                        side(dyad[0]),
                        dyad[1] == null ? victims : name(dyad[1]), side(dyad[1]),
                        place.map(p -> PlaceFinder.displayName(pack, sentence, p)),
                        place.flatMap(p -> p.mention().ref()),
                        geo.map(Place::lat), geo.map(Place::lon), when.value(),
                        acled.politicalViolence() ? deaths : Optional.empty(), mood, round(confidence), evidence);
                boolean territorial = pattern.isTerritorial()
                        && (pattern.requires() == EventPattern.Requirement.EXPELLED_FROM_PLACE
                        || !takesPeopleOrGoods(sentence, trigger));
                events.add(new CodedEvent(event, territorial,
                        place.map(found::get).orElse(PlaceFinder.Extent.WHOLE), when.explicit(), attempted,
                        when.recent(), combat || byAir(sentence, trigger) || defeat(trigger)
                        || civilianSubject(sentence, trigger),
                        pack.has(WordList.ENTRY_VERBS, trigger.lemma().toLowerCase(Locale.ROOT))));
            }
        }
        return events;
    }

    /**
     * "the village of Tokhar, part of the city of Manbij in the governorate of Aleppo": a place the parse hangs,
     * through "of"/"in" phrases, on the same phrase as a place named before it only says where that one lies; the
     * event is at the first, the most specific. Coordinated places ("in Aleppo and Idlib") each stay.
     */
    private boolean insideAnother(Sentence sentence, LinkedMention place, Set<LinkedMention> all) {
        Set<Integer> chain = nominalChain(sentence, place.lastToken());
        // they meet at the other place or at a place noun of its phrase ("the village of Tokhar"), not at a noun both
        // are arguments of ("control over Daraa and the security branches in Suwayda")
        return all.stream().anyMatch(other -> other != place && other.lastToken() < place.firstToken()
                && nominalChain(sentence, other.lastToken()).stream().filter(chain::contains)
                .anyMatch(t -> (t >= other.firstToken() && t <= other.lastToken())
                        || placeNoun(sentence.tokens().get(t))) || inRightAfter(sentence, other, chain));
    }

    /**
     * "struck a depot in Kafr Batna town in the Ghouta area of Damascus countryside", where the parse hangs the second
     * "in" phrase on the verb: a place whose "in" phrase opens right after another place's name (or its class noun)
     * says where that place lies, as {@link PlaceContainment} reads it.
     */
    private boolean inRightAfter(Sentence sentence, LinkedMention other, Set<Integer> chain) {
        List<Token> tokens = sentence.tokens();
        int last = other.lastToken();
        // "Kafr Batna town in ...": the "in" may follow the name's class noun
        boolean classNoun = last + 1 < tokens.size() && pack.has(WordList.SETTLEMENT_NOUNS, tokens.get(last + 1)
                .word().toLowerCase(Locale.ROOT)) && sentence.head(last).filter(h -> h.governor() == last + 1).isPresent();
        int preposition = classNoun ? last + 2 : last + 1;
        return preposition < tokens.size() && pack.has(WordList.PARTIAL_PREPOSITIONS,
                tokens.get(preposition).word().toLowerCase(Locale.ROOT)) && sentence.head(preposition)
                .filter(h -> h.relation().equals("case") && chain.contains(h.governor())).isPresent();
    }

    /** "called Assad a butcher", "calling it a “heinous attack”": a second noun, no clause, names the object. */
    private static boolean namesObject(Sentence sentence, Token trigger) {
        List<Dependency> children = sentence.children(trigger.index());
        return children.stream().filter(d -> d.relation().equals("obj")).count() > 1 || children.stream()
                .anyMatch(d -> (d.relation().equals("xcomp") || d.relation().equals("obl:npmod"))
                        && !sentence.tokens().get(d.dependent()).isVerb());
    }

    /** "village", "city", "part", "area": a noun that names where something lies. */
    private boolean placeNoun(Token token) {
        String lemma = token.lemma().toLowerCase(Locale.ROOT);
        return pack.has(WordList.PLACE_CLASS_NOUNS, lemma) || pack.has(WordList.PART_NOUNS, lemma);
    }

    /** The token and the nouns above it through modifier phrases, up to the first other relation. */
    private static Set<Integer> nominalChain(Sentence sentence, int token) {
        Set<Integer> chain = new HashSet<>(List.of(token));
        int current = token;
        for (int depth = 0; depth < 5; depth++) {
            Optional<Dependency> head = sentence.head(current);
            // "Kafr Batna town in X": a name is its class noun's, and what lies under that noun lies under the name
            if (head.isEmpty() || head.get().governor() < 0 || !(head.get().relation().startsWith("nmod")
                    || head.get().relation().equals("compound") && sentence.tokens().get(current).isProperNoun())) {
                break;
            }
            current = head.get().governor();
            chain.add(current);
        }
        return chain;
    }

    /** Whether a group's noun, as written, is one of people whom violence hits as civilians ("protesters"). */
    private boolean civilian(String group) {
        String singular = group.endsWith("s") ? group.substring(0, group.length() - 1) : group;
        return pack.has(WordList.CIVILIAN_NOUNS, group) || pack.has(WordList.CIVILIAN_NOUNS, singular);
    }

    /**
     * "a pastor was beheaded", "killed 60 foreign mercenaries": victims no actor names, told by a noun of people the
     * analyst writes as the target ("pastor", "mercenaries").
     */
    private Optional<String> describedVictims(Sentence sentence, Token trigger) {
        boolean passive = ArgumentFinder.isPassive(sentence, trigger.index());
        return sentence.children(trigger.index()).stream()
                .filter(c -> c.relation().equals("obj") || (passive && c.relation().startsWith("nsubj")))
                .map(c -> sentence.tokens().get(c.dependent()))
                .filter(n -> n.isNoun() && pack.has(WordList.VICTIM_DESCRIPTIONS, n.lemma().toLowerCase(Locale.ROOT)))
                .map(n -> n.word().toLowerCase(Locale.ROOT)).findFirst();
    }

    /**
     * "they have been defeated in Kobani", "forces defeated the rebels in eastern Aleppo": fighting told as won is over
     * and contests the place no longer.
     */
    private boolean defeat(Token trigger) {
        return pack.has(WordList.DEFEAT_VERBS, trigger.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * "Protesters clash with security forces in Daraa": violence whose subject is civilians (protesters, residents)
     * is no fight for the ground.
     */
    private boolean civilianSubject(Sentence sentence, Token trigger) {
        return sentence.children(trigger.index(), "nsubj").stream()
                .anyMatch(s -> pack.has(WordList.CIVILIAN_NOUNS, s.lemma().toLowerCase(Locale.ROOT)));
    }

    /** "Russian warplanes attacked IS positions": violence whose subject is aircraft takes no ground. */
    private boolean byAir(Sentence sentence, Token trigger) {
        return sentence.children(trigger.index(), "nsubj").stream()
                .anyMatch(s -> pack.has(WordList.AIRCRAFT_NOUNS, s.lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * "captured thousands of women", "soldiers captured in Anbar", "seized weapons in Mosul": a capture of people or
     * goods, whose place is where they were taken, not a place taken.
     */
    private boolean takesPeopleOrGoods(Sentence sentence, Token trigger) {
        boolean passive = ArgumentFinder.isPassive(sentence, trigger.index());
        for (Dependency child : sentence.children(trigger.index())) {
            if (child.relation().equals("obj") || (passive && child.relation().startsWith("nsubj"))) {
                List<Token> nouns = new ArrayList<>(List.of(sentence.tokens().get(child.dependent())));
                sentence.children(child.dependent()).stream().filter(d -> d.relation().startsWith("nmod"))
                        .map(d -> sentence.tokens().get(d.dependent())).forEach(nouns::add);
                if (nouns.stream().anyMatch(n -> taken(n.lemma()))) {
                    return true;
                }
            }
        }
        // "six Iraqi soldiers captured in Anbar", "the weapons the militants seized": a clause on a noun of people or
        // of goods
        return sentence.head(trigger.index()).filter(h -> h.relation().startsWith("acl") && h.governor() >= 0)
                .map(h -> taken(sentence.tokens().get(h.governor()).lemma())).orElse(false);
    }

    /** People or goods a capture takes, not a place. */
    private boolean taken(String lemma) {
        String word = lemma.toLowerCase(Locale.ROOT);
        return pack.has(WordList.CAPTIVE_NOUNS, word) || pack.has(WordList.TAKEN_GOODS_NOUNS, word);
    }

    /**
     * A deed in the present tense with an adverb of frequency on it, or just before it where the parse hangs the
     * adverb elsewhere ("forces … frequently deploy air power").
     */
    private boolean habitual(Sentence sentence, Token trigger) {
        if (!trigger.isPresentTense()) {
            return false;
        }
        Stream<Token> adverbs = Stream.concat(sentence.children(trigger.index(), "advmod").stream(),
                trigger.index() > 0 ? Stream.of(sentence.tokens().get(trigger.index() - 1)) : Stream.empty());
        return adverbs.anyMatch(a -> pack.has(WordList.HABITUAL_WORDS, a.word().toLowerCase(Locale.ROOT)));
    }

    /** "the raid", "attacks": a noun with no participant, place or stated time names an event told before, or none. */
    private static boolean bare(CodedEvent coded) {
        Event event = coded.event();
        return event.actor().isEmpty() && event.target().isEmpty() && event.place().isEmpty() && !coded.explicitDate();
    }

    /**
     * "declared victory in the battle to retake X", "won the fight to recapture X": the attempt whose aim the
     * trigger is succeeded, as the text asserts or reports; the victory's modality, where it has one.
     */
    private Optional<Modality> attemptWon(Sentence sentence, Token trigger) {
        Optional<Token> governor = sentence.head(trigger.index()).filter(h -> h.governor() >= 0
                        && (h.relation().equals("xcomp") || h.relation().startsWith("acl")
                        || h.relation().startsWith("advcl")))
                .map(h -> sentence.tokens().get(h.governor()));
        if (governor.isEmpty()) {
            return Optional.empty();
        }
        Optional<Token> victory;
        if (pack.has(WordList.ATTEMPT_WORDS, governor.get().lemma())) {
            victory = sentence.head(governor.get().index()).filter(h -> h.governor() >= 0 && (h.relation().equals("obj")
                            || h.relation().startsWith("nmod") || h.relation().startsWith("obl")))
                    .map(h -> sentence.tokens().get(h.governor())).filter(this::isVictory);
        } else {
            // "declared victory in the battle to retake X", the purpose clause parsed onto the verb
            victory = sentence.children(governor.get().index()).stream()
                    .map(d -> sentence.tokens().get(d.dependent())).filter(this::isVictory)
                    .filter(v -> sentence.children(v.index()).stream().anyMatch(d -> d.relation().startsWith("nmod")
                            && pack.has(WordList.ATTEMPT_WORDS, sentence.tokens().get(d.dependent()).lemma())))
                    .findFirst();
        }
        return victory.map(v -> modality.detect(sentence, v.index()))
                .filter(Modality::factual);
    }

    private boolean isVictory(Token token) {
        return pack.has(WordList.VICTORY_WORDS, token.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * "seeking to capture", "an offensive to retake", "launched an attack on Monday to capture": the trigger is the
     * aim of an attempt the text asserts (a verb of attempting, or a verb whose object is a noun of attempting).
     */
    private boolean attemptUnderWay(Sentence sentence, Token trigger) {
        return sentence.head(trigger.index()).filter(h -> h.governor() >= 0
                        && (h.relation().equals("xcomp") || h.relation().startsWith("acl")
                        || h.relation().startsWith("advcl")))
                .map(h -> sentence.tokens().get(h.governor()))
                .filter(aim -> pack.has(WordList.ATTEMPT_WORDS, aim.lemma()) && !toCome(sentence, aim)
                        || sentence.children(aim.index(), "obj").stream().anyMatch(o -> o.isNoun()
                        && pack.has(WordList.ATTEMPT_WORDS, o.lemma().toLowerCase(Locale.ROOT))
                        && !toCome(sentence, o)))
                .map(aim -> {
                    Modality aimMood = modality.detect(sentence, aim.index());
                    // "forces seeking to capture X" describes an attempt under way even inside a purpose clause
                    return aimMood.factual()
                            || (aimMood == Modality.HYPOTHETICAL && aim.pos().equals("VBG"));
                }).orElse(false);
    }

    /**
     * "efforts to take control of X", "a bid to retake X": a noun of attempting right before
     * the trigger's "to" names an attempt under way wherever the parser hangs the infinitive.
     */
    private boolean attemptNounBefore(Sentence sentence, Token trigger) {
        return sentence.children(trigger.index(), "mark").stream().filter(m -> m.pos().equals("TO") && m.index() > 0)
                .map(m -> sentence.tokens().get(m.index() - 1))
                .anyMatch(w -> w.isNoun() && pack.has(WordList.ATTEMPT_WORDS, w.lemma().toLowerCase(Locale.ROOT))
                        && !toCome(sentence, w));
    }

    /**
     * "the coming battle to retake X", "ahead of the campaign to take X", "the army would launch an operation to
     * drive rebels from X": an attempt the text tells as still to come, by a word on it or beside it, or by the
     * mood of the verb it is the object of, is no contest yet.
     */
    private boolean toCome(Sentence sentence, Token aim) {
        Stream<Token> beside = Stream.concat(sentence.children(aim.index()).stream()
                        .map(d -> sentence.tokens().get(d.dependent())),
                sentence.head(aim.index()).filter(h -> h.governor() >= 0)
                        .map(h -> sentence.tokens().get(h.governor())).stream());
        boolean cue = beside
                .anyMatch(w -> pack.has(WordList.PLANNED_CUES, w.word().toLowerCase(Locale.ROOT)));
        // the verb whose object the attempt is, in its mood or by its auxiliary ("said the army would launch")
        return cue || aim.isNoun() && sentence.head(aim.index()).filter(h -> h.governor() >= 0
                        && h.relation().equals("obj"))
                .map(h -> !modality.detect(sentence, h.governor()).factual()
                        || sentence.children(h.governor(), "aux").stream()
                        .anyMatch(a -> pack.has(WordList.PLANNED_CUES, a.word().toLowerCase(Locale.ROOT))))
                .orElse(false);
    }

    /**
     * "The coalition to recapture X ...", parsed as the sentence's own clause: an infinitive heading the
     * sentence names an aim, not a deed.
     */
    private static boolean aim(Sentence sentence, Token trigger) {
        return sentence.head(trigger.index()).map(h -> h.governor() < 0).orElse(true)
                && sentence.children(trigger.index(), "mark").stream().anyMatch(m -> m.pos().equals("TO"));
    }

    /** "Iraqi forces start to retake Fallujah": a capture the text says has begun is under way, not done. */
    private boolean begun(Sentence sentence, Token trigger) {
        return sentence.head(trigger.index()).filter(h -> h.governor() >= 0 && h.relation().equals("xcomp"))
                .map(h -> sentence.tokens().get(h.governor()))
                .filter(verb -> pack.has(WordList.INCEPTION_VERBS, verb.lemma().toLowerCase(Locale.ROOT)))
                .map(verb -> modality.detect(sentence, verb.index()))
                .filter(Modality::factual).isPresent();
    }

    /** A monitor, agency, news service or relief body: the source of a report of violence, never its actor. */
    /** An actor of the knowledge base, or a group named outright ("the Abdullah Azzam Brigades claimed"). */
    private static boolean knownOrNamedGroup(Referent referent) {
        EntityType type = referent.mention().mention().type();
        return referent.actorId().isPresent() || (!referent.viaPronoun()
                && (type == EntityType.ARMED_GROUP || type == EntityType.ORGANIZATION));
    }

    /** A person the text names (not a pronoun for one): the speaker of a statement noun. */
    private static boolean namedPerson(Referent referent) {
        return !referent.viaPronoun() && referent.mention().mention().type() == EntityType.PERSON;
    }

    private boolean civilOrganisation(Referent referent) {
        return referent.actorId().flatMap(knowledge::byId).map(a -> a.kind() == Actor.ActorKind.ORGANISATION)
                .orElse(false);
    }

    /**
     * The opponent the sentence names, else the one the sentences just before it name ("... Islamic State fighters
     * dug in. Iraqi forces shelled the town"): a fight goes on against the side the story is about.
     */
    private Optional<Referent> recentOpponent(Linked linked, ActorResolver resolver, List<Span> quoted,
                                              Sentence sentence, List<Referent> actors) {
        for (int s = sentence.index(); s >= Math.max(0, sentence.index() - OPPONENT_LOOKBACK); s--) {
            Optional<Referent> found = opponent(resolver, quoted, linked.annotated().sentences().get(s), actors);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * Whom a deed is aimed at where its own object names no one but its actors: the first of these readings, in order,
     * that names someone else.
     */
    private List<Referent> impliedTargets(ActorResolver resolver, Sentence sentence, Token trigger,
                                          EventPattern pattern, Predicate<Referent> other) {
        EventType type = pattern.plover();
        boolean physical = type.physical();
        List<Supplier<List<Referent>>> readings = List.of(
                // "an operation to encircle IS militants": an attempt under way is against whom its goal is
                () -> physical ? attemptGoals.goal(sentence, trigger)
                        .map(goal -> arguments.targets(resolver, sentence, goal)).orElse(List.of()) : List.of(),
                () -> type == EventType.DEMAND ? arguments.addressees(resolver, sentence, trigger.index()) : List.of(),
                // "the U.S. received support from Europe", "Cameron is facing demands": it is aimed at who receives it
                () -> physical ? List.of() : arguments.recipients(resolver, sentence, trigger, pattern),
                // "spoke with Cameron about Syria and agreed to consult": one partner for the deeds of a shared subject
                () -> type.symmetric() && !physical ? partnerOfFirstDeed(resolver, sentence, trigger) : List.of(),
                // "demanded that Turkey withdraw", "called for the United States to send arms": who is to do it
                () -> type == EventType.DEMAND
                        ? arguments.askedToAct(resolver, sentence, trigger.index(), modality) : List.of(),
                // "vowed to act if the regime used chemical weapons": a threat is aimed at whom its condition names
                () -> type == EventType.THREATEN
                        ? arguments.conditionedOn(resolver, sentence, trigger.index(), modality) : List.of(),
                // "threatened to strike Turkey": a threat is aimed at whom the deed it threatens is done to
                () -> type == EventType.THREATEN ? ArgumentFinder.threatenedDeeds(sentence, trigger.index()).stream()
                        .flatMap(deed -> arguments.targets(resolver, sentence, deed).stream()).toList() : List.of(),
                // "voiced frustration that Obama had not called": the stance is toward whom the clause is about
                () -> !pattern.noun() && (type == EventType.DISAPPROVE || type == EventType.SUPPORT)
                        ? arguments.aboutWhom(resolver, sentence, trigger.index()).stream().filter(other).limit(1)
                        .toList() : List.of(),
                // "retook Tikrit from ISIS": the side it is taken from is the target, as ACLED's actor 2
                () -> pattern.isTerritorial() ? arguments.losers(resolver, sentence, trigger.index()) : List.of());
        for (Supplier<List<Referent>> reading : readings) {
            List<Referent> found = reading.get().stream().filter(other).toList();
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** The targets of a symmetric deed this one is coordinated with ("met Lavrov ... and agreed"), if any. */
    private List<Referent> partnerOfFirstDeed(ActorResolver resolver, Sentence sentence, Token trigger) {
        return firstDeed(sentence, trigger.index()).map(sentence.tokens()::get)
                .filter(first -> triggers.match(sentence, first).filter(p -> p.plover().symmetric()
                        && !p.plover().physical()).isPresent())
                .map(first -> arguments.targets(resolver, sentence, first.index())).orElse(List.of());
    }

    /**
     * The word of the first of two coordinated deeds ("met Lavrov ... and agreed", "criticised Lavrov ... and
     * agreed"), of which {@code trigger} is the second: the deed whose partner a symmetric deed shares or, where that
     * one is no meeting or agreement, decidedly does not ({@link ContextArguments} reads the same decision).
     */
    static Optional<Integer> firstDeed(Sentence sentence, int trigger) {
        return sentence.head(trigger).filter(h -> h.relation().equals("conj") && h.governor() >= 0)
                .map(h -> h.governor());
    }

    /** Whether a referent is none of the deed's actors by name: an actor is never its own deed's target or foe. */
    private static Predicate<Referent> notAmong(List<Referent> actors) {
        return r -> actors.stream().noneMatch(a -> a.name().equals(r.name()));
    }

    /**
     * "Iraqi forces surrounded Fallujah, cutting off Islamic State": a fight whose words name no target is against
     * the one other side the sentence names as fighting, where it names exactly one.
     */
    private Optional<Referent> opponent(ActorResolver resolver, List<Span> quoted, Sentence sentence,
                                        List<Referent> actors) {
        Referent actor = actors.get(0);
        if (actor.side().isEmpty()) {
            return Optional.empty();
        }
        List<Referent> others = new ArrayList<>();
        for (LinkedMention mention : resolver.mentionsIn(sentence)) {
            if (inside(quoted, mention.mention().start())) {
                continue;
            }
            if (mention.mention().type() != EntityType.ARMED_GROUP || speaker(sentence, mention)) {
                continue; // "strikes in Syria", "Syrian militants", "the SDF said": a place, an origin, a source
            }
            resolver.resolve(sentence, mention.firstToken())
                    // the deed's partners ("by government forces and US-backed fighters") are none of its foes
                    .filter(notAmong(actors))
                    .filter(r -> r.side().isPresent() && !r.side().equals(actor.side()) && isCombatant(r))
                    .ifPresent(others::add);
        }
        boolean oneSide = others.stream().map(Referent::side).distinct().count() == 1;
        return oneSide ? Optional.of(others.get(0)) : Optional.empty();
    }

    /** Whether the mention's head is the subject of a speech verb ("the Kurdish SDF said"). */
    private boolean speaker(Sentence sentence, LinkedMention mention) {
        return sentence.head(mention.lastToken()).filter(h -> h.relation().startsWith("nsubj") && h.governor() >= 0
                && pack.has(WordList.SPEECH_VERBS, sentence.tokens().get(h.governor()).lemma())).isPresent();
    }

    /**
     * "17 soldiers were killed", "killing three militants", "fighters killed in the raid": the deed's victims (its
     * object, passive subject, or the noun its participle describes) are described as armed men.
     */
    private boolean armedVictims(Sentence sentence, Token trigger) {
        boolean passive = ArgumentFinder.isPassive(sentence, trigger.index());
        // a bare participle (no auxiliary, no object) tells what was done to its noun or its subject: "fighters killed
        // in the raid", "had nine fighters killed"; "bombers who detonated their explosives" did the deed
        boolean bare = trigger.pos().equals("VBN") && sentence.children(trigger.index()).stream()
                .noneMatch(d -> d.relation().startsWith("aux") || d.relation().equals("obj"));
        Stream<Token> described = !bare ? Stream.empty() : Stream.concat(sentence.head(trigger.index())
                        .filter(h -> h.governor() >= 0 && h.relation().startsWith("acl"))
                        .map(h -> sentence.tokens().get(h.governor())).stream(),
                sentence.children(trigger.index(), "nsubj").stream());
        return Stream.concat(sentence.children(trigger.index()).stream()
                        .filter(c -> c.relation().equals("obj") || (passive && c.relation().startsWith("nsubj")))
                        .map(c -> sentence.tokens().get(c.dependent())), described)
                .anyMatch(n -> n.isNoun() && pack.has(WordList.ARMED_DESCRIPTIONS, n.lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * "More than 300,000 people have been killed in the war", "killed since the conflict began": a toll the sentence
     * sets in a whole war counts the war's dead, a battle's by ACLED's rule, unless it names them as civilians.
     */
    private boolean warToll(Sentence sentence, Token trigger) {
        if (!pack.has(WordList.DEATH_WORDS, trigger.lemma().toLowerCase(Locale.ROOT))) {
            return false; // "used chemical weapons in the war" is a deed of its own, not the war's toll
        }
        java.util.function.Predicate<Token> war = t -> t.isNoun()
                && pack.has(WordList.WAR_NOUNS, t.lemma().toLowerCase(Locale.ROOT));
        boolean inWar = sentence.children(trigger.index(), "obl").stream().anyMatch(o -> war.test(o)
                && ArgumentFinder.hasCase(sentence, o.index(), "in"))
                || sentence.children(trigger.index(), "advcl").stream()
                .anyMatch(clause -> sentence.children(clause.index(), "nsubj").stream().anyMatch(war));
        boolean civilians = Stream.concat(sentence.children(trigger.index(), "obj").stream(),
                        sentence.children(trigger.index(), "nsubj:pass").stream())
                .flatMap(v -> Stream.concat(Stream.of(v), sentence.children(v.index(), "amod").stream()))
                .anyMatch(v -> pack.has(WordList.NONCOMBATANT_WORDS, v.lemma().toLowerCase(Locale.ROOT)));
        return inWar && !civilians;
    }

    /**
     * "Rockets killed two", "killed in an airstrike", "attacks with rocket shells", "targeted the district with
     * mortars, killing a boy": the deed, or the verb it is a participle or conjunct of, is done by fire from afar.
     */
    private boolean remoteFire(Sentence sentence, Token trigger) {
        List<Token> means = new ArrayList<>();
        if (trigger.isNoun()) {
            means.add(trigger); // "terrorist attacks with rocket shells"
        }
        // the deed's own subject (active) and oblique phrases; its object is who it was done to
        sentence.children(trigger.index()).stream()
                .filter(d -> d.relation().equals("nsubj") || d.relation().startsWith("obl")
                        || d.relation().startsWith("nmod"))
                .forEach(d -> means.add(sentence.tokens().get(d.dependent())));
        // "firing rockets and killing seven", "targeted it with shells, killing a woman": the verb it goes with, or
        // the weapon a participle describes ("rocket shells killing a woman")
        List<Token> verbs = new ArrayList<>();
        sentence.head(trigger.index()).filter(h -> h.governor() >= 0 && (h.relation().startsWith("advcl")
                        || h.relation().equals("conj") || h.relation().equals("xcomp")
                        || h.relation().startsWith("acl")))
                .map(h -> sentence.tokens().get(h.governor()))
                .ifPresent(head -> (head.isVerb() ? verbs : means).add(head));
        // "mounted attacks on the city, firing rockets": the clauses of the verb an attack noun is the object of
        if (trigger.isNoun()) {
            sentence.head(trigger.index()).filter(h -> h.governor() >= 0 && h.relation().equals("obj"))
                    .map(h -> sentence.tokens().get(h.governor())).ifPresent(verb -> sentence.children(verb.index())
                            .stream().filter(d -> d.relation().startsWith("advcl"))
                            .forEach(d -> verbs.add(sentence.tokens().get(d.dependent()))));
        }
        verbs.stream().filter(Token::isVerb).forEach(verb -> sentence.children(verb.index()).stream()
                .filter(d -> d.relation().equals("obj") || d.relation().equals("nsubj")
                        || d.relation().startsWith("obl"))
                .forEach(d -> means.add(sentence.tokens().get(d.dependent()))));
        return means.stream().filter(Token::isNoun).anyMatch(noun -> remoteNoun(sentence, noun)
                || sentence.children(noun.index()).stream().filter(d -> d.relation().startsWith("nmod")
                        && ArgumentFinder.hasCase(sentence, d.dependent(), "with"))
                .anyMatch(d -> remoteNoun(sentence, sentence.tokens().get(d.dependent()))));
    }

    /** "rocket shells", "an air strike", "rocket attacks", not "a chemical rocket" nor "chlorine shells". */
    private boolean remoteNoun(Sentence sentence, Token noun) {
        List<Token> modifiers = new ArrayList<>(sentence.children(noun.index(), "compound"));
        modifiers.addAll(sentence.children(noun.index(), "amod"));
        boolean fire = pack.has(WordList.REMOTE_FIRE_NOUNS, noun.lemma().toLowerCase(Locale.ROOT))
                || modifiers.stream().anyMatch(m -> pack.has(WordList.REMOTE_FIRE_NOUNS,
                m.lemma().toLowerCase(Locale.ROOT)));
        return fire && modifiers.stream().noneMatch(m -> pack.has(WordList.CHEMICAL_WORDS,
                m.lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * "a terror attack on the U.S. Consulate": the side is named only as the owner of what was struck (a building, a
     * convoy of aid), not as forces, so the attack is on that thing, not a battle with the side.
     */
    private boolean ownedThing(Sentence sentence, Referent target) {
        return sentence.head(target.mention().lastToken()).filter(h -> h.governor() >= 0
                && (h.relation().startsWith("compound") || h.relation().equals("amod")
                || h.relation().equals("nmod:poss"))
                && sentence.tokens().get(h.governor()).isNoun()
                && !pack.has(WordList.FORCE_NOUNS, sentence.tokens().get(h.governor()).word().toLowerCase(Locale.ROOT)))
                .isPresent();
    }

    /**
     * The verb's object stands alone: no noun before it ("energy security") and no of-phrase after it ("the security of
     * the app"), save a noun the pattern names itself ("security precautions").
     */
    private static boolean bareObject(Sentence sentence, Token verb, EventPattern pattern) {
        List<Token> objects = new ArrayList<>(sentence.children(verb.index(), "obj"));
        objects.addAll(sentence.children(verb.index(), "nsubj:pass"));
        return objects.stream().flatMap(o -> sentence.children(o.index()).stream()).noneMatch(d ->
                d.relation().equals("compound") && !pattern.condition().contains(
                        sentence.tokens().get(d.dependent()).lemma().toLowerCase(Locale.ROOT))
                || d.relation().startsWith("nmod") && ArgumentFinder.hasCase(sentence, d.dependent(), "of"));
    }

    /** A side that fights acts: a known one, or, where none is named, forces the subject describes. */
    private boolean armedActor(Sentence sentence, Token trigger, List<Referent> actors) {
        if (!actors.isEmpty() && actors.get(0).actorId().isPresent()) {
            return isCombatant(actors.get(0));
        }
        return unnamedForce(sentence, trigger.index());
    }

    /** "war jets struck the town", "hundreds of militants entered Iraq", "fighters who entered the country". */
    private boolean unnamedForce(Sentence sentence, int verb) {
        if (ArgumentFinder.isPassive(sentence, verb)) {
            return false; // the subject of a passive is who it was done to
        }
        int subject = ArgumentFinder.subjectToken(sentence, verb);
        if (subject == verb) {
            return false;
        }
        if (pack.has(WordList.RELATIVE_PRONOUNS, sentence.tokens().get(subject).word().toLowerCase(Locale.ROOT))) {
            Optional<Dependency> head = sentence.head(verb).filter(h -> h.relation().startsWith("acl"));
            if (head.isEmpty() || head.get().governor() < 0) {
                return false;
            }
            subject = head.get().governor();
        }
        // "hundreds of militants": a count's forces are in its of-phrase
        return armedDescription(sentence.tokens().get(subject)) || sentence.children(subject).stream()
                .filter(d -> d.relation().startsWith("nmod"))
                .anyMatch(d -> armedDescription(sentence.tokens().get(d.dependent())));
    }

    private boolean armedDescription(Token token) {
        return token.isNoun() && (pack.has(WordList.ARMED_DESCRIPTIONS, token.lemma().toLowerCase(Locale.ROOT))
                || pack.has(WordList.ARMED_DESCRIPTIONS, token.word().toLowerCase(Locale.ROOT)));
    }

    private boolean isCombatant(Referent referent) {
        return referent.actorId().flatMap(knowledge::byId).map(a -> a.kind() == Actor.ActorKind.ARMED_GROUP
                || a.kind() == Actor.ActorKind.COALITION || a.kind() == Actor.ActorKind.STATE).orElse(false);
    }

    /** Who acts on whom: one pair per participant for symmetric interactions, else the first actor. */
    private static List<Referent[]> dyads(List<Referent> actors, List<Referent> targets, EventPattern pattern,
                                          boolean mutual) {
        Referent target = targets.isEmpty() ? null : targets.get(0);
        if (mutual && actors.size() > 1 && target == null && !pattern.plover().symmetric()) {
            // "the regime and the rebels have blamed each other": each does it to each of the others
            List<Referent[]> pairs = new ArrayList<>();
            for (Referent doer : actors) {
                actors.stream().filter(other -> other != doer)
                        .forEach(other -> pairs.add(new Referent[] {doer, other}));
            }
            return pairs;
        }
        if (actors.size() > 1 && pattern.plover().symmetric() && target == null) {
            List<Referent[]> pairs = new ArrayList<>();
            for (int i = 0; i < actors.size(); i++) {
                for (int j = i + 1; j < actors.size(); j++) {
                    pairs.add(new Referent[] {actors.get(i), actors.get(j)});
                }
            }
            return pairs;
        }
        List<Referent[]> single = new ArrayList<>();
        Referent actor = actors.isEmpty() ? null : actors.get(0);
        if ((targets.size() > 1 || actors.size() > 1) && !pattern.plover().physical()) {
            // "thanked Iraq, Turkey and Russia", "Russia and Iran condemned the strike": one act by each toward each,
            // as ACLED and PLOVER code one dyad per event (a deed's partners are told apart before, by their sides)
            List<Referent> doers = actors.isEmpty() ? java.util.Collections.singletonList(null) : actors;
            List<Referent> aims = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
            doers.forEach(a -> aims.forEach(t -> single.add(new Referent[] {a, t})));
            return single;
        }
        if (targets.size() > 1) {
            // "fought the Islamic State and the rebels": one deed against each known actor
            ConjoinedTargets.apart(targets).forEach(t -> single.add(new Referent[] {actor, t}));
            return single;
        }
        single.add(new Referent[] {actor, target});
        return single;
    }

    /** Whether a deed's object is a reciprocal pronoun of the pack ("blamed each other", "accuse one another"). */
    private boolean reciprocal(Sentence sentence, Token trigger) {
        return sentence.children(trigger.index(), "obj").stream().filter(object -> object.index() > 0)
                .anyMatch(object -> pack.has(WordList.RECIPROCAL_PRONOUNS, (sentence.tokens().get(object.index() - 1)
                        .word() + " " + object.word()).toLowerCase(Locale.ROOT)));
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

    /** An active subject of the clause that is a noun, not a pronoun: "a rebel opened fire", not "we opened fire". */
    private static boolean describedDoer(Sentence sentence, int clause) {
        return sentence.children(clause).stream().filter(d -> d.relation().equals("nsubj"))
                .map(d -> sentence.tokens().get(d.dependent())).anyMatch(t -> t.pos().startsWith("NN"));
    }

    private static boolean inside(List<Span> quoted, int offset) {
        return quoted.stream().anyMatch(span -> span.contains(offset));
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
