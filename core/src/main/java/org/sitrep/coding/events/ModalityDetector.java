package org.sitrep.coding.events;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sitrep.coding.syntax.Clauses;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.Modality;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Reads how a sentence asserts an event from cues around its trigger ({@code modality-cues.tsv}): negation and
 * modal auxiliaries on the trigger, the verbs it is embedded under ("expected to", "hopes for", "said that"),
 * and "according to" attribution.
 */
public final class ModalityDetector {
    private static final int MAX_CLIMB = 4;
    /** Tags of a finite verb or a modal: a clause that says something, not a bare list of deeds. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private final Map<String, Modality> cues;
    private final LanguagePack pack;

    private ModalityDetector(Map<String, Modality> cues, LanguagePack pack) {
        this.cues = Map.copyOf(cues);
        this.pack = pack;
    }

    public static ModalityDetector load(LanguagePack pack) {
        Map<String, Modality> cues = new HashMap<>();
        for (String[] f : pack.rows("modality-cues.tsv")) {
            cues.put(f[0] + ":" + f[1], Modality.valueOf(f[2]));
        }
        return new ModalityDetector(cues, pack);
    }

    public Modality detect(Sentence sentence, int trigger) {
        Modality cued = cued(sentence, trigger);
        // "accused Russia of covering up its role in the attack, which killed 86": what a relative clause tells as
        // done is done, whatever is planned, hoped or supposed around the noun
        return (cued == Modality.HYPOTHETICAL || cued == Modality.EXPECTED || cued == Modality.HOPED)
                && toldDone(sentence, trigger) ? Modality.ASSERTED : cued;
    }

    private Modality cued(Sentence sentence, int trigger) {
        List<Token> tokens = sentence.tokens();
        Optional<Modality> asked = tokens.isEmpty() ? Optional.empty() : cue("end", tokens.get(tokens.size() - 1).word());
        if (asked.isPresent() && !listedDeed(sentence) && !beforeQuestion(sentence, trigger)) {
            return asked.get(); // "they have seized Fallujah, correct?": a question asserts nothing
        }
        Optional<Modality> own = local(sentence, trigger);
        if (own.isPresent()) {
            // "the long-awaited offensive began on Friday": a deed described as awaited that its clause says began or
            // took place is as real as that clause
            Optional<Integer> happening = own.get() == Modality.EXPECTED || own.get() == Modality.HYPOTHETICAL
                    ? happeningOf(sentence, trigger) : Optional.empty();
            return happening.map(verb -> detect(sentence, verb)).orElse(own.get());
        }
        if (toBeDone(sentence, trigger)) {
            return Modality.EXPECTED; // "before Trump is to meet Putin": what someone is to do is scheduled
        }
        // "was the first city to fall", "would be the last town to fall": as real as what is said of the noun
        boolean ranked = ranked(sentence, trigger);
        Optional<Modality> rankedNoun = ranked ? local(sentence, sentence.head(trigger).orElseThrow().governor())
                : Optional.empty();
        if (rankedNoun.isPresent()) {
            return rankedNoun.get();
        }
        Optional<Integer> presence = ranked ? Optional.empty() : presence(sentence, trigger);
        if (presence.isPresent()) {
            return detect(sentence, presence.get()); // "a team is in Syria to investigate": what it is there doing
        }
        if (!ranked && isPurposeClause(sentence, trigger)) {
            return purpose(sentence, trigger); // "an offensive to take the town": intended, not done
        }
        Optional<Modality> infinitive = infinitive(sentence, trigger);
        if (infinitive.isPresent()) {
            return infinitive.get();
        }
        int current = trigger;
        for (int climb = 0; climb < MAX_CLIMB; climb++) {
            Optional<Modality> charged = charged(sentence, current);
            if (charged.isPresent()) {
                return charged.get(); // "accused the army of shelling …": what one is accused of is alleged
            }
            Optional<Dependency> head = sentence.head(current);
            if (head.isEmpty() || head.get().governor() < 0) {
                break;
            }
            String relation = head.get().relation();
            Token governor = sentence.tokens().get(head.get().governor());
            if (relation.equals("acl:relcl")) {
                break; // "unable to recapture the districts which rebels stormed in 2012": a relative clause asserts
            }
            if (relation.equals("conj")) {
                current = governor.index();
                // "could not hold the town and withdrew": a modal denied in one conjunct denies no other
                Optional<Modality> shared = local(sentence, current, false);
                if (shared.isPresent()) {
                    return shared.get();
                }
                // "to form a coalition and to arm the opposition": the second infinitive is as real as the first
                if (isPurposeClause(sentence, current)) {
                    return purpose(sentence, current);
                }
                Optional<Modality> firstInfinitive = infinitive(sentence, current);
                if (firstInfinitive.isPresent()) {
                    return firstInfinitive.get();
                }
                continue;
            }
            if (relation.startsWith("nsubj") && sentence.tokens().get(trigger).isNoun()) {
                // "the fall of al-Bab would threaten …": a nominal event is as real as what is said of it
                Optional<Modality> predicate = local(sentence, governor.index());
                // "the attack did not kill anyone", "the invasion is no concern": a clause denied of its subject
                // presupposes that subject, unless it is the subject's happening ("the meeting did not take place")
                if (predicate.filter(m -> m == Modality.NEGATED).isPresent()
                        && cue("happening", governor.lemma()).isEmpty()) {
                    break;
                }
                if (predicate.isPresent()) {
                    return predicate.get();
                }
                // "an assault on the town was expected in the summer", "an offensive is planned": what is awaited
                // or planned has not happened; a deed reported ("the attack was reported") keeps its reading
                boolean passiveSubject = relation.equals("nsubj:pass") || relation.equals("nsubjpass");
                Optional<Modality> awaited = passiveSubject ? cue("governor", governor.lemma())
                        .filter(m -> m == Modality.EXPECTED || m == Modality.HYPOTHETICAL) : Optional.empty();
                if (awaited.isPresent()) {
                    return awaited.get();
                }
                break;
            }
            // "called a meeting", "to end its support": a verb that convenes or ends what it takes as object
            // presupposes it, whatever that verb means for a clause ("called for talks")
            Optional<Modality> object = relation.equals("obj") ? cue("obj", governor.lemma()) : Optional.empty();
            if (object.isPresent()) {
                return object.get();
            }
            // "will receive a briefing", "could launch airstrikes": a light verb's object event is as real as the verb
            // (the object itself only: "a briefing on the strikes" does not put the strikes in the future)
            Optional<Modality> light = current == trigger && relation.equals("obj")
                    && cue("light", governor.lemma()).isPresent()
                    ? local(sentence, governor.index()) : Optional.empty();
            if (light.isPresent()) {
                return light.get();
            }
            // "an order to launch airstrikes": the object of a light verb that is itself a to-infinitive is as real
            // as that infinitive, purpose or plan, not as the clause above it
            if (current == trigger && relation.equals("obj") && cue("light", governor.lemma()).isPresent()
                    && infinitiveMark(sentence, governor.index()).isPresent()) {
                return detect(sentence, governor.index());
            }
            // "his plan to broaden a military offensive": an event first brought in as the object of a to-infinitive
            // is as real as that infinitive; a definite one ("to broaden the offensive") is presupposed and climbs on
            if (current == trigger && relation.equals("obj") && infinitiveMark(sentence, governor.index()).isPresent()
                    && introduced(sentence, trigger)) {
                return detect(sentence, governor.index());
            }
            Optional<Modality> embedding = cue("governor", governor.lemma());
            if (embedding.isPresent() && (isEmbedding(relation) || forGerund(sentence, current, relation))) {
                if (embedding.get() == Modality.ASSERTED) {
                    break; // "in response to a chemical attack": what is answered happened, whatever is said above
                }
                return embedding.get();
            }
            // "will continue to strike", "would go on to fight": a deed an implicative verb carries is as real as
            // that verb, its own auxiliary or subordinator read ("continued to shell" stays asserted)
            Optional<Modality> carried = relation.equals("xcomp")
                    && pack.has(WordList.IMPLICATIVE_VERBS, governor.lemma().toLowerCase(Locale.ROOT))
                    ? local(sentence, governor.index()) : Optional.empty();
            if (carried.isPresent()) {
                return carried.get();
            }
            if ((relation.equals("xcomp") || relation.equals("ccomp"))
                    && infinitiveMark(sentence, governor.index()).isPresent()
                    && !pack.has(WordList.IMPLICATIVE_VERBS, governor.lemma().toLowerCase(Locale.ROOT))) {
                // "support for rebels to enable them to oust ISIS": what a to-infinitive would bring about is no
                // more done than the infinitive itself
                return purpose(sentence, governor.index());
            }
            Optional<Modality> within = relation.equals("advcl") ? timeClause(sentence, current, governor.index())
                    : Optional.empty();
            if (within.isPresent()) {
                return within.get(); // "when a leader issues an ultimatum, he should know": as real as its clause
            }
            if (!relation.startsWith("acl") && !relation.equals("xcomp") && !relation.equals("ccomp")
                    && !relation.startsWith("nmod") && !relation.startsWith("obl") && !relation.equals("obj")) {
                break;
            }
            current = governor.index();
        }
        return hasAccordingTo(sentence) ? Modality.REPORTED : Modality.ASSERTED;
    }

    /**
     * A gerund clause that "of" hangs on a word of charging ("accused the army of shelling the town", "accusations
     * of torturing prisoners"): the cue of that word under relation "of".
     */
    private Optional<Modality> charged(Sentence sentence, int token) {
        Optional<Dependency> head = sentence.head(token);
        boolean ofGerund = sentence.tokens().get(token).pos().equals("VBG")
                && sentence.children(token).stream().anyMatch(d -> (d.relation().equals("mark")
                || d.relation().equals("case")) && sentence.tokens().get(d.dependent()).word().equalsIgnoreCase("of"));
        if (!ofGerund || head.isEmpty() || head.get().governor() < 0) {
            return Optional.empty();
        }
        return cue("of", sentence.tokens().get(head.get().governor()).lemma());
    }

    /**
     * A "to"-infinitive names something not (yet) done unless its verb says it was: "managed to take", "went on
     * to capture" are asserted; "expected to meet" is expected; "claims to have taken", "is believed to hold" are
     * reported; "plans to retake", or a parse that hangs "to retake" off another speech verb, is hypothetical.
     */
    private Optional<Modality> infinitive(Sentence sentence, int trigger) {
        Optional<Token> to = infinitiveMark(sentence, trigger);
        Optional<Dependency> head = sentence.head(trigger);
        if (to.isEmpty() || head.isEmpty() || head.get().governor() < 0 || !head.get().relation().equals("xcomp")) {
            return Optional.empty();
        }
        // "announced his decision to arm the opposition", parsed as if one announced to arm: the noun before "to"
        Optional<Modality> noun = to.get().index() == 0 ? Optional.empty()
                : Optional.of(sentence.tokens().get(to.get().index() - 1)).filter(Token::isNoun)
                .flatMap(t -> cue("governor", t.lemma())).filter(m -> m != Modality.REPORTED);
        if (noun.isPresent()) {
            return noun;
        }
        // "had not yet called to discuss it": no call, no discussion ("not ready to negotiate" stays supposed)
        if (sentence.tokens().get(head.get().governor()).pos().startsWith("VB")
                && local(sentence, head.get().governor(), false).filter(m -> m == Modality.NEGATED).isPresent()) {
            return Optional.of(Modality.NEGATED);
        }
        String governor = sentence.tokens().get(head.get().governor()).lemma().toLowerCase(Locale.ROOT);
        // "claims to have shot down a jet", "is believed to be backed by Iran": what a verb of saying or believing
        // ascribes through its infinitive is reported, not intended
        Optional<Modality> raised = cue("raised", governor);
        if (raised.isPresent()) {
            return raised;
        }
        Optional<Modality> cue = cue("governor", governor);
        if (cue.isPresent() && cue.get() != Modality.REPORTED) {
            return cue;
        }
        return pack.has(WordList.IMPLICATIVE_VERBS, governor) ? Optional.empty() : Optional.of(Modality.HYPOTHETICAL);
    }

    /**
     * What a "to"-infinitive hanging off a noun or a clause names: a plan where its head says so ("his decision to
     * arm the opposition", "a commitment to provide aid" are expected), else an intention (hypothetical); the
     * purpose of a negated deed is negated.
     */
    private Modality purpose(Sentence sentence, int trigger) {
        Optional<Integer> head = sentence.head(trigger).map(Dependency::governor).filter(g -> g >= 0);
        if (head.flatMap(h -> local(sentence, h, false)).filter(m -> m == Modality.NEGATED).isPresent()) {
            return Modality.NEGATED; // "had not called to discuss it": what a deed not done was for did not happen
        }
        // "his decision to launch strikes", hung by the parse on another clause: the noun right before "to"
        Optional<Modality> planned = infinitiveMark(sentence, trigger).filter(to -> to.index() > 0)
                .map(to -> sentence.tokens().get(to.index() - 1)).filter(Token::isNoun)
                .flatMap(t -> cue("governor", t.lemma())).filter(m -> m == Modality.EXPECTED);
        return head.flatMap(h -> cue("governor", sentence.tokens().get(h).lemma()))
                .filter(m -> m == Modality.EXPECTED).or(() -> planned)
                .orElse(Modality.HYPOTHETICAL);
    }

    /**
     * A time clause not told in the past ("when a leader issues an ultimatum", "before launching an offensive") is no
     * more real than the clause it hangs on, where that clause is planned, hoped or supposed; a past one ("when the
     * rebels left, the army would enter") or one under a factual clause keeps its own reading.
     */
    private Optional<Modality> timeClause(Sentence sentence, int clause, int governor) {
        String tense = sentence.tokens().get(clause).pos();
        boolean unpast = tense.equals("VB") || tense.equals("VBP") || tense.equals("VBZ") || tense.equals("VBG");
        // "before launching" is a subordinator; the parse makes "when" an adverb of its clause
        boolean timed = Stream.concat(sentence.children(clause, "mark").stream(),
                sentence.children(clause, "advmod").stream()).anyMatch(m -> cue("within", m.word()).isPresent());
        // "will not leave until the militias withdraw": what a deed not done waits for is supposed, not denied
        return unpast && timed ? Optional.of(detect(sentence, governor)).filter(m -> !m.factual())
                .map(m -> m == Modality.NEGATED ? Modality.HYPOTHETICAL : m) : Optional.empty();
    }

    /**
     * The predicate of a presence that a to-infinitive says the purpose of ("a team is in Syria to investigate",
     * "troops were on the ground to train them"): a copula with a place phrase, whose stay is the activity itself.
     */
    private static Optional<Integer> presence(Sentence sentence, int trigger) {
        Optional<Dependency> head = sentence.head(trigger);
        if (infinitiveMark(sentence, trigger).isEmpty() || head.isEmpty() || head.get().governor() < 0
                || !Set.of("advcl", "acl", "xcomp").contains(head.get().relation())) {
            return Optional.empty();
        }
        int predicate = head.get().governor();
        boolean copula = !sentence.children(predicate, "cop").isEmpty();
        boolean placed = !sentence.children(predicate, "case").isEmpty();
        // a named or known place ("in Syria", "on the ground", "on his way"), not a state ("in a position to strike")
        boolean known = sentence.tokens().get(predicate).pos().startsWith("NNP")
                || !sentence.children(predicate, "nmod:poss").isEmpty() || sentence.children(predicate, "det")
                .stream().anyMatch(d -> d.word().equalsIgnoreCase("the"));
        return copula && placed && known ? Optional.of(predicate) : Optional.empty();
    }

    /**
     * Whether a question is a bare gerund with no subject or auxiliary ("Arming the rebels? Agreeing to a one-sided
     * deal?"): a rhetorical list of what someone did, not a question of whether it happened.
     */
    private static boolean listedDeed(Sentence sentence) {
        return verbless(sentence)
                || sentence.dependencies().stream().filter(d -> d.governor() < 0).map(Dependency::dependent)
                .anyMatch(root -> sentence.tokens().get(root).pos().equals("VBG")
                        && sentence.children(root).stream().noneMatch(d -> d.relation().startsWith("nsubj")
                        || d.relation().startsWith("aux") || d.relation().startsWith("cop")));
    }

    /**
     * Whether a sentence opens with a gerund and has no finite verb or modal anywhere ("Refusing to arm an ally
     * invaded by its neighbour?"): a listed deed whatever head the parse gives it.
     */
    private static boolean verbless(Sentence sentence) {
        List<Token> words = sentence.tokens().stream().filter(t -> Character.isLetter(t.word().charAt(0))).toList();
        return !words.isEmpty() && words.get(0).pos().equals("VBG")
                && words.stream().noneMatch(t -> FINITE.contains(t.pos()));
    }

    /**
     * Whether the trigger is a to-infinitive on a finite "be" whose subject is a person, a body or a pronoun
     * ("Trump is to meet Putin", "before he was to meet the envoy"): a set programme, not a purpose ("the aim is to
     * defeat ISIS" keeps its own reading; "if it were to fall" is read by its condition first).
     */
    private static boolean toBeDone(Sentence sentence, int trigger) {
        boolean be = Stream.concat(sentence.children(trigger, "aux").stream(),
                        sentence.children(trigger, "cop").stream())
                .anyMatch(t -> t.lemma().equalsIgnoreCase("be") && FINITE.contains(t.pos()));
        boolean agent = sentence.children(trigger, "nsubj").stream()
                .anyMatch(t -> t.pos().startsWith("PRP") || t.pos().startsWith("NNP") || t.ner() != null
                        && !t.ner().equals("O"));
        return infinitiveMark(sentence, trigger).isPresent() && be && agent;
    }

    /**
     * Whether a noun trigger has a relative clause in the simple past that tells what it did, with no cue of its own
     * ("the attack, which killed 86 civilians"): the noun's event happened.
     */
    private boolean toldDone(Sentence sentence, int trigger) {
        return sentence.tokens().get(trigger).isNoun() && sentence.children(trigger, "acl:relcl").stream()
                .anyMatch(clause -> clause.pos().equals("VBD") && local(sentence, clause.index()).isEmpty());
    }

    /**
     * Whether a colon or semicolon stands between the trigger and the sentence's question mark ("including not arming
     * the rebels: why did he not?"): the question asks only what follows it.
     */
    private static boolean beforeQuestion(Sentence sentence, int trigger) {
        return sentence.tokens().stream().skip(trigger + 1L)
                .anyMatch(t -> t.word().equals(":") || t.word().equals(";"));
    }

    /**
     * Whether a noun is brought in as new, by an indefinite determiner or an adjective of one more ("an offensive",
     * "any strike", "further strikes"), not referred to as known.
     */
    private boolean introduced(Sentence sentence, int noun) {
        return sentence.tokens().get(noun).isNoun() && Stream.concat(sentence.children(noun, "det").stream(),
                sentence.children(noun, "amod").stream()).anyMatch(d -> cue("new", d.word()).isPresent());
    }

    /** Whether a clause opens with a word that makes it a condition or a question ("if", "unless", "whether"). */
    boolean conditional(Sentence sentence, int clause) {
        return sentence.children(clause, "mark").stream().anyMatch(this::conditionMark);
    }

    /** A subordinator that makes its clause a condition ("if", "unless"), not one that presupposes it ("after"). */
    private boolean conditionMark(Token mark) {
        return cue("mark", mark.word()).filter(m -> m == Modality.HYPOTHETICAL).isPresent();
    }

    /**
     * The "to" of a to-infinitive on the trigger ("to take", "to be freed"), not a preposition the parse hangs on a
     * finite clause ("close to where a helicopter had been shot down").
     */
    static Optional<Token> infinitiveMark(Sentence sentence, int trigger) {
        return sentence.children(trigger, "mark").stream()
                .filter(t -> t.word().equalsIgnoreCase("to") && t.pos().equals("TO")).findFirst();
    }

    /** A to-infinitive describing a noun that a ranking adjective ranks among those that did it. */
    private boolean ranked(Sentence sentence, int trigger) {
        Optional<Dependency> head = sentence.head(trigger);
        return infinitiveMark(sentence, trigger).isPresent() && head.isPresent() && head.get().governor() >= 0
                && head.get().relation().equals("acl") && sentence.tokens().get(head.get().governor()).isNoun()
                && sentence.children(head.get().governor(), "amod").stream()
                .anyMatch(a -> pack.has(WordList.RANKING_ADJECTIVES, a.word().toLowerCase(Locale.ROOT)));
    }

    private static boolean isPurposeClause(Sentence sentence, int trigger) {
        boolean infinitive = infinitiveMark(sentence, trigger).isPresent();
        Optional<Dependency> head = sentence.head(trigger);
        return infinitive && head.isPresent()
                && (head.get().relation().startsWith("acl") || head.get().relation().equals("advcl"));
    }

    /** "called for arming the rebels", "pushed for sending troops": a gerund clause a verb asks or plans for. */
    private static boolean forGerund(Sentence sentence, int token, String relation) {
        return relation.equals("advcl") && sentence.tokens().get(token).pos().equals("VBG")
                && sentence.children(token, "mark").stream().anyMatch(t -> t.word().equalsIgnoreCase("for"));
    }

    private static boolean isEmbedding(String relation) {
        return relation.equals("xcomp") || relation.equals("ccomp") || relation.startsWith("nmod")
                || relation.startsWith("obl") || relation.startsWith("acl") || relation.startsWith("obj");
    }

    private Optional<Modality> local(Sentence sentence, int trigger) {
        return local(sentence, trigger, true);
    }

    /**
     * The cues on the token itself; {@code denials} reads a denied modal of will or ability as a denial, which holds
     * for the token's own deed but not for an infinitive or a purpose below it ("would not hesitate to strike" is a
     * threat of a strike, not a strike denied) nor for its other conjuncts.
     */
    private Optional<Modality> local(Sentence sentence, int trigger, boolean denials) {
        for (Dependency child : sentence.children(trigger)) {
            Token token = sentence.tokens().get(child.dependent());
            String word = token.word().toLowerCase(Locale.ROOT);
            String relation = child.relation();
            Optional<Modality> found = switch (relation) {
                // "could not agree": a modal of will or ability denied denies the deed; "said the US would support
                // a new government": the future as it was told, not a condition
                case "aux" -> cue("denied", word).filter(m -> denials && negatedHere(sentence, trigger))
                        .or(() -> cue("told", word).filter(m -> told(sentence, trigger))).or(() -> cue("aux", word));
                case "advmod", "neg" -> cue("neg", word);
                case "det" -> word.equals("no") ? cue("neg", word) : Optional.empty();
                // "none of them had been detained", "no soldiers were hurt": a deed nobody underwent did not happen
                case "nsubj", "nsubj:pass", "nsubjpass" -> cue("subject", word).or(() -> sentence
                        .children(token.index(), "det").stream().map(d -> cue("subject", d.word()))
                        .flatMap(Optional::stream).findFirst());
                case "mark" -> cue("mark", word);
                case "amod" -> cue("amod", word);
                default -> Optional.empty();
            };
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * "could not agree", "will not send troops", "would not allow it": whether the trigger is negated, which turns a
     * modal of will or ability (cue relation "denied") from planned or supposed to not done; "may not" and "should
     * not" stay supposed. A condition opening the clause ("if he won't") is read before its auxiliary.
     */
    private boolean negatedHere(Sentence sentence, int trigger) {
        return Clauses.negated(sentence, trigger, word -> cue("neg", word).isPresent())
                || sentence.children(trigger, "neg").stream().anyMatch(n -> cue("neg", n.word()).isPresent());
    }

    /**
     * Whether the trigger's clause (or the clause it is coordinated with) is what a speech verb says: its
     * complement ("said it would"), or a clause the speech verb is set beside ("would review …, an official said"),
     * and no if-clause hangs on it.
     */
    private boolean told(Sentence sentence, int trigger) {
        int clause = sentence.head(trigger).filter(h -> h.relation().equals("conj") && h.governor() >= 0)
                .map(Dependency::governor).orElse(trigger);
        boolean conditional = sentence.children(trigger, "advcl").stream()
                .anyMatch(c -> conditional(sentence, c.index()));
        boolean complement = sentence.head(clause).filter(h -> h.relation().equals("ccomp") && h.governor() >= 0)
                .map(h -> sentence.tokens().get(h.governor())).filter(this::speech).isPresent();
        boolean beside = sentence.children(clause, "parataxis").stream().anyMatch(this::speech);
        return !conditional && (complement || beside);
    }

    private boolean speech(Token verb) {
        return cue("governor", verb.lemma()).filter(m -> m == Modality.REPORTED).isPresent();
    }

    /** Whether the sentence attributes its claim to a source ("according to"). */
    private boolean hasAccordingTo(Sentence sentence) {
        var tokens = sentence.tokens();
        for (String phrase : pack.words(WordList.ATTRIBUTION_PHRASES)) {
            String[] words = phrase.split(" ");
            for (int i = 0; i + words.length <= tokens.size(); i++) {
                boolean match = true;
                for (int j = 0; j < words.length && match; j++) {
                    match = tokens.get(i + j).word().equalsIgnoreCase(words[j]);
                }
                if (match) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The verb of happening ("began", "took place") whose subject the nominal trigger is, if it is one. */
    private Optional<Integer> happeningOf(Sentence sentence, int trigger) {
        return sentence.head(trigger).filter(h -> h.governor() >= 0 && h.relation().startsWith("nsubj")
                        && sentence.tokens().get(trigger).isNoun()
                        && cue("happening", sentence.tokens().get(h.governor()).lemma()).isPresent())
                .map(Dependency::governor);
    }

    private Optional<Modality> cue(String relation, String word) {
        return Optional.ofNullable(cues.get(relation + ":" + word.toLowerCase(Locale.ROOT)));
    }
}
