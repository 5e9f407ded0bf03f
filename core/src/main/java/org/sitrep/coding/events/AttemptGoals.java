package org.sitrep.coding.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * The goal of an attempt under way: "an offensive to retake X", "conducted an operation to encircle Y". The attempt
 * is asserted and fought where and against whom its goal is; the goal, hoped for, stays an event of its own.
 */
public final class AttemptGoals {
    private final LanguagePack pack;

    public AttemptGoals(LanguagePack pack) {
        this.pack = pack;
    }

    /**
     * The verb an attempt aims at: the to-infinitive on a noun of attempting, or on a verb whose object is one (the
     * parse often hangs the purpose on the light verb: "launched an assault to recapture X").
     */
    public Optional<Integer> goal(Sentence sentence, Token trigger) {
        List<Integer> attempts = new ArrayList<>();
        if (attempting(trigger)) {
            attempts.add(trigger.index());
        } else if (trigger.isVerb()) {
            List<Token> objects = sentence.children(trigger.index(), "obj").stream().filter(this::attempting).toList();
            if (!objects.isEmpty()) {
                attempts.add(trigger.index());
                objects.forEach(o -> attempts.add(o.index()));
            }
        }
        return attempts.stream().flatMap(a -> sentence.children(a).stream())
                .filter(c -> c.relation().startsWith("acl") && !c.relation().equals("acl:relcl")
                        || c.relation().equals("advcl") || c.relation().equals("xcomp"))
                .map(Dependency::dependent)
                .filter(v -> sentence.tokens().get(v).isVerb()
                        && ModalityDetector.infinitiveMark(sentence, v).isPresent())
                .findFirst();
    }

    private boolean attempting(Token token) {
        return token.isNoun() && pack.has(WordList.ATTEMPT_WORDS, token.lemma().toLowerCase(Locale.ROOT));
    }
}
