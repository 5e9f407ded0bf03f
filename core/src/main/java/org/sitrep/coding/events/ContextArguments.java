package org.sitrep.coding.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.coding.actors.ActorResolver;
import org.sitrep.coding.places.SentencePlaces;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.knowledge.Linked;
import org.sitrep.knowledge.LinkedMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;

/**
 * Gives an event whose own clause names no actor, target or place the one its context names, where a model learned
 * from annotated articles ({@link ArgumentModel}) finds one likely: "Government forces pushed into the town. Heavy
 * shelling followed." The syntax-based finders stay first; this stage only fills what they left empty, and it lowers
 * the event's confidence by the model's own odds, since the evidence of the argument lies outside its clause.
 */
public final class ContextArguments {
    /** Sentences before the event's own that may name its participant (a paragraph's reach in news prose). */
    static final int WINDOW = 2;
    private static final int FREQUENT = 4;
    private final KnowledgeBase knowledge;
    private final ArgumentModel model;

    /** The roles the stage fills. */
    public enum Role {
        ACTOR, TARGET, PLACE;

        /** Whether a mention can fill the role: an actor for a participant, a gazetteer place for the place. */
        boolean admits(LinkedMention mention) {
            return this == PLACE ? mention.place().isPresent() : ActorResolver.isActor(mention);
        }

        /** The event's value for the role. */
        Optional<String> of(Event event) {
            return switch (this) {
                case ACTOR -> event.actor();
                case TARGET -> event.target();
                case PLACE -> event.place();
            };
        }
    }

    /** A mention the context offers for one role of an event, with the features the model weighs. */
    public record Candidate(Role role, LinkedMention mention, Set<String> features) {
        /** The canonical name the event would carry. */
        public String name() {
            return mention.canonical();
        }

        /** The gazetteer or knowledge-base id of the mention, where it is linked. */
        public Optional<String> ref() {
            return mention.mention().ref();
        }
    }

    public ContextArguments(KnowledgeBase knowledge, ArgumentModel model) {
        this.knowledge = knowledge;
        this.model = model;
    }

    /** The events, each empty role given its best candidate where the model scores it above zero. */
    public List<Event> fill(List<Event> events, Linked linked) {
        ArticleContext article = new ArticleContext(linked, events);
        List<Event> filled = new ArrayList<>(events.size());
        for (Event event : events) {
            Event current = event;
            for (Role role : Role.values()) {
                if (!model.fills(role)) {
                    continue;
                }
                List<Candidate> candidates = candidates(current, role, article);
                java.util.OptionalInt best = model.choose(role, candidates.stream().map(Candidate::features).toList());
                if (best.isPresent()) {
                    Candidate chosen = candidates.get(best.getAsInt());
                    current = with(current, chosen, model.score(role, chosen.features()));
                }
            }
            filled.add(current);
        }
        return filled;
    }

    /**
     * The mentions the event's sentence and the {@link #WINDOW} sentences before it name, nearest first, that could
     * fill its empty role: never the event's other participant, nor a name offered twice.
     */
    public List<Candidate> candidates(Event event, Role role, Linked linked, List<Event> events) {
        return candidates(event, role, new ArticleContext(linked, events));
    }

    private List<Candidate> candidates(Event event, Role role, ArticleContext article) {
        Optional<Integer> own = article.sentenceOf(event);
        // a territory taken is taken from its holder, which the capture's own words or a held-place description
        // name (HolderTargets, ControlPhrases); who else the context names is no loser of it
        // a statement is aimed at no side (EventType.aimed), which the context cannot give it either
        if (role.of(event).isPresent() || own.isEmpty() || role == Role.TARGET && (!event.type().aimed()
                || event.acled().territorial() || article.partnerDecided(event))) {
            return List.of();
        }
        Optional<String> other = role == Role.ACTOR ? event.target() : role == Role.TARGET ? event.actor()
                : Optional.empty();
        // "Russia and Iran condemned the strike": one act coded once per actor; a co-actor is not its target; and
        // "Russia denounced the airstrikes": who speaks of a deed is not its doer
        Set<String> partners = role == Role.TARGET ? article.coActors(event)
                : role == Role.ACTOR ? article.commenters(event) : Set.of();
        int index = own.get();
        Set<String> seen = new LinkedHashSet<>();
        List<Candidate> found = new ArrayList<>();
        for (int s = index; s >= Math.max(0, index - WINDOW); s--) {
            List<LinkedMention> mentions = new ArrayList<>(article.linked().in(s));
            mentions.sort(Comparator.comparingInt(LinkedMention::firstToken).reversed());
            for (LinkedMention mention : mentions) {
                String name = mention.canonical();
                // a person named in another sentence does not do a physical deed this one tells without him
                boolean person = role == Role.ACTOR && event.type().physical() && s != index
                        && mention.mention().type() == EntityType.PERSON;
                if (role.admits(mention) && !person && other.filter(name::equals).isEmpty()
                        && !partners.contains(name) && seen.add(name)) {
                    found.add(new Candidate(role, mention, features(event, role, article, index, s, mention,
                            found.size())));
                }
            }
        }
        return found;
    }

    /** What the model weighs of one candidate mention in sentence {@code s} for the event of sentence {@code index}. */
    private Set<String> features(Event event, Role role, ArticleContext article, int index, int s,
                                 LinkedMention mention, int rank) {
        String name = mention.canonical();
        Sentence sentence = article.linked().annotated().sentences().get(s);
        Set<String> features = new LinkedHashSet<>();
        features.add("bias");
        features.add("type=" + event.type());
        features.add("dist=" + (index - s));
        if (index != s && article.linked().annotated().paragraphBreak(s, index)) {
            features.add("paragraph");
        }
        String relation = relation(sentence, mention);
        features.add("role=" + relation);
        features.add("dist=" + (index - s) + "&role=" + relation);
        String kind = kind(mention);
        features.add("kind=" + kind);
        features.add("kind=" + kind + "&physical=" + event.type().physical());
        features.add("kind=" + kind + "&role=" + relation);
        features.add("rank=" + Math.min(rank, 2));
        Map<String, Integer> counts = article.counts(role);
        int count = counts.getOrDefault(name, 0);
        features.add(count >= FREQUENT ? "named=often" : count > 1 ? "named=again" : "named=once");
        if (count == counts.values().stream().mapToInt(Integer::intValue).max().orElse(0)) {
            features.add("most-named");
        }
        features.addAll(article.nearbyRoles(event, index, name));
        if (role == Role.PLACE) {
            preposition(sentence, mention).ifPresent(word -> features.add("case=" + word));
        }
        Optional<String> side = mention.actor().flatMap(knowledge::side);
        Optional<String> otherSide = role == Role.ACTOR ? event.targetSide() : role == Role.TARGET
                ? event.actorSide() : Optional.empty();
        if (side.isPresent() && otherSide.isPresent()) {
            features.add(side.equals(otherSide) ? "same-side" : "other-side");
        }
        return Set.copyOf(features);
    }

    /** What the features need of the whole article, worked out once: where each event sits, how often names recur. */
    private static final class ArticleContext {
        private final Linked linked;
        private final List<Event> events;
        private final Map<Integer, Integer> sentenceByStart = new HashMap<>();
        private final Map<Role, Map<String, Integer>> counts = new java.util.EnumMap<>(Role.class);
        private Map<Integer, List<Event>> eventsBySentence;

        ArticleContext(Linked linked, List<Event> events) {
            this.linked = linked;
            this.events = events;
            linked.annotated().sentences().forEach(s -> sentenceByStart.put(s.begin(), s.index()));
        }

        /** The actors of the other events one trigger coded with this one (ids "e3.5", "e3.5.1": sentence, token). */
        Set<String> coActors(Event event) {
            Optional<int[]> act = EventCoder.triggerOf(event.id());
            return act.isEmpty() ? Set.of() : events.stream().filter(e -> e != event
                            && EventCoder.triggerOf(e.id()).filter(t -> Arrays.equals(t, act.get())).isPresent())
                    .flatMap(e -> e.actor().stream()).collect(java.util.stream.Collectors.toSet());
        }

        /**
         * The actors of the sentence's other, non-physical deeds whose trigger governs this deed's trigger ("Russia
         * denounced the airstrikes", "Kerry discussed the attack").
         */
        Set<String> commenters(Event event) {
            Optional<int[]> trigger = EventCoder.triggerOf(event.id());
            Optional<Integer> governor = trigger.flatMap(this::parsedSentence)
                    .flatMap(sentence -> sentence.head(trigger.get()[1])).map(Dependency::governor)
                    .filter(g -> g >= 0);
            if (governor.isEmpty()) {
                return Set.of();
            }
            return eventsBySentence().getOrDefault(trigger.get()[0], List.of()).stream().filter(e -> !e.type().physical()
                            && EventCoder.triggerOf(e.id()).filter(t -> t[1] == governor.get()).isPresent())
                    .flatMap(e -> e.actor().stream()).collect(java.util.stream.Collectors.toSet());
        }

        Linked linked() {
            return linked;
        }

        Optional<Integer> sentenceOf(Event event) {
            return Optional.ofNullable(sentenceByStart.get(event.evidence().start()));
        }

        /** How often the article names each mention that could fill the role. */
        Map<String, Integer> counts(Role role) {
            return counts.computeIfAbsent(role, r -> {
                Map<String, Integer> byName = new HashMap<>();
                linked.mentions().stream().filter(r::admits).forEach(m -> byName.merge(m.canonical(), 1,
                        Integer::sum));
                return byName;
            });
        }

        /** Whether another event near this one has the candidate as its actor, target or place. */
        List<String> nearbyRoles(Event event, int index, String name) {
            Set<String> roles = new LinkedHashSet<>();
            for (int s = Math.max(0, index - WINDOW); s <= index; s++) {
                for (Event other : eventsBySentence().getOrDefault(s, List.of())) {
                    if (other == event) {
                        continue;
                    }
                    if (other.actor().filter(name::equals).isPresent()) {
                        roles.add("actor-nearby");
                    }
                    if (other.target().filter(name::equals).isPresent()) {
                        roles.add("target-nearby");
                    }
                    if (other.place().filter(name::equals).isPresent()) {
                        roles.add("place-nearby");
                    }
                }
            }
            return List.copyOf(roles);
        }

        /**
         * Whether the rules decided a symmetric deed's partner: coordinated with a first deed the sentence codes
         * ("criticised Lavrov ... and agreed"), it shares that deed's partner where that is a meeting's or an
         * agreement's, else it has none ({@link ImpliedTargets#firstDeed}); what the context names is no partner of it.
         */
        boolean partnerDecided(Event event) {
            Optional<int[]> trigger = EventCoder.triggerOf(event.id());
            Optional<Sentence> parsed = trigger.flatMap(this::parsedSentence);
            if (!event.type().symmetric() || event.type().physical() || parsed.isEmpty()) {
                return false;
            }
            int s = trigger.get()[0];
            Optional<Integer> first = ImpliedTargets.firstDeed(parsed.get(), trigger.get()[1]);
            return first.isPresent() && eventsBySentence().getOrDefault(s, List.of()).stream()
                    .anyMatch(e -> EventCoder.triggerOf(e.id()).filter(t -> t[1] == first.get()).isPresent());
        }

        /** The parsed sentence a trigger id's sentence index names; empty where it names none or it was not parsed. */
        private Optional<Sentence> parsedSentence(int[] trigger) {
            List<Sentence> sentences = linked.annotated().sentences();
            return trigger[0] < sentences.size() ? Optional.of(sentences.get(trigger[0])).filter(Sentence::parsed)
                    : Optional.empty();
        }

        private Map<Integer, List<Event>> eventsBySentence() {
            if (eventsBySentence == null) {
                eventsBySentence = new HashMap<>();
                for (Event other : events) {
                    sentenceOf(other).ifPresent(s -> eventsBySentence.computeIfAbsent(s, k -> new ArrayList<>())
                            .add(other));
                }
            }
            return eventsBySentence;
        }
    }

    /** The mention's relation to its governor in a parsed sentence ("nsubj", "obj", "nmod:poss"…), or "unparsed". */
    private static String relation(Sentence sentence, LinkedMention mention) {
        if (!sentence.parsed()) {
            return "unparsed";
        }
        return sentence.head(mention.lastToken()).map(h -> h.relation().equals("nsubj:pass") || h.relation()
                .equals("nmod:poss") ? h.relation() : h.relation().split(":")[0]).orElse("root");
    }

    /** The preposition marking the mention's phrase ("in", "near"), lower-cased, where the sentence is parsed. */
    private static Optional<String> preposition(Sentence sentence, LinkedMention mention) {
        if (!sentence.parsed()) {
            return Optional.empty();
        }
        return sentence.children(mention.lastToken(), "case").stream().findFirst()
                .map(t -> t.word().toLowerCase(java.util.Locale.ROOT));
    }

    /** The actor's kind in the knowledge base, a place's rank (country or smaller), else the entity type. */
    private static String kind(LinkedMention mention) {
        if (mention.place().isPresent()) {
            return mention.place().get().isCountry() ? "COUNTRY" : "LOCALITY";
        }
        return mention.actor().map(a -> a.kind().name()).orElse(mention.mention().type().name());
    }

    private Event with(Event e, Candidate candidate, double score) {
        double odds = 1 / (1 + Math.exp(-score));
        Optional<String> name = Optional.of(candidate.name());
        Optional<String> side = candidate.mention().actor().flatMap(knowledge::side);
        Event filled = switch (candidate.role()) {
            case ACTOR -> e.withActor(name, side);
            case TARGET -> e.withTarget(name, side);
            case PLACE -> SentencePlaces.placed(e, candidate.mention());
        };
        return filled.withConfidence(Math.round(e.confidence() * odds * 100) / 100.0);
    }
}
