package org.sitrep.coding.stances;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.coding.actors.ActorResolver;
import org.sitrep.coding.actors.Referent;
import org.sitrep.coding.events.CodedEvent;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.knowledge.Linked;
import org.sitrep.language.LanguagePack;
import org.sitrep.model.CalendarDate;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Modality;
import org.sitrep.model.Stance;
import org.sitrep.model.TimeExpression;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Signed stances of one actor toward another: from the events between them (fighting is hostile, cooperation
 * friendly; see {@code stance-cues.tsv}) and from attitude words ("hopes for their progress"), scaled by how
 * firmly the sentence asserts them. One stance per actor pair and sentence.
 */
public final class StanceCoder {
    private final Map<EventType, Double> byType;
    private final Map<String, Double> byWord;
    private final KnowledgeBase knowledge;
    private final LanguagePack pack;

    private StanceCoder(Map<EventType, Double> byType, Map<String, Double> byWord, KnowledgeBase knowledge,
                        LanguagePack pack) {
        this.byType = Map.copyOf(byType);
        this.byWord = Map.copyOf(byWord);
        this.knowledge = knowledge;
        this.pack = pack;
    }

    public static StanceCoder load(KnowledgeBase knowledge, LanguagePack pack) {
        Map<EventType, Double> types = new HashMap<>();
        Map<String, Double> words = new HashMap<>();
        for (String[] f : pack.rows("stance-cues.tsv")) {
            if (f[0].equals("type")) {
                types.put(EventType.parse(f[1]).orElseThrow(() -> new IllegalStateException(
                        pack.code() + "/stance-cues.tsv: unknown event type " + f[1])), Double.parseDouble(f[2]));
            } else {
                words.put(f[1], Double.parseDouble(f[2]));
            }
        }
        return new StanceCoder(types, words, knowledge, pack);
    }

    public List<Stance> code(Linked linked, List<CodedEvent> events, List<TimeExpression> times) {
        Map<String, Stance> stances = new LinkedHashMap<>();
        for (CodedEvent coded : events) {
            Event event = coded.event();
            Double base = byType.get(event.type());
            if (base == null || base == 0 || event.actor().isEmpty() || event.target().isEmpty()) {
                continue;
            }
            double value = base * weight(event.modality());
            if (value != 0) {
                put(stances, new Stance(event.actor().get(), event.target().get(), event.targetSide(), clamp(value),
                        event.date(), event.confidence() * 0.9, event.evidence()));
            }
        }
        ActorResolver resolver = new ActorResolver(knowledge, linked, pack);
        String articleId = linked.annotated().article().id();
        Optional<CalendarDate> published = linked.annotated().article().published().map(CalendarDate::day);
        for (Sentence sentence : linked.annotated().sentences()) {
            Optional<CalendarDate> when = times.stream()
                    .filter(t -> sentence.covers(t.start(), t.end()))
                    .flatMap(t -> t.calendarDate().stream())
                    .filter(d -> d.granularity() == CalendarDate.Granularity.DAY).findFirst()
                    .or(() -> published);
            for (Token token : sentence.tokens()) {
                Double value = byWord.get(token.lemma());
                if (value == null) {
                    continue;
                }
                Optional<Referent> holder = holder(resolver, sentence, token);
                Optional<Referent> object = object(resolver, sentence, token);
                if (holder.isPresent() && object.isPresent() && !holder.get().name().equals(object.get().name())) {
                    put(stances, new Stance(holder.get().name(), object.get().name(), object.get().side(),
                            clamp(value), when, 0.6, new Evidence(articleId, sentence.begin(), sentence.end(),
                            sentence.text())));
                }
            }
        }
        return new ArrayList<>(stances.values());
    }

    private static double weight(Modality modality) {
        return switch (modality) {
            case ASSERTED, REPORTED -> 1.0;
            case EXPECTED -> 0.8;
            case HOPED -> 0.6;
            case HYPOTHETICAL -> 0.5;
            case NEGATED -> 0;
        };
    }

    private static void put(Map<String, Stance> stances, Stance stance) {
        String key = stance.from() + "\u0000" + stance.to() + "\u0000" + stance.evidence().start();
        stances.merge(key, stance, (a, b) -> Math.abs(a.value()) >= Math.abs(b.value()) ? a : b);
    }

    private static double clamp(double value) {
        return Math.max(-1, Math.min(1, Math.round(value * 100) / 100.0));
    }

    /** Who holds the attitude: the subject of the attitude verb, or of the clause an attitude noun sits in. */
    private static Optional<Referent> holder(ActorResolver resolver, Sentence sentence, Token cue) {
        int current = cue.index();
        for (int depth = 0; depth < 4; depth++) {
            for (Dependency child : sentence.children(current)) {
                if (child.relation().equals("nsubj") || child.relation().equals("nmod:poss")) {
                    Optional<Referent> found = resolver.resolve(sentence, child.dependent());
                    if (found.isPresent() && ActorResolver.isActor(found.get().mention())) {
                        return found;
                    }
                }
            }
            Optional<Dependency> head = sentence.head(current);
            if (head.isEmpty() || head.get().governor() < 0) {
                return Optional.empty();
            }
            // an unlabelled attachment ("dep") is the parser unsure: the participle belongs to the main clause
            current = head.get().relation().equals("dep") ? root(sentence) : head.get().governor();
        }
        return Optional.empty();
    }

    private static int root(Sentence sentence) {
        return sentence.root().orElse(0);
    }

    /** Toward whom: an object or a "for/toward/on" argument, or the owner of what it is about ("their progress"). */
    private static Optional<Referent> object(ActorResolver resolver, Sentence sentence, Token cue) {
        for (Dependency child : sentence.children(cue.index())) {
            String relation = child.relation();
            if (relation.equals("obj") || relation.startsWith("obl") || relation.startsWith("nmod")
                    && !relation.equals("nmod:poss")) {
                Optional<Referent> direct = resolver.resolve(sentence, child.dependent());
                if (direct.isPresent() && ActorResolver.isActor(direct.get().mention())) {
                    return direct;
                }
            }
            if (relation.startsWith("acl") || relation.equals("xcomp")) {
                // "hopes for their progress to continue": the attitude is toward the clause's subject
                for (Token subject : sentence.children(child.dependent(), "nsubj")) {
                    Optional<Referent> found = resolver.resolve(sentence, subject.index());
                    if (found.isPresent() && ActorResolver.isActor(found.get().mention())) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
