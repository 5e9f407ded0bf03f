package org.sitrep.coding.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.coding.events.CodedEvent;
import org.sitrep.coding.places.PlaceContainment;
import org.sitrep.data.DataFiles;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.knowledge.Linked;
import org.sitrep.knowledge.LinkedMention;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.AcledType;
import org.sitrep.model.Actor;
import org.sitrep.model.CalendarDate;
import org.sitrep.model.ControlChange;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.model.Place;

/**
 * Derives who holds each place as of the article, from its territorial events and its descriptions of control:
 * held by the side that took or holds it, contested where only part of it is claimed or where the article names
 * more than one side.
 */
public final class ControlDeriver {
    /** Fighting dated at most this many days before the report is still under way as the report tells it. */
    public static final int RECENT_DAYS = 7;
    /** A claim a place takes from the place the text puts it in is less sure than the text's own. */
    private static final double INHERITED = 0.8;
    private static final Set<AcledType> CONTESTING = DataFiles.rows("/org/sitrep/coding/control/contest-events.tsv").stream()
            .map(row -> AcledType.parse(row[0]).orElseThrow(() -> new IllegalStateException(
                    "contest-events.tsv: unknown ACLED type " + row[0])))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /**
     * "actor id\tcountry" to the row naming the actor that holds places there: whoever the text names (scope "any"),
     * or unless the article calls the first actor by one of its names (scope "unnamed").
     */
    private static final Map<String, String[]> REGIONAL = DataFiles.rows("/org/sitrep/knowledge/regional-actors.tsv")
            .stream().filter(r -> r.length > 3 && (r[3].equals("any") || r[3].equals("unnamed")))
            .collect(java.util.stream.Collectors.toUnmodifiableMap(r -> r[0] + "\t" + r[1], r -> r));
    /**
     * Actor id to the one country where a description of it means it ({@code regional-actors.tsv}, scope "home"):
     * "insurgents" fighting for a place elsewhere are another group.
     */
    private static final Map<String, String> HOME = DataFiles.rows("/org/sitrep/knowledge/regional-actors.tsv")
            .stream().filter(r -> r.length > 3 && r[3].equals("home"))
            .collect(java.util.stream.Collectors.toUnmodifiableMap(r -> r[0], r -> r[1]));
    /** The side a claim's actor means where the place lies, by name: itself where no row remaps it. */
    private final Regional regional;
    /** Whether a claim's side, by name, is only a description misread where the place lies. */
    private final Regional.Foreign foreign;
    private final KnowledgeBase knowledge;
    /** Whether a name is a person's: a president, a minister or a reporter fights for no place himself. */
    private final Predicate<String> person;
    /** The last words of a place name no side holds as a town is held ("river", "east"), lower case. */
    private final Set<String> unheldHeads;

    /** A deriver that leaves the persons the knowledge base knows out of a contest's challengers. */
    public ControlDeriver(KnowledgeBase knowledge) {
        this(knowledge, Set.of(), (name, claim, named) -> Optional.empty(), (name, claim, named) -> false);
    }

    /**
     * As {@link #ControlDeriver(KnowledgeBase)}, with no claim on a river, a sea or a region the pack names, and each
     * side named as the one that holds places where the claim's place lies ({@code regional-actors.tsv}, scopes any
     * and unnamed).
     */
    public ControlDeriver(KnowledgeBase knowledge, LanguagePack pack, Gazetteer gazetteer) {
        this(knowledge, Set.copyOf(pack.words(WordList.UNHELD_PLACE_HEADS)),
                (name, claim, named) -> claim.placeRef().flatMap(gazetteer::byId).map(Place::countryCode)
                        .flatMap(country -> knowledge.byAlias(name).map(a -> REGIONAL.get(a.id() + "\t" + country)))
                        .filter(row -> row[3].equals("any") || !named.contains(name))
                        .flatMap(row -> knowledge.byId(row[2])),
                (name, claim, named) -> !named.contains(name) && knowledge.byAlias(name)
                        .filter(a -> HOME.containsKey(a.id()))
                        .flatMap(a -> countryOf(claim, gazetteer).filter(country -> !REGIONAL.containsKey(
                                a.id() + "\t" + country)).map(country -> !country.equals(HOME.get(a.id()))))
                        .orElse(false));
    }

    /** The country of a claim's place: its gazetteer entry's, or for a named area ("the Sinai") its seat's. */
    private static Optional<String> countryOf(ControlChange claim, Gazetteer gazetteer) {
        return claim.placeRef().flatMap(gazetteer::byId).or(() -> gazetteer.region(claim.place()))
                .map(Place::countryCode);
    }

    private ControlDeriver(KnowledgeBase knowledge, Set<String> unheldHeads, Regional regional,
                           Regional.Foreign foreign) {
        this.knowledge = knowledge;
        this.person = name -> knowledge.byAlias(name).filter(a -> a.kind() == Actor.ActorKind.PERSON).isPresent();
        this.unheldHeads = unheldHeads;
        this.regional = regional;
        this.foreign = foreign;
    }

    /**
     * One claim per place: from the territorial events, then from the descriptions of control the article states
     * ({@link ControlPhrases}). A place claimed for more than one side is contested; so is a place the article
     * says is fought over (besieged, clashes, an attempt to take it) unless it also reports a capture: the holder
     * it names stays the controller. A contest with no holder named anywhere in the article is kept as such, for
     * the timeline to join to the holder before it.
     */
    public List<ControlChange> derive(List<CodedEvent> events, List<ControlChange> described, Optional<LocalDate> published) {
        return derive(events, new ControlPhrases.Described(described, Set.of()), List.of(), published);
    }

    /**
     * As {@link #derive(List, List, Optional)}, then by containment: a place the article puts inside another
     * ("Khan Sheikhoun in the south of rebel-held Idlib") and says nothing else of takes the other's claim; a place
     * held by the side whose surrounding region is contested ("rebel-held Douma in besieged Eastern Ghouta") is
     * contested with it. A claim with no day is left out.
     */
    public List<ControlChange> derive(List<CodedEvent> events, ControlPhrases.Described described,
                               List<PlaceContainment.Contained> containment, Optional<LocalDate> published) {
        return derive(events, described, containment, published, ArticleNames.NONE);
    }

    /**
     * As {@link #derive(List, ControlPhrases.Described, List, Optional)}, with what the article itself says of the
     * names ({@link #names(Linked)}): its persons are left out of every contest's challengers as well as the knowledge
     * base's, and a side it never calls by name is the one that holds places where the claim's place lies.
     */
    public List<ControlChange> derive(List<CodedEvent> events, ControlPhrases.Described described,
                               List<PlaceContainment.Contained> containment, Optional<LocalDate> published,
                               ArticleNames names) {
        List<ControlChange> control = own(events, described, published);
        Map<String, ControlChange> byKey = new LinkedHashMap<>();
        control.forEach(c -> byKey.putIfAbsent(c.placeRef().orElse(c.place()), c));
        List<ControlChange> inherited = new ArrayList<>();
        for (PlaceContainment.Contained contained : containment) {
            ControlChange outer = byKey.get(contained.outerKey());
            if (outer == null) {
                continue;
            }
            ControlChange inner = byKey.get(contained.innerKey());
            if (inner == null && outer.holderStated() && !fought(contained, events)) {
                ControlChange taken = new ControlChange(contained.inner().mention().canonical(),
                        contained.inner().mention().ref(), outer.controller(), outer.controllerSide(), outer.status(),
                        outer.since(), outer.asOf(), outer.confidence() * INHERITED, contained.evidence(),
                        outer.challengers());
                byKey.put(contained.innerKey(), taken);
                inherited.add(taken);
            } else if (inner != null && inner.status() == ControlStatus.HELD && outer.status() == ControlStatus.CONTESTED
                    && (!outer.holderStated() || inner.controllerSide().equals(outer.controllerSide()))) {
                ControlChange contest = withStatus(inner, ControlStatus.CONTESTED);
                control.set(control.indexOf(inner), contest);
                byKey.put(contained.innerKey(), contest);
            }
        }
        control.addAll(inherited);
        control = new ArrayList<>(ContestStarts.told(control, events, described.claims()));
        // a claim with no day (an undated article, a state its sentence does not date) cannot be placed on the
        // timeline nor checked against any day's news: the hand check of the corpus judged every such claim wrong
        control.removeIf(c -> c.asOf().isEmpty());
        // a river, a sea or a region of the world ("a town on the X River, held by Y") is held by no one
        control.removeIf(c -> unheld(c.place()));
        // a sentence the page prints twice (a photo's caption under it and again in its gallery) is one statement:
        // the same claim on the same words is kept once
        Set<List<Object>> seen = new HashSet<>();
        control.removeIf(c -> !seen.add(List.of(c.place(), c.placeRef(), c.controller(), c.controllerSide(),
                c.status(), c.since(), c.asOf(), c.evidence().sentence())));
        control = control.stream().flatMap(c -> regional(c, names.named()).stream()).collect(
                java.util.stream.Collectors.toCollection(ArrayList::new));
        return withoutPersons(withoutOwnSide(control, sides(events, control)), person.or(names.persons()::contains));
    }

    /**
     * What the article says of the names its claims carry: the names its recognizer tags as persons that the
     * knowledge base knows as no group (a correspondent "with one of the fronts" fights for no place either), and
     * the actors it calls by one of their names as a group ("the YPG"), not only by a description ("Kurdish forces").
     */
    public ArticleNames names(Linked linked) {
        Set<String> persons = new HashSet<>();
        Set<String> named = new HashSet<>();
        for (LinkedMention m : linked.mentions()) {
            EntityType type = m.mention().type();
            if (type == EntityType.PERSON && m.actor().map(a -> a.kind() == Actor.ActorKind.PERSON).orElse(true)) {
                persons.add(m.canonical());
            }
            if ((type == EntityType.ORGANIZATION || type == EntityType.ARMED_GROUP) && m.actor().isPresent()
                    && knowledge.byAlias(m.mention().text()).filter(m.actor().get()::equals).isPresent()) {
                named.add(m.actor().get().name());
            }
        }
        return new ArticleNames(Set.copyOf(persons), Set.copyOf(named));
    }

    /** The article's person names and the names of the actors it calls by a name ({@link #names(Linked)}). */
    record ArticleNames(Set<String> persons, Set<String> named) {
        /** No names known: only the knowledge base's persons are left out, and no "unnamed" row remaps. */
        static final ArticleNames NONE = new ArticleNames(Set.of(), Set.of());
    }

    /** The actor a claim's side stands for where its place lies, given the actors the article calls by name. */
    @FunctionalInterface
    private interface Regional {
        Optional<Actor> side(String name, ControlChange claim, Set<String> named);

        /** Whether a side, by name, cannot be fighting for the claim's place, given the actors the article names. */
        @FunctionalInterface
        interface Foreign {
            boolean test(String name, ControlChange claim, Set<String> named);
        }
    }

    /**
     * The claim with each side named as the one holding places where its place lies: "insurgents" the resolver read as
     * the Syrian opposition, seizing a city in Iraq, are the Islamic State; "Islamist insurgents" in Egypt's Sinai
     * are no side the knowledge base knows, so a claim they hold is none and a contest they wage names no one.
     */
    private Optional<ControlChange> regional(ControlChange claim, Set<String> named) {
        if (claim.holderStated() && foreign.test(claim.controller(), claim, named)) {
            return Optional.empty();
        }
        List<String> local = claim.challengers().stream().filter(c -> !foreign.test(c, claim, named)).toList();
        return Optional.of(remapped(local.equals(claim.challengers()) ? claim : claim.withChallengers(local),
                named));
    }

    private ControlChange remapped(ControlChange claim, Set<String> named) {
        Optional<Actor> holder = claim.holderStated() ? regional.side(claim.controller(), claim, named)
                : Optional.empty();
        List<String> challengers = claim.challengers().stream()
                .map(c -> regional.side(c, claim, named).map(Actor::name).orElse(c)).distinct().toList();
        if (holder.isEmpty() && challengers.equals(claim.challengers())) {
            return claim;
        }
        String name = holder.map(Actor::name).orElse(claim.controller());
        return new ControlChange(claim.place(), claim.placeRef(), name,
                holder.isPresent() ? holder.flatMap(Actor::side) : claim.controllerSide(), claim.status(),
                claim.since(), claim.asOf(), claim.confidence(), claim.evidence(),
                challengers.stream().filter(c -> !c.equals(name)).toList());
    }

    /**
     * A person the event coder made a deed's doer ("the minister's efforts to end the siege of X") is no side fighting
     * for the place: a contest names the sides, so a person is left out of its challengers.
     */
    private static List<ControlChange> withoutPersons(List<ControlChange> claims, Predicate<String> person) {
        return new ArrayList<>(claims.stream().map(c -> c.challengers().stream().anyMatch(person)
                ? c.withChallengers(c.challengers().stream().filter(person.negate()).toList()) : c).toList());
    }

    /**
     * A contest's challenger on its holder's own side fights for no one's loss ("a rebel-held district" of a city the
     * article also shows the Free Syrian Army fighting in): only the other sides challenge.
     */
    private static List<ControlChange> withoutOwnSide(List<ControlChange> claims, Map<String, String> sides) {
        List<ControlChange> kept = new ArrayList<>(claims.size());
        for (ControlChange claim : claims) {
            Optional<String> holder = claim.controllerSide();
            kept.add(holder.isEmpty() || claim.challengers().isEmpty() ? claim : claim.withChallengers(
                    claim.challengers().stream().filter(c -> !holder.get().equals(sides.get(c))).toList()));
        }
        return kept;
    }

    /** The side of each actor the article's events and claims name with one. */
    private static Map<String, String> sides(List<CodedEvent> events, List<ControlChange> claims) {
        Map<String, String> sides = new HashMap<>();
        for (CodedEvent coded : events) {
            Event event = coded.event();
            event.actor().ifPresent(a -> event.actorSide().ifPresent(s -> sides.putIfAbsent(a, s)));
            event.target().ifPresent(t -> event.targetSide().ifPresent(s -> sides.putIfAbsent(t, s)));
        }
        claims.forEach(c -> c.controllerSide().ifPresent(s -> sides.putIfAbsent(c.controller(), s)));
        return sides;
    }

    /** Whether a place's name ends in a word of a river, a sea or a region no side holds ("the Middle East"). */
    private boolean unheld(String place) {
        String[] words = place.strip().split("\\s+");
        return unheldHeads.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the article reports fighting or a capture in the contained place itself. */
    private static boolean fought(PlaceContainment.Contained contained, List<CodedEvent> events) {
        return events.stream().anyMatch(c -> c.territorial() && c.event().place().isPresent()
                && c.event().placeRef().orElse(c.event().place().get()).equals(contained.innerKey()));
    }

    private List<ControlChange> own(List<CodedEvent> events, ControlPhrases.Described stated,
                                    Optional<LocalDate> published) {
        // "the rebel-held city of X that fell to Y": the state before the capture is no claim
        List<ControlChange> described = stated.claims().stream().filter(claim -> !takenInSentence(events,
                claim.placeRef().orElse(claim.place()), claim, stated.current().contains(claim), published)).toList();
        Map<String, List<ControlChange>> byPlace = new LinkedHashMap<>();
        Map<String, ControlChange> unstated = new LinkedHashMap<>();
        Map<String, List<ControlChange>> captures = new LinkedHashMap<>();
        // every sentence's statement of each place, each kept for the place's reading ("fighting in Fallujah", "the
        // push into the city", "Fallujah, under the militants' control")
        Map<String, List<ControlChange>> statements = new LinkedHashMap<>();
        Set<String> fought = new HashSet<>();
        Set<String> clashed = new HashSet<>();
        for (CodedEvent coded : events) {
            Event event = coded.event();
            // near a place is not the place ("a town south of Baghdad"), nor is a building in it ("protesters stormed
            // the consulate in Basra"); an undated event is background history unless told as recent ("recent gains,
            // including the recapture of X")
            if (event.place().isEmpty() || common(event.place().get()) || coded.near() || coded.inBuilding()
                    || coded.countryWide() || (event.date().isEmpty() && published.isPresent() && !coded.recent())
                    || !(coded.attempted() || event.modality().factual())) {
                continue;
            }
            String key = event.placeRef().orElse(event.place().get());
            // ground fighting contests a place; a strike, bombing or killing read as fighting for its armed target does not
            boolean contest = coded.attempted() || (CONTESTING.contains(event.acled()) && !coded.remote())
                    || (coded.territorial() && coded.partial());
            // a person fought names the enemy of a war aim ("his group is fighting Assad in Damascus"), no side
            // fighting there; a person leading an offensive ("an offensive by Assad in Idlib") still is one
            boolean party = event.actorSide().isPresent()
                    || event.targetSide().isPresent() && event.target().filter(person).isEmpty();
            if (contest && party) {
                // fighting between known sides: a gunman's attack or a riot is no contest for the place
                fought.add(key);
                // a contest is named by the side holding the place while it is fought over, as the analyst asks
                // "who holds X now": the side an attempt or a partial gain is made against where the text says;
                // the side making gains or fighting there is not the holder, so otherwise the holder is unstated
                // and the timeline joins the contest to whoever held the place before
                boolean holderNamed = (coded.attempted() || coded.territorial()) && event.targetSide().isPresent();
                Optional<String> side = holderNamed ? event.targetSide() : Optional.empty();
                // the attacker is the contest's challenger; with the holder unstated, both sides fought there; only
                // a side of the war challenges (a reporter a byline made the deed's target fights for nothing)
                Optional<String> attacker = event.actor().filter(a -> event.actorSide().isPresent());
                Optional<String> attacked = event.target().filter(t -> !holderNamed && event.targetSide().isPresent());
                List<String> challengers = java.util.stream.Stream.of(attacker, attacked).flatMap(Optional::stream)
                        .toList();
                ControlChange claim = new ControlChange(event.place().get(), event.placeRef(),
                        holderNamed ? event.target().orElseThrow() : ControlChange.HOLDER_NOT_STATED, side,
                        ControlStatus.CONTESTED,
                        told(coded, published),
                        // fighting the text dates ("clashes in Daraa in March 2011") says nothing of the report's day
                        told(coded, published).or(() -> published.map(CalendarDate::day)).or(event::date),
                        event.confidence() * 0.8, event.evidence(), challengers);
                add(claim, key, byPlace, unstated);
                statements.computeIfAbsent(key, k -> new ArrayList<>()).add(claim);
            } else if (contest && !coded.attempted() && recent(event, coded, published)) {
                clashed.add(key); // "clashes took place in X": fighting, its sides unnamed
                statements.computeIfAbsent(key, k -> new ArrayList<>()).add(unnamedContest(event, published));
            } else if (coded.territorial() && event.actorSide().isPresent()) {
                // control is claimed for a known side: "convoys entered the town" names no one who could hold it
                // a capture the text dates well before the report ("overran Tikrit in June 2014") vouches for the
                // hold as of then: the report does not say it lasted, so the claim's last word is that day
                Optional<CalendarDate> when = told(coded, published);
                ControlChange capture = new ControlChange(event.place().get(), event.placeRef(),
                        event.actor().orElseThrow(), event.actorSide(), ControlStatus.HELD, when,
                        when.filter(d -> longBefore(d, published)).or(() -> published.map(CalendarDate::day))
                                .or(event::date), event.confidence(), event.evidence());
                byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(capture);
                captures.computeIfAbsent(key, k -> new ArrayList<>()).add(capture);
                statements.computeIfAbsent(key, k -> new ArrayList<>()).add(capture);
            } else if (coded.territorial() && recent(event, coded, published)
                    && (coded.entry() || coded.attempted() || coded.partial() || !event.acled().territorial())) {
                // "troops entered the city", "efforts to take the city", the side unnamed: no one holds the place by
                // it, but it restates the contest where the article tells one; a capture of the whole place
                // ("militants overran X") ended whatever fight there was, so it restates no contest
                statements.computeIfAbsent(key, k -> new ArrayList<>()).add(unnamedContest(event, published));
            }
        }
        for (ControlChange claim : described) {
            if (common(claim.place())) {
                continue;
            }
            String key = claim.placeRef().orElse(claim.place());
            if (claim.status() == ControlStatus.CONTESTED) {
                fought.add(key);
            }
            add(claim, key, byPlace, unstated);
            statements.computeIfAbsent(key, k -> new ArrayList<>()).add(claim);
            if (stated.ends().contains(claim)) {
                // "troops broke the siege of X": the relief ends the contest its own sentence tells, as a capture
                captures.computeIfAbsent(key, k -> new ArrayList<>()).add(claim);
            }
        }
        for (String key : clashed) {
            // clashes in a place the article says one side holds ("clashes in the Kurdish-run town of X") contest it
            if (byPlace.getOrDefault(key, List.of()).stream().anyMatch(c -> c.status() == ControlStatus.HELD)) {
                fought.add(key);
            }
        }
        List<ControlChange> control = new ArrayList<>();
        for (Map.Entry<String, ControlChange> contest : unstated.entrySet()) {
            if (!byPlace.containsKey(contest.getKey())) {
                control.add(contest.getValue());
                control.addAll(restated(contest.getValue(), statements.get(contest.getKey()), published));
            }
        }
        for (Map.Entry<String, List<ControlChange>> entry : byPlace.entrySet()) {
            List<ControlChange> claims = entry.getValue();
            List<ControlChange> taken = latestSide(captures.getOrDefault(entry.getKey(), List.of()), published);
            if (!taken.isEmpty() && sides(taken) == 1) {
                // a capture the article reports ends the state it also describes ("the rebel-held suburb of Douma
                // ... forces have taken full control of Douma") and any contest before it
                ControlChange capture = taken.get(taken.size() - 1);
                Optional<ControlChange> now = Optional.empty();
                if (capture.since().filter(d -> longBefore(d, published)).isPresent()) {
                    // "Kurdish fighters control Kobani, which was seized by the Islamic State in 2014": a capture the
                    // text dates long before the report is history; a state described as of the report is the claim
                    now = described.stream().filter(c -> c.placeRef().orElse(c.place()).equals(entry.getKey())
                                    && c.status() == ControlStatus.HELD && c.holderStated()
                                    && !c.controllerSide().orElse(c.controller())
                                    .equals(capture.controllerSide().orElse(capture.controller())))
                            .findFirst();
                }
                // "X fell to IS fighters in 2014" in a story of this week's siege: the old capture is history, and
                // the fight the report tells is the place's reading now
                Optional<ControlChange> fight = now.isPresent() || capture.since().filter(d -> longBefore(d,
                        published)).isEmpty() || !fought.contains(entry.getKey()) ? Optional.empty()
                        : statements.getOrDefault(entry.getKey(), List.of()).stream()
                        .filter(c -> c.status() == ControlStatus.CONTESTED
                        && c.since().filter(d -> longBefore(d, published)).isEmpty()).findFirst();
                if (fight.isPresent()) {
                    control.add(fight.get());
                    control.addAll(restated(fight.get(), statements.get(entry.getKey()), published));
                    continue;
                }
                control.add(now.orElse(capture));
                control.addAll(restated(now.orElse(capture), statements.get(entry.getKey()), published));
                continue;
            }
            ControlChange best = claims.stream().filter(c -> c.status() == ControlStatus.HELD).findFirst()
                    .orElse(claims.get(0));
            if (sides(claims) > 1 || fought.contains(entry.getKey())) {
                // a place claimed for more than one side is fought over by each of them
                ControlChange holder = best;
                List<String> others = java.util.stream.Stream.concat(claims.stream(),
                                statements.getOrDefault(entry.getKey(), List.of()).stream()
                                        .filter(c -> c.status() == ControlStatus.CONTESTED))
                        .flatMap(c -> c.status() == ControlStatus.HELD ? java.util.stream.Stream.of(c.controller())
                                : c.sides().stream())
                        .filter(n -> !n.equals(holder.controller())).distinct().toList();
                best = withStatus(best, ControlStatus.CONTESTED);
                best = best.withChallengers(java.util.stream.Stream.concat(best.challengers().stream(),
                        others.stream()).distinct().toList());
                control.add(best);
                control.addAll(restated(best, statements.get(entry.getKey()), published));
                control.addAll(heldWhileFought(described, statements.get(entry.getKey()), entry.getKey()));
                continue;
            }
            control.add(best);
            control.addAll(restated(best, statements.get(entry.getKey()), published));
        }
        return control;
    }

    /**
     * The holds a sentence states beside a fight for the same place by another side ("the battle for control of the
     * Daesh stronghold of X", "an offensive to drive IS from one of its last strongholds"): two statements, the
     * holder's state and the contest, each a claim of its own. The contest's claim names the holder too, so the day's
     * reading is unchanged; a hold alone in its sentence stays read as the contest.
     */
    private static List<ControlChange> heldWhileFought(List<ControlChange> described, List<ControlChange> statements,
                                                       String key) {
        List<ControlChange> held = new ArrayList<>();
        Set<Integer> sentences = new HashSet<>();
        for (ControlChange label : described) {
            if (label.status() != ControlStatus.HELD || !label.holderStated()
                    || !label.placeRef().orElse(label.place()).equals(key)) {
                continue;
            }
            boolean fought = statements != null && statements.stream().anyMatch(c -> c != label
                    && c.status() == ControlStatus.CONTESTED && c.evidence().start() == label.evidence().start()
                    && c.challengers().stream().anyMatch(side -> !side.equals(label.controller())));
            if (fought && sentences.add(label.evidence().start())) {
                held.add(label);
            }
        }
        return held;
    }

    /**
     * The captures of one place by the side that took it last, where its capture is told as later than every other
     * side's ("Kurdish fighters retook the town, which IS had overrun the year before"): the earlier capture is the
     * history the later one ended. An undated capture is of the report's day; with no day to tell them apart, all.
     */
    private static List<ControlChange> latestSide(List<ControlChange> captures, Optional<LocalDate> published) {
        if (sides(captures) < 2 || published.isEmpty()) {
            return captures;
        }
        ControlChange latest = captures.stream().max(java.util.Comparator.comparing(c -> start(c, published)))
                .orElseThrow();
        boolean later = captures.stream().filter(c -> !side(c).equals(side(latest)))
                .allMatch(c -> end(c, published).isBefore(start(latest, published)));
        return later ? captures.stream().filter(c -> side(c).equals(side(latest))).toList() : captures;
    }

    /** The first day of a claim's start, or the report's day where the text gives none. */
    private static LocalDate start(ControlChange claim, Optional<LocalDate> published) {
        return claim.since().map(CalendarDate::first).orElse(published.orElseThrow());
    }

    /** The last day of a claim's start, or the report's day where the text gives none. */
    private static LocalDate end(ControlChange claim, Optional<LocalDate> published) {
        return claim.since().map(CalendarDate::last).orElse(published.orElseThrow());
    }

    /**
     * The article's other sentences that state the place's reading, each a claim of its own with its own date and
     * evidence: the same side's hold ("opposition-held Idlib province" twice) and, for a contested place, more of the
     * fighting ("troops entered the city") take the article's reading; a hold the text dates long before the report
     * ("DAESH, which took Manbij in 2014") is history and keeps its own side, while old fighting is left out.
     */
    private static List<ControlChange> restated(ControlChange best, List<ControlChange> claims,
                                                Optional<LocalDate> published) {
        List<ControlChange> more = new ArrayList<>();
        Set<Integer> sentences = new HashSet<>(List.of(best.evidence().start()));
        // a sentence that names two sides' parts of a contested place ("raid ISIS-held districts of X, while IS shells
        // the regime-held parts") states each side's part: one claim per side a sentence names, not per sentence
        Set<List<Object>> holders = new HashSet<>(List.of(List.of(best.evidence().start(), side(best))));
        for (ControlChange claim : claims == null ? List.<ControlChange>of() : claims) {
            boolean sameSide = claim.holderStated() && claim.controllerSide().orElse(claim.controller())
                    .equals(best.controllerSide().orElse(best.controller()));
            boolean contest = claim.status() == ControlStatus.CONTESTED && best.status() == ControlStatus.CONTESTED;
            // a contest begun long ago that its sentence tells as lasting to the report ("a siege of X since 2013")
            // is fighting now, not old fighting
            boolean lasting = contest && claim.asOf().filter(d -> !longBefore(d, published)).isPresent();
            boolean old = claim.since().filter(d -> longBefore(d, published)).isPresent() && !lasting;
            if (old) {
                // a side's hold is history; old fighting is not restated (a photo gallery's captions, each dated
                // against a publication day that is often wrong, would repeat it caption by caption)
                if (claim.status() == ControlStatus.HELD && claim.holderStated()
                        && sentences.add(claim.evidence().start())) {
                    holders.add(List.of(claim.evidence().start(), side(claim)));
                    more.add(claim);
                }
                continue;
            }
            // a contest that names its own holder ("government-held districts" of a contested city) keeps it
            boolean own = contest && claim.holderStated();
            int start = claim.evidence().start();
            boolean fresh = own ? holders.add(List.of(start, side(claim))) : !sentences.contains(start);
            if ((sameSide || contest) && fresh) {
                sentences.add(start);
                holders.add(List.of(start, own ? side(claim) : side(best)));
                // a restated contest names the sides its own sentence gives, then those of the article's reading
                List<String> challengers = best.status() != ControlStatus.CONTESTED ? List.of()
                        : java.util.stream.Stream.of(claim.sides(), best.sides()).flatMap(List::stream)
                        .distinct().toList();
                more.add(new ControlChange(best.place(), best.placeRef(), own ? claim.controller() : best.controller(),
                        own ? claim.controllerSide() : best.controllerSide(), best.status(), claim.since(),
                        claim.asOf(), claim.confidence(), claim.evidence(), challengers));
            }
        }
        return more;
    }

    /**
     * Whether the sentence of a described state also reports the place taken by another side: a label ("In 2016
     * fighters took the ISIS stronghold of Manbij") tells the state the capture ended, whenever it was; a state in
     * the present tense outlasts a capture the text dates long before ("Kurdish fighters control Kobani, which was
     * seized by IS in 2014"). "Troops entered" names no side.
     */
    private static boolean takenInSentence(List<CodedEvent> events, String key, ControlChange claim, boolean current,
                                           Optional<LocalDate> published) {
        return events.stream().anyMatch(c -> c.territorial() && !c.attempted() && !c.partial()
                && c.event().modality().factual() && c.event().place().isPresent()
                && (c.event().actorSide().isPresent() ? !c.event().actorSide().equals(
                        claim.controllerSide().or(() -> Optional.of(claim.controller())))
                        : !current && old(c, published)) // "In 2016, U.S.-supported fighters took the ISIS stronghold"
                && (!current || !old(c, published))
                && c.event().placeRef().orElse(c.event().place().get()).equals(key)
                && c.event().evidence().start() == claim.evidence().start());
    }

    /**
     * A place written with no capital in a script that has capitals is a common noun the recognizer took for a name
     * ("a path to paradise"): no one holds it.
     */
    private static boolean common(String place) {
        return place.codePoints().noneMatch(Character::isUpperCase) && place.codePoints().anyMatch(Character::isLowerCase);
    }

    /** An event the text dates more than a week before the report. */
    private static boolean old(CodedEvent coded, Optional<LocalDate> published) {
        return told(coded, published).filter(d -> longBefore(d, published)).isPresent();
    }

    /**
     * The time the text tells an event happened: the date its own clause states, or the time its paragraph last
     * named when that lies well before the report ("Rebels captured a colonel in X on July 31, 2012. Dozens of
     * police were killed as rebels seized the stations."), so that an old deed told with no date of its own is
     * not read as news of the report's day.
     */
    private static Optional<CalendarDate> told(CodedEvent coded, Optional<LocalDate> published) {
        return coded.explicitDate() ? coded.event().date()
                : coded.event().date().filter(d -> longBefore(d, published));
    }

    /** Whether a time ends more than a week before the report: history as the report tells it, not its news. */
    static boolean longBefore(CalendarDate date, Optional<LocalDate> published) {
        return published.isPresent() && date.last().isBefore(published.get().minusDays(RECENT_DAYS));
    }

    /** A contest of the event's place by sides the clause leaves unnamed, as of the report's day. */
    private static ControlChange unnamedContest(Event event, Optional<LocalDate> published) {
        return new ControlChange(event.place().get(), event.placeRef(), ControlChange.HOLDER_NOT_STATED,
                Optional.empty(), ControlStatus.CONTESTED, Optional.empty(),
                published.map(CalendarDate::day).or(event::date), event.confidence() * 0.8, event.evidence(),
                event.actor().stream().toList());
    }

    /** Fighting of the report's days: undated, or dated within a week before the report. */
    private static boolean recent(Event event, CodedEvent coded, Optional<LocalDate> published) {
        if (told(coded, published).isEmpty() || published.isEmpty() || event.date().isEmpty()) {
            return true;
        }
        return !longBefore(event.date().get(), published) && !event.date().get().last().isAfter(published.get());
    }

    /** The side a claim names, or its controller's name where it has no side. */
    private static String side(ControlChange claim) {
        return claim.controllerSide().orElse(claim.controller());
    }

    private static long sides(List<ControlChange> claims) {
        return claims.stream().map(c -> c.controllerSide().orElse(c.controller())).distinct().count();
    }

    private static void add(ControlChange claim, String key, Map<String, List<ControlChange>> byPlace,
                            Map<String, ControlChange> unstated) {
        if (claim.holderStated()) {
            byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(claim);
        } else {
            unstated.putIfAbsent(key, claim);
        }
    }

    private static ControlChange withStatus(ControlChange claim, ControlStatus status) {
        return new ControlChange(claim.place(), claim.placeRef(), claim.controller(), claim.controllerSide(), status,
                claim.since(), claim.asOf(), claim.confidence(), claim.evidence(), claim.challengers());
    }
}
