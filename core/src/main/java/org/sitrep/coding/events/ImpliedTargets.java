package org.sitrep.coding.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.sitrep.coding.actors.ActorResolver;
import org.sitrep.coding.actors.Referent;
import org.sitrep.coding.quotes.QuoteMarks;
import org.sitrep.knowledge.Linked;
import org.sitrep.knowledge.LinkedMention;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.EntityType;
import org.sitrep.model.EventType;
import org.sitrep.model.Span;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Whom a deed is aimed at where its own object names no one: the goal of an attempt, an addressee, a recipient, the
 * side the deed is taken from, or the one opponent the sentence or the one before it names.
 */
final class ImpliedTargets {
    /** How many sentences back an untargeted fight looks for the other side. */
    private static final int OPPONENT_LOOKBACK = 1;
    private final ArgumentFinder arguments;
    private final AttemptGoals attemptGoals;
    private final TriggerMatcher triggers;
    private final ModalityDetector modality;
    private final ArgumentKinds kinds;
    private final LanguagePack pack;

    ImpliedTargets(ArgumentFinder arguments, AttemptGoals attemptGoals, TriggerMatcher triggers,
                   ModalityDetector modality, ArgumentKinds kinds, LanguagePack pack) {
        this.arguments = arguments;
        this.attemptGoals = attemptGoals;
        this.triggers = triggers;
        this.modality = modality;
        this.kinds = kinds;
        this.pack = pack;
    }

    /**
     * The opponent the sentence names, else the one the sentences just before it name ("... Islamic State fighters
     * dug in. Iraqi forces shelled the town"): a fight goes on against the side the story is about.
     */
    Optional<Referent> recentOpponent(Linked linked, ActorResolver resolver, List<Span> quoted,
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
    List<Referent> of(ActorResolver resolver, Sentence sentence, Token trigger,
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
                // "criticism of Moscow": a noun of disapproval is aimed at whom its "of" phrase names ("the backing
                // of his allies" names the backers, so only disapproval reads it so)
                () -> pattern.noun() && type == EventType.DISAPPROVE
                        ? arguments.disapprovedOf(resolver, sentence, trigger.index()) : List.of(),
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
    static Predicate<Referent> notAmong(List<Referent> actors) {
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
            if (QuoteMarks.inside(quoted, mention.mention().start())) {
                continue;
            }
            if (mention.mention().type() != EntityType.ARMED_GROUP || speaker(sentence, mention)) {
                continue; // "strikes in Syria", "Syrian militants", "the SDF said": a place, an origin, a source
            }
            resolver.resolve(sentence, mention.firstToken())
                    // the deed's partners ("by government forces and US-backed fighters") are none of its foes
                    .filter(notAmong(actors))
                    .filter(r -> r.side().isPresent() && !r.side().equals(actor.side()) && kinds.combatant(r))
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
}
