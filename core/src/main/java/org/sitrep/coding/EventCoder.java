package org.sitrep.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.knowledge.Linked;
import org.sitrep.knowledge.LinkedMention;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.TimeExpression;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Codes events from dependency parses: a trigger lemma from {@code event-patterns.tsv} with its subject as actor,
 * its object or "against/with/to" argument as target, the places among its arguments (one event per place), the
 * date of its own clause, and the modality of its sentence. Background (past perfect, "previously", "recent")
 * events keep no date rather than taking the article's.
 */
public final class EventCoder {
    private static final Set<String> TARGET_CASES = Set.of("against", "with", "on", "to", "toward", "towards", "at",
            "for");
    private static final Set<String> CLAUSE_RELATIONS = Set.of("ccomp", "xcomp", "advcl", "conj", "parataxis");
    /** Clauses that share their governor's subject; a ccomp ("said that X …") has its own. */
    private static final Set<String> SHARED_SUBJECT = Set.of("xcomp", "advcl", "conj");
    private static final Set<String> BACKGROUND_WORDS = Set.of("previously", "earlier", "formerly", "once", "recent",
            "previous", "prior", "past");
    private static final Set<String> SYMMETRIC = Set.of("CONSULT", "AGREE", "COOPERATE", "FIGHT");
    private static final int MAX_DEPTH = 4;
    private static final Set<String> PARTIAL_CASES = Set.of("in", "near", "around", "outside", "close", "inside");
    private static final Set<String> RAISING = Set.of("expect", "schedule", "set", "due", "slate", "poise", "plan");
    private static final Set<String> NEAR_WORDS = Set.of("outskirts", "gate", "gates", "edge", "countryside",
            "suburb", "suburbs", "vicinity", "outskirt", "approach", "approaches", "north", "south", "east", "west",
            "northeast", "northwest", "southeast", "southwest", "road", "street", "district",
            "districts", "neighborhood", "neighborhoods", "neighbourhood", "neighbourhoods", "territory", "part",
            "parts", "area", "areas", "side", "sector", "sectors", "position", "positions", "checkpoint",
            "checkpoints", "kilometer", "kilometers", "kilometre", "kilometres", "mile", "miles", "villages");

    private final KnowledgeBase knowledge;
    private final List<EventPattern> patterns;
    private final ModalityDetector modality;

    private EventCoder(KnowledgeBase knowledge, List<EventPattern> patterns, ModalityDetector modality) {
        this.knowledge = knowledge;
        this.patterns = List.copyOf(patterns);
        this.modality = modality;
    }

    public static EventCoder load(KnowledgeBase knowledge) {
        return new EventCoder(knowledge, EventPattern.load(), ModalityDetector.load());
    }

    /** The events of an article, in text order. */
    List<CodedEvent> code(Linked linked, List<TimeExpression> times) {
        ActorResolver resolver = new ActorResolver(knowledge, linked);
        List<CodedEvent> events = new ArrayList<>();
        for (Sentence sentence : linked.annotated().sentences()) {
            for (Token token : sentence.tokens()) {
                match(sentence, token).ifPresent(pattern ->
                        events.addAll(code(linked, resolver, times, sentence, token, pattern)));
            }
        }
        return events;
    }

    private Optional<EventPattern> match(Sentence sentence, Token token) {
        String lemma = token.lemma().toLowerCase(Locale.ROOT);
        if (token.isVerb() && sentence.head(token.index()).map(h -> h.relation().equals("amod")).orElse(false)) {
            return Optional.empty(); // "U.S.-supported fighters": a participle describing a noun is no event
        }
        if (token.isNoun() && governedByAnyVerbPattern(sentence, token)) {
            return Optional.empty(); // "launched a campaign": the verb's pattern codes it, not the noun again
        }
        EventPattern fallback = null;
        for (EventPattern pattern : patterns) {
            if (!pattern.lemma().equals(lemma) || pattern.noun() != token.isNoun()
                    || (!pattern.noun() && !token.isVerb())) {
                continue;
            }
            if (pattern.condition().isEmpty()) {
                if (fallback == null) {
                    fallback = pattern;
                }
                continue;
            }
            if (pattern.noun() ? governedBy(sentence, token, pattern.condition())
                    : hasObject(sentence, token, pattern.condition())) {
                return Optional.of(pattern);
            }
        }
        return Optional.ofNullable(fallback);
    }

    private boolean governedByAnyVerbPattern(Sentence sentence, Token noun) {
        Optional<Dependency> head = sentence.head(noun.index());
        return head.isPresent() && head.get().governor() >= 0
                && patterns.stream().anyMatch(p -> !p.noun() && p.lemma().equals(
                sentence.tokens().get(head.get().governor()).lemma()) && p.condition().contains(noun.lemma()));
    }

    private static boolean hasObject(Sentence sentence, Token verb, Set<String> lemmas) {
        for (Dependency child : sentence.children(verb.index())) {
            Token dependent = sentence.tokens().get(child.dependent());
            boolean argument = child.relation().equals("obj") || child.relation().equals("compound:prt")
                    || child.relation().equals("nsubj:pass");
            if (argument && (lemmas.contains(dependent.lemma().toLowerCase(Locale.ROOT))
                    || lemmas.contains(dependent.word().toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean governedBy(Sentence sentence, Token noun, Set<String> lemmas) {
        Optional<Dependency> head = sentence.head(noun.index());
        if (head.isEmpty() || head.get().governor() < 0) {
            return false;
        }
        String relation = head.get().relation();
        Token governor = sentence.tokens().get(head.get().governor());
        boolean argument = relation.equals("obj") || relation.startsWith("nsubj") || relation.startsWith("obl");
        if (argument && lemmas.contains(governor.lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        // "the offensive that began": the relative clause's verb governs the noun
        for (Dependency child : sentence.children(noun.index())) {
            if (child.relation().startsWith("acl")
                    && lemmas.contains(sentence.tokens().get(child.dependent()).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private List<CodedEvent> code(Linked linked, ActorResolver resolver, List<TimeExpression> times, Sentence sentence,
                                  Token trigger, EventPattern pattern) {
        int clause = pattern.noun() ? clauseOf(sentence, trigger.index()) : trigger.index();
        List<Referent> actors = new ArrayList<>();
        if (pattern.noun()) {
            // "the meeting between Turkish, Russian and Iranian ministers", "the opposition's offensive"
            for (Dependency child : sentence.children(trigger.index())) {
                if (child.relation().startsWith("nmod") && (hasCase(sentence, child.dependent(), "between")
                        || hasCase(sentence, child.dependent(), "among") || hasCase(sentence, child.dependent(), "by"))) {
                    addReferents(resolver, sentence, child.dependent(), actors);
                }
            }
            ownerOf(resolver, sentence, trigger.index()).ifPresent(actors::add);
            boolean isObject = sentence.head(trigger.index()).map(h -> h.relation().equals("obj")
                    || h.relation().startsWith("obl")).orElse(false);
            if (actors.isEmpty() && isObject && clause != trigger.index()) {
                actors.addAll(subjects(resolver, sentence, clause, trigger));
            }
        } else if (pattern.lemma().equals("fall")) {
            actors.addAll(argumentReferents(resolver, sentence, clause, Set.of("to"), true));
        } else {
            actors.addAll(subjects(resolver, sentence, clause, trigger));
        }
        if (pattern.isStatement() && (actors.isEmpty() || actors.get(0).actorId().isEmpty()
                || sentence.children(trigger.index(), "nsubj").isEmpty())) {
            return List.of(); // only statements by known, named subjects are events; other words are quotes
        }
        if (insideQuote(linked, trigger) && (actors.isEmpty() || actors.get(0).viaPronoun()
                || !insideQuote(linked, actors.get(0).mention().mention().start()))) {
            return List.of(); // in quoted speech "we" and "you" are the speaker's; code only named actors there
        }
        List<Referent> targets = new ArrayList<>();
        for (Referent target : argumentReferents(resolver, sentence, trigger.index(), TARGET_CASES, false)) {
            if (actors.stream().noneMatch(a -> a.name().equals(target.name()))) {
                targets.add(target);
            }
        }
        if (isPassive(sentence, trigger.index())) {
            // "were killed by gunfire": the grammatical subject is who it happened to
            for (Referent patient : passiveSubjects(resolver, sentence, trigger.index())) {
                if (targets.stream().noneMatch(t -> t.name().equals(patient.name()))) {
                    targets.add(0, patient);
                }
            }
            actors.removeIf(a -> targets.stream().anyMatch(t -> t.name().equals(a.name())));
        }
        PlaceSearch places = new PlaceSearch(linked, sentence);
        places.collect(pattern.lemma().equals("fall") ? subjectToken(sentence, trigger.index()) : trigger.index(), 0);
        if (pattern.noun() && clause != trigger.index()) {
            places.collectArguments(clause);
        }
        if (pattern.lemma().equals("enter") && sentence.children(trigger.index(), "obj").stream()
                .noneMatch(o -> linked.at(sentence.index(), o.index()).flatMap(LinkedMention::place).isPresent())) {
            return List.of(); // entering a place is news; "entered its final phase" is not
        }
        if (pattern.isTerritorial() && places.found.isEmpty()) {
            return List.of(); // "captured headlines", "leaders fell": no place, no territory changed hands
        }
        EventPattern coded = pattern.plover().equals("ASSAULT") && !targets.isEmpty() && isCombatant(targets.get(0))
                ? COMBAT : pattern;
        Modality mood = modality.detect(sentence, trigger.index());
        EventDate when = date(linked, times, sentence, trigger, clause);
        Optional<String> date = when.value();
        Evidence evidence = new Evidence(linked.annotated().article().id(), sentence.begin(), sentence.end(),
                sentence.text());
        List<CodedEvent> events = new ArrayList<>();
        List<Optional<LinkedMention>> placeList = places.found.isEmpty() ? List.of(Optional.empty())
                : places.found.keySet().stream().map(Optional::of).toList();
        List<Referent[]> dyads = dyads(actors, targets, pattern);
        int n = 0;
        for (Optional<LinkedMention> place : placeList) {
            for (Referent[] dyad : dyads) {
                String id = "e" + sentence.index() + "." + trigger.index() + (n == 0 ? "" : "." + n);
                n++;
                Optional<Place> geo = place.flatMap(LinkedMention::place);
                double confidence = coded.confidence() * (dyad[0] == null ? 0.7 : 1.0)
                        * (dyad[0] != null && dyad[0].viaPronoun() ? 0.9 : 1.0) * (date.isEmpty() ? 0.9 : 1.0);
                Event event = new Event(id, coded.plover(), acled(coded, dyad[0]), coded.cameo(),
                        name(dyad[0]), side(dyad[0]), name(dyad[1]), side(dyad[1]),
                        place.map(LinkedMention::canonical), place.flatMap(p -> p.mention().ref()),
                        geo.map(Place::lat), geo.map(Place::lon), date, mood, round(confidence), evidence);
                events.add(new CodedEvent(event, pattern.isTerritorial(),
                        place.isPresent() && places.found.get(place.get()), when.explicit()));
            }
        }
        return events;
    }

    /** Killing fighters is battle, not violence against civilians. */
    private static final EventPattern COMBAT = new EventPattern(false, "kill", Set.of(), "FIGHT", "190",
            "Battles: Armed clash", 0.7);

    private boolean isCombatant(Referent referent) {
        return referent.actorId().flatMap(knowledge::byId).map(a -> a.kind() == Actor.ActorKind.ARMED_GROUP
                || a.kind() == Actor.ActorKind.COALITION || a.kind() == Actor.ActorKind.STATE).orElse(false);
    }

    private static boolean isPassive(Sentence sentence, int verb) {
        return !sentence.children(verb, "aux:pass").isEmpty() || !sentence.children(verb, "nsubj:pass").isEmpty();
    }

    /** The patient of a passive verb: its own passive subject, or the subject of the verb it is coordinated with. */
    private static List<Referent> passiveSubjects(ActorResolver resolver, Sentence sentence, int verb) {
        List<Referent> found = new ArrayList<>();
        for (Token subject : sentence.children(verb, "nsubj")) {
            addReferents(resolver, sentence, subject.index(), found);
        }
        if (found.isEmpty()) {
            Optional<Dependency> head = sentence.head(verb);
            if (head.isPresent() && head.get().relation().equals("conj") && head.get().governor() >= 0) {
                for (Token subject : sentence.children(head.get().governor(), "nsubj")) {
                    addReferents(resolver, sentence, subject.index(), found);
                }
            }
        }
        return found;
    }

    /** Who acts on whom: one pair per participant for symmetric interactions, else the first actor. */
    private static List<Referent[]> dyads(List<Referent> actors, List<Referent> targets, EventPattern pattern) {
        Referent target = targets.isEmpty() ? null : targets.get(0);
        if (actors.size() > 1 && SYMMETRIC.contains(pattern.plover()) && target == null) {
            List<Referent[]> pairs = new ArrayList<>();
            for (int i = 0; i < actors.size(); i++) {
                for (int j = i + 1; j < actors.size(); j++) {
                    pairs.add(new Referent[] {actors.get(i), actors.get(j)});
                }
            }
            return pairs;
        }
        List<Referent[]> single = new ArrayList<>();
        single.add(new Referent[] {actors.isEmpty() ? null : actors.get(0), target});
        return single;
    }

    private String acled(EventPattern pattern, Referent actor) {
        if (!pattern.isTerritorial()) {
            return pattern.acled();
        }
        boolean state = actor != null && actor.actorId().flatMap(knowledge::byId)
                .map(a -> a.kind() == Actor.ActorKind.STATE || a.side().filter("government"::equals).isPresent())
                .orElse(false);
        return state ? "Battles: Government regains territory" : "Battles: Non-state actor overtakes territory";
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

    /** The verb whose argument a noun trigger is ("launched a campaign" → launched). */
    private static int clauseOf(Sentence sentence, int noun) {
        Optional<Dependency> head = sentence.head(noun);
        if (head.isPresent() && head.get().governor() >= 0 && sentence.tokens().get(head.get().governor()).isVerb()) {
            return head.get().governor();
        }
        for (Dependency child : sentence.children(noun)) {
            if (child.relation().startsWith("acl") && sentence.tokens().get(child.dependent()).isVerb()) {
                return child.dependent();
            }
        }
        return noun;
    }

    private static int subjectToken(Sentence sentence, int verb) {
        for (Dependency child : sentence.children(verb)) {
            if (child.relation().startsWith("nsubj")) {
                return child.dependent();
            }
        }
        return verb;
    }

    /**
     * The subjects of a verb: its own, its passive agent, or those of the verb it is embedded under. A verb with a
     * subject of its own that names no actor ("the raid killed …") has no known actor: its governor's is not its.
     */
    private List<Referent> subjects(ActorResolver resolver, Sentence sentence, int verb, Token trigger) {
        int current = verb;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            List<Referent> found = new ArrayList<>();
            boolean passive = isPassive(sentence, current);
            boolean ownSubject = false;
            for (Dependency child : sentence.children(current)) {
                boolean agent = child.relation().equals("obl:agent")
                        || (child.relation().equals("obl") && hasCase(sentence, child.dependent(), "by") && passive);
                boolean subject = !passive && child.relation().equals("nsubj");
                if (child.relation().equals("nsubj:pass") && RAISING.contains(sentence.tokens().get(current).lemma())) {
                    subject = true; // "ministers are expected to meet": the ministers meet
                }
                ownSubject |= subject || (child.relation().startsWith("nsubj") && current == verb);
                if (subject || agent) {
                    addReferents(resolver, sentence, child.dependent(), found);
                }
            }
            if (!found.isEmpty() || (ownSubject && current == verb) || (passive && current == verb)) {
                return found;
            }
            Optional<Dependency> head = sentence.head(current);
            if (head.isEmpty() || head.get().governor() < 0 || !(SHARED_SUBJECT.contains(head.get().relation())
                    || head.get().relation().startsWith("acl"))) {
                break;
            }
            if (head.get().relation().startsWith("acl")) {
                // "factions ..., operating under X": the noun the participle describes is its subject
                addReferents(resolver, sentence, head.get().governor(), found);
                if (!found.isEmpty()) {
                    return found;
                }
            }
            current = head.get().governor();
        }
        return new ArrayList<>();
    }

    /** A noun trigger's owner: "the opposition's offensive", "Turkish efforts". */
    private static Optional<Referent> ownerOf(ActorResolver resolver, Sentence sentence, int noun) {
        for (Dependency child : sentence.children(noun)) {
            if (child.relation().equals("nmod:poss") || child.relation().equals("amod")
                    || child.relation().startsWith("compound")) {
                Optional<Referent> owner = resolver.resolve(sentence, child.dependent());
                if (owner.isPresent() && ActorResolver.isActor(owner.get().mention())) {
                    return owner;
                }
            }
        }
        return Optional.empty();
    }

    /** Referents of a phrase and of the phrases coordinated with it ("Turkish, Iranian, and Russian ministers"). */
    private static void addReferents(ActorResolver resolver, Sentence sentence, int head, List<Referent> out) {
        List<Integer> heads = new ArrayList<>(List.of(head));
        for (Token conj : sentence.children(head, "conj")) {
            heads.add(conj.index());
        }
        for (Dependency child : sentence.children(head)) {
            if (child.relation().equals("amod")) {
                for (Token conj : sentence.children(child.dependent(), "conj")) {
                    heads.add(conj.index());
                }
            }
        }
        for (int h : heads) {
            resolver.resolve(sentence, h).filter(r -> ActorResolver.isActor(r.mention()))
                    .filter(r -> out.stream().noneMatch(o -> o.name().equals(r.name())))
                    .ifPresent(out::add);
        }
    }

    private static List<Referent> argumentReferents(ActorResolver resolver, Sentence sentence, int trigger,
                                                    Set<String> cases, boolean casesOnly) {
        List<Referent> found = new ArrayList<>();
        for (Dependency child : sentence.children(trigger)) {
            String relation = child.relation();
            boolean object = !casesOnly && (relation.equals("obj") || relation.equals("iobj"));
            boolean withCase = (relation.startsWith("obl") || relation.startsWith("nmod"))
                    && cases.stream().anyMatch(c -> hasCase(sentence, child.dependent(), c));
            if (object || withCase) {
                addReferents(resolver, sentence, child.dependent(), found);
            }
            if (object && found.isEmpty()) {
                // "normalize ties with the Syrian regime": the target hangs off the object
                for (Dependency grandchild : sentence.children(child.dependent())) {
                    if (grandchild.relation().startsWith("nmod")
                            && cases.stream().anyMatch(c -> hasCase(sentence, grandchild.dependent(), c))) {
                        addReferents(resolver, sentence, grandchild.dependent(), found);
                    }
                }
            }
        }
        return found;
    }

    static boolean hasCase(Sentence sentence, int token, String preposition) {
        for (Token marker : sentence.children(token, "case")) {
            if (marker.word().equalsIgnoreCase(preposition)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The date of the trigger's clause: a time expression attached to it or to a clause it is embedded in; none for
     * background mentions; else the publication date (the report's own time), marked as not explicit.
     */
    private static EventDate date(Linked linked, List<TimeExpression> times, Sentence sentence, Token trigger,
                                  int clause) {
        Map<Integer, TimeExpression> attached = attachedTimes(sentence, times);
        int current = trigger.index();
        boolean background = isBackground(sentence, trigger.index()) || isBackground(sentence, clause);
        for (int depth = 0; depth < MAX_DEPTH + 2; depth++) {
            TimeExpression time = attached.get(current);
            if (time != null && time.value().isPresent() && isCalendarDate(time.value().get())) {
                return new EventDate(time.value(), true);
            }
            if (time != null && isBackgroundTime(time)) {
                background = true;
            }
            Optional<Dependency> head = sentence.head(current);
            if (head.isEmpty() || head.get().governor() < 0) {
                break;
            }
            if (isBackground(sentence, head.get().governor())) {
                background = true; // "its recent efforts to normalize ties", "had opened … and explored"
            }
            boolean climb = current == trigger.index() || CLAUSE_RELATIONS.contains(head.get().relation())
                    || head.get().relation().startsWith("obj") || head.get().relation().startsWith("nsubj")
                    || head.get().relation().startsWith("obl") || head.get().relation().startsWith("nmod");
            if (!climb) {
                break;
            }
            current = head.get().governor();
        }
        if (background) {
            return new EventDate(Optional.empty(), false);
        }
        return new EventDate(linked.annotated().article().published().map(LocalDate::toString), false);
    }

    /** "previously", "in recent months": the clause recalls something before the report. */
    private static boolean isBackgroundTime(TimeExpression time) {
        String value = time.value().orElse("");
        String text = time.text().toLowerCase(Locale.ROOT);
        return value.startsWith("PAST") || text.contains("past ") || (value.startsWith("P")
                && (text.contains("recent") || text.contains("last")));
    }

    private static boolean insideQuote(Linked linked, Token trigger) {
        return insideQuote(linked, trigger.begin());
    }

    private static boolean insideQuote(Linked linked, int offset) {
        return QuoteAttributor.quotedSpans(linked.annotated().article()).stream()
                .anyMatch(span -> span.contains(offset));
    }

    /** An event's date and whether the text states it (rather than it being the report's date). */
    private record EventDate(Optional<String> value, boolean explicit) {
    }

    private static boolean isCalendarDate(String value) {
        return value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?|\\d{4}-W\\d{2}");
    }

    /** Each time expression attached to the nearest verb or noun above it, by token index. */
    private static Map<Integer, TimeExpression> attachedTimes(Sentence sentence, List<TimeExpression> times) {
        Map<Integer, TimeExpression> attached = new LinkedHashMap<>();
        for (TimeExpression time : times) {
            if (time.start() < sentence.begin() || time.end() > sentence.end()) {
                continue;
            }
            int last = -1;
            for (Token token : sentence.tokens()) {
                if (token.begin() >= time.start() && token.end() <= time.end()) {
                    last = token.index();
                }
            }
            if (last < 0) {
                continue;
            }
            int current = last;
            for (int depth = 0; depth < MAX_DEPTH; depth++) {
                Optional<Dependency> head = sentence.head(current);
                if (head.isEmpty() || head.get().governor() < 0) {
                    break;
                }
                current = head.get().governor();
                Token governor = sentence.tokens().get(current);
                if (governor.isVerb() || (governor.isNoun() && !(governor.begin() >= time.start()
                        && governor.end() <= time.end()))) {
                    attached.putIfAbsent(current, time);
                    if (governor.isVerb()) {
                        break;
                    }
                }
            }
        }
        return attached;
    }

    /** Past perfect ("had extended"), or "previously"/"recent" on the trigger: an event recalled, not reported. */
    private static boolean isBackground(Sentence sentence, int trigger) {
        boolean had = false;
        for (Dependency child : sentence.children(trigger)) {
            Token token = sentence.tokens().get(child.dependent());
            String word = token.word().toLowerCase(Locale.ROOT);
            if (child.relation().equals("aux") && word.equals("had")) {
                had = true;
            }
            if ((child.relation().equals("advmod") || child.relation().equals("amod"))
                    && BACKGROUND_WORDS.contains(word)) {
                return true;
            }
        }
        return had;
    }

    /** Places among a trigger's arguments, each marked partial when only something inside it is claimed. */
    private static final class PlaceSearch {
        private final Linked linked;
        private final Sentence sentence;
        private final Map<LinkedMention, Boolean> found = new LinkedHashMap<>();

        PlaceSearch(Linked linked, Sentence sentence) {
            this.linked = linked;
            this.sentence = sentence;
        }

        void collect(int token, int depth) {
            collect(token, depth, false);
        }

        private void collect(int token, int depth, boolean partial) {
            Optional<LinkedMention> here = linked.at(sentence.index(), token);
            if (depth > 0 && here.isPresent() && here.get().place().isPresent()) {
                found.merge(here.get(), partial, (a, b) -> a && b);
                for (Token conj : sentence.children(token, "conj")) {
                    collect(conj.index(), depth + 1, partial);
                }
                return;
            }
            if (depth > MAX_DEPTH) {
                return;
            }
            Token current = sentence.tokens().get(token);
            boolean around = depth > 0 && NEAR_WORDS.contains(current.lemma().toLowerCase(Locale.ROOT));
            for (Dependency child : sentence.children(token)) {
                String relation = child.relation();
                boolean argument = relation.equals("obj") || relation.startsWith("obl") || relation.startsWith("nmod")
                        || relation.equals("advmod") || (depth > 0 && relation.equals("conj"));
                if (!argument || relation.equals("nmod:poss") || hasCase(sentence, child.dependent(), "from")
                        || hasCase(sentence, child.dependent(), "by") || sentence.tokens().get(child.dependent()).isVerb()) {
                    continue; // another clause's places are its own events'
                }
                // "security branches in Suwayda", "a village on the outskirts of Homs": something in or near the
                // place is claimed, not the place itself.
                boolean inside = depth >= 1
                        && PARTIAL_CASES.stream().anyMatch(c -> hasCase(sentence, child.dependent(), c));
                collect(child.dependent(), depth + 1, partial || inside || around);
            }
            if (depth == 0 && current.lemma().equals("fall")) {
                int subject = subjectToken(sentence, token);
                linked.at(sentence.index(), subject).filter(m -> m.place().isPresent())
                        .ifPresent(m -> found.putIfAbsent(m, false));
            }
        }

        void collectArguments(int verb) {
            collect(verb, 0);
        }

    }
}
