package org.sitrep.coding.events;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.coding.syntax.Clauses;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.AcledType;
import org.sitrep.model.EventType;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * A concession or an agreement its doer refuses: "won't step down", "would not agree", "declined to agree". The
 * PLOVER guide codes the refusal (REJECT), told as a fact; a concession that only did not happen ("he didn't step
 * aside") stays a denied concession.
 */
final class Refusals {
    /** CAMEO 120, "reject, not specified below": the code of a refusal the row itself does not name. */
    private static final String REJECT_CAMEO = "120";

    private final Set<String> willModals;
    private final Set<String> refusalVerbs;
    private final Set<String> perfectLemmas;
    private final Set<String> negators;

    Refusals(Set<String> willModals, Set<String> refusalVerbs, Set<String> perfectLemmas, Set<String> negators) {
        this.willModals = Set.copyOf(willModals);
        this.refusalVerbs = Set.copyOf(refusalVerbs);
        this.perfectLemmas = Set.copyOf(perfectLemmas);
        this.negators = Set.copyOf(negators);
    }

    /** The refusals with the pack's word lists. */
    static Refusals of(LanguagePack pack) {
        return new Refusals(Set.copyOf(pack.words(WordList.WILL_MODALS)),
                Set.copyOf(pack.words(WordList.REFUSAL_VERBS)),
                Set.copyOf(pack.words(WordList.PERFECT_AUXILIARY_LEMMAS)), Set.copyOf(pack.words(WordList.NEGATORS)));
    }

    /** The pattern a trigger codes: a refused concession or agreement as a rejection, any other as it reads. */
    EventPattern retype(Sentence sentence, Token trigger, EventPattern pattern) {
        if (!refused(sentence, trigger, pattern)) {
            return pattern;
        }
        return new EventPattern(pattern.noun(), pattern.lemma(), pattern.conditionKind(), pattern.condition(),
                EventType.REJECT, REJECT_CAMEO, Optional.of(AcledType.OTHER), pattern.confidence(),
                pattern.actorRole(), pattern.placeRole(), pattern.requires());
    }

    /**
     * Whether a verb of conceding or agreeing is refused: denied under a modal of will with no perfect ("won't step
     * down", "would not agree"; not "would not have agreed", a counterfactual, nor "the deal will not be agreed", a
     * forecast of a passive), or the infinitive of a verb of refusal that is not itself denied ("declined to agree",
     * "refused to step down").
     */
    boolean refused(Sentence sentence, Token trigger, EventPattern pattern) {
        if (pattern.noun() || !trigger.isVerb()
                || pattern.plover() != EventType.CONCEDE && pattern.plover() != EventType.AGREE) {
            return false;
        }
        boolean deniedWill = !Clauses.isPassive(sentence, trigger.index()) && !foretoldOfAnother(sentence, trigger)
                && Clauses.negated(sentence, trigger.index(), negators::contains)
                && sentence.children(trigger.index(), "aux").stream().anyMatch(this::willModal)
                && sentence.children(trigger.index(), "aux").stream().noneMatch(a -> perfectLemmas.contains(
                        a.lemma().toLowerCase(Locale.ROOT)));
        boolean refusedInfinitive = sentence.head(trigger.index())
                .filter(h -> h.relation().equals("xcomp") && h.governor() >= 0)
                .map(h -> sentence.tokens().get(h.governor()))
                .filter(verb -> refusalVerbs.contains(verb.lemma().toLowerCase(Locale.ROOT))
                        && !Clauses.negated(sentence, verb.index(), negators::contains))
                .isPresent();
        return deniedWill || refusedInfinitive;
    }

    /**
     * "analysts said Assad would not step down": a clause told of a named other under someone's saying is the
     * speaker's forecast of that other's will, not a refusal; "said he won't step down" is the speaker's own.
     */
    private static boolean foretoldOfAnother(Sentence sentence, Token verb) {
        boolean complement = sentence.head(verb.index()).filter(h -> h.relation().equals("ccomp")).isPresent();
        return complement && sentence.children(verb.index(), "nsubj").stream()
                .anyMatch(subject -> !subject.isPronoun());
    }

    /** "wo" of "won't" is a form of "will": a modal is known by its word or its lemma. */
    private boolean willModal(Token auxiliary) {
        return willModals.contains(auxiliary.word().toLowerCase(Locale.ROOT))
                || willModals.contains(auxiliary.lemma().toLowerCase(Locale.ROOT));
    }
}
