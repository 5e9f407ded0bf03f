package org.sitrep.coding.events;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.Modality;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Whether a territorial deed is the aim of an attempt (under way, begun, won, or still to come) rather than a
 * capture done: "an offensive to retake X" contests X; only a reported capture ends the contest.
 */
final class AttemptStates {
    private final LanguagePack pack;
    private final ModalityDetector modality;

    AttemptStates(LanguagePack pack, ModalityDetector modality) {
        this.pack = pack;
        this.modality = modality;
    }

    /**
     * "declared victory in the battle to retake X", "won the fight to recapture X": the attempt whose aim the
     * trigger is succeeded, as the text asserts or reports; the victory's modality, where it has one.
     */
    Optional<Modality> won(Sentence sentence, Token trigger) {
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
    boolean underWay(Sentence sentence, Token trigger) {
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
    boolean nounBefore(Sentence sentence, Token trigger) {
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
    static boolean aim(Sentence sentence, Token trigger) {
        return sentence.head(trigger.index()).map(h -> h.governor() < 0).orElse(true)
                && sentence.children(trigger.index(), "mark").stream().anyMatch(m -> m.pos().equals("TO"));
    }

    /**
     * "soldiers were wounded as they entered the city": an entry told as going on while something else happened is a
     * push into the place, under way; a bare "entered the city" is told done.
     */
    boolean enteringMeanwhile(Sentence sentence, Token trigger) {
        return pack.has(WordList.ENTRY_VERBS, trigger.lemma().toLowerCase(Locale.ROOT))
                && sentence.head(trigger.index()).filter(h -> h.governor() >= 0 && h.relation().startsWith("advcl"))
                .isPresent()
                && sentence.children(trigger.index(), "mark").stream()
                .anyMatch(m -> pack.has(WordList.UNDER_WAY_MARKERS, m.word().toLowerCase(Locale.ROOT)));
    }

    /** "Iraqi forces start to retake Fallujah": a capture the text says has begun is under way, not done. */
    boolean begun(Sentence sentence, Token trigger) {
        return sentence.head(trigger.index()).filter(h -> h.governor() >= 0 && h.relation().equals("xcomp"))
                .map(h -> sentence.tokens().get(h.governor()))
                .filter(verb -> pack.has(WordList.INCEPTION_VERBS, verb.lemma().toLowerCase(Locale.ROOT)))
                .map(verb -> modality.detect(sentence, verb.index()))
                .filter(Modality::factual).isPresent();
    }
}
