package org.sitrep.coding.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.sitrep.coding.syntax.Clauses;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * What a trigger's clause tells of the deed itself: a habit, a defeat, fire from afar, a war's toll, people or goods
 * taken rather than ground, an object that names rather than undergoes.
 */
final class DeedSenses {
    /** What a deed noun pointed back to may bear and still name nothing new ("the heavy attack, which killed …"). */
    private static final Set<String> POINTED_BACK_MODIFIERS = Set.of("det", "amod", "case", "punct");
    private final LanguagePack pack;

    DeedSenses(LanguagePack pack) {
        this.pack = pack;
    }

    /** "called Assad a butcher", "calling it a “heinous attack”": a second noun, no clause, names the object. */
    static boolean namesObject(Sentence sentence, Token trigger) {
        List<Dependency> children = sentence.children(trigger.index());
        return children.stream().filter(d -> d.relation().equals("obj")).count() > 1 || children.stream()
                .anyMatch(d -> (d.relation().equals("xcomp") || d.relation().equals("obl:npmod"))
                        && !sentence.tokens().get(d.dependent()).isVerb());
    }

    /**
     * "they have been defeated in Kobani", "forces defeated the rebels in eastern Aleppo": fighting told as won is over
     * and contests the place no longer.
     */
    boolean defeat(Token trigger) {
        return pack.has(WordList.DEFEAT_VERBS, trigger.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * "captured thousands of women", "soldiers captured in Anbar", "seized weapons in Mosul": a capture of people or
     * goods, whose place is where they were taken, not a place taken.
     */
    boolean takesPeopleOrGoods(Sentence sentence, Token trigger) {
        boolean passive = Clauses.isPassive(sentence, trigger.index());
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
                .map(h -> taken(sentence.tokens().get(h.governor()).lemma())).orElse(false)
                || goodsBeforeItsSubject(sentence, trigger);
    }

    /**
     * "thanks to the weapons the militants seized in Mosul", parsed with no object and the clause hung elsewhere: a
     * capture with no object whose subject follows right on a noun of people or goods is a clause on that noun.
     */
    private boolean goodsBeforeItsSubject(Sentence sentence, Token trigger) {
        if (!sentence.children(trigger.index(), "obj").isEmpty()) {
            return false;
        }
        return sentence.children(trigger.index(), "nsubj").stream().findFirst()
                .map(subject -> sentence.subtreeRange(subject.index())[0])
                .filter(first -> first > 0 && first < trigger.index())
                .map(first -> sentence.tokens().get(first - 1))
                .map(before -> before.isNoun() && taken(before.lemma())).orElse(false);
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
    boolean habitual(Sentence sentence, Token trigger) {
        if (!trigger.isPresentTense()) {
            return false;
        }
        Stream<Token> adverbs = Stream.concat(sentence.children(trigger.index(), "advmod").stream(),
                trigger.index() > 0 ? Stream.of(sentence.tokens().get(trigger.index() - 1)) : Stream.empty());
        return adverbs.anyMatch(a -> pack.has(WordList.HABITUAL_WORDS, a.word().toLowerCase(Locale.ROOT)));
    }

    /**
     * "Such figures are common in the aftermath of attacks", "strikes are rare there": a deed named by a bare plural
     * noun (no determiner, possessor or number) under a copular adjective of frequency is spoken of in general, no
     * happening; the guide codes no event from generic statements.
     */
    boolean generic(Sentence sentence, Token trigger) {
        if (!trigger.isNoun() || !trigger.pos().endsWith("S") || sentence.children(trigger.index()).stream()
                .anyMatch(d -> d.relation().equals("det") || d.relation().startsWith("nmod:poss")
                        || d.relation().equals("nummod"))) {
            return false;
        }
        // up the noun's phrases ("in the aftermath of attacks"), not across a clause of its own
        int at = trigger.index();
        for (int step = 0; step < 3; step++) {
            Optional<Dependency> head = sentence.head(at);
            if (head.isEmpty() || head.get().governor() < 0 || !(head.get().relation().startsWith("obl")
                    || head.get().relation().startsWith("nmod") || head.get().relation().startsWith("nsubj"))) {
                return false;
            }
            at = head.get().governor();
            Token governor = sentence.tokens().get(at);
            if (governor.pos().startsWith("JJ") && !sentence.children(at, "cop").isEmpty()) {
                return pack.has(WordList.FREQUENCY_ADJECTIVES, governor.lemma().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /**
     * "More than 300,000 people have been killed in the war", "killed since the conflict began": a toll the sentence
     * sets in a whole war counts the war's dead, a battle's by ACLED's rule, unless it names them as civilians.
     */
    boolean warToll(Sentence sentence, Token trigger) {
        if (!pack.has(WordList.DEATH_WORDS, trigger.lemma().toLowerCase(Locale.ROOT))) {
            return false; // "used chemical weapons in the war" is a deed of its own, not the war's toll
        }
        Predicate<Token> war = t -> t.isNoun()
                && pack.has(WordList.WAR_NOUNS, t.lemma().toLowerCase(Locale.ROOT));
        // "killed and displaced since the conflict began": the parse may hang the war's clause on a verb conjoined
        // with the death word, whose toll the clause sets all the same
        List<Token> verbs = new ArrayList<>(List.of(trigger));
        verbs.addAll(sentence.children(trigger.index(), "conj"));
        sentence.head(trigger.index()).filter(h -> h.governor() >= 0 && h.relation().equals("conj"))
                .map(h -> sentence.tokens().get(h.governor())).ifPresent(verbs::add);
        boolean inWar = verbs.stream().anyMatch(verb -> sentence.children(verb.index(), "obl").stream()
                .anyMatch(o -> war.test(o) && Clauses.hasCase(sentence, o.index(), "in"))
                || sentence.children(verb.index(), "advcl").stream()
                .anyMatch(clause -> sentence.children(clause.index(), "nsubj").stream().anyMatch(war)));
        boolean civilians = Stream.concat(sentence.children(trigger.index(), "obj").stream(),
                        sentence.children(trigger.index(), "nsubj:pass").stream())
                .flatMap(v -> Stream.concat(Stream.of(v), sentence.children(v.index(), "amod").stream()))
                .anyMatch(v -> pack.has(WordList.NONCOMBATANT_WORDS, v.lemma().toLowerCase(Locale.ROOT)));
        return inWar && !civilians;
    }

    /**
     * "The raid left nine people dead", "that strike, which killed 40": where every deed of the sentence ({@code
     * deeds}, the physical triggers) but the killings that count its dead is a noun its determiner points back to
     * ("the", "that"), the sentence tells the dead of a deed told before, not a new one; a noun that names more of
     * its deed (who did it, on whom: "the attacks carried out by jets", "the Russian raid") tells a deed of its own.
     */
    boolean toldBack(Sentence sentence, Set<Integer> deeds) {
        List<Token> named = deeds.stream().map(deed -> sentence.tokens().get(deed))
                .filter(deed -> !pack.has(WordList.TOLL_VERBS, deed.lemma().toLowerCase(Locale.ROOT))).toList();
        List<Integer> killings = deeds.stream().filter(deed -> pack.has(WordList.TOLL_VERBS,
                sentence.tokens().get(deed).lemma().toLowerCase(Locale.ROOT))).toList();
        // a relative clause may only tell the dead ("that attack, which killed 40"), not who did it ("the attacks
        // carried out by jets", which the parser may hang the same way)
        return !named.isEmpty() && named.stream().allMatch(deed -> deed.isNoun()
                && sentence.children(deed.index(), "det").stream()
                .anyMatch(d -> pack.has(WordList.ANAPHORIC_DETERMINERS, d.word().toLowerCase(Locale.ROOT)))
                && sentence.children(deed.index()).stream().allMatch(d -> POINTED_BACK_MODIFIERS.contains(d.relation())
                        || d.relation().equals("acl:relcl")
                        && killings.stream().anyMatch(k -> below(sentence, k, d.dependent())))
                && !subjectOfAnotherVerb(sentence, deed));
    }

    /** "the attacks carried out by jets", parsed as a clause: the noun is the subject of a verb that is no killing. */
    private boolean subjectOfAnotherVerb(Sentence sentence, Token noun) {
        return sentence.head(noun.index()).filter(h -> h.relation().startsWith("nsubj") && h.governor() >= 0
                && !pack.has(WordList.TOLL_VERBS, sentence.tokens().get(h.governor()).lemma().toLowerCase(Locale.ROOT)))
                .isPresent();
    }

    /** Whether {@code token} is {@code ancestor} or lies a few relations below it. */
    private static boolean below(Sentence sentence, int token, int ancestor) {
        int current = token;
        for (int depth = 0; depth < 4 && current >= 0; depth++) {
            if (current == ancestor) {
                return true;
            }
            current = sentence.head(current).map(Dependency::governor).orElse(-1);
        }
        return false;
    }

    /**
     * "a monitor said 31 people were killed", "the toll says 12 were killed": a killing told with no other deed in its
     * sentence ({@code deeds}, the physical triggers) and no means, cause or setting of its own (no oblique phrase; an
     * active subject, if any, only a noun with its determiner) tells the dead and no deed; "were killed by shells
     * that hit the market", "attacks carried out by jets killed 31", "shells fell on the town, killing four" tell one.
     */
    boolean onlyTheDead(Sentence sentence, Token trigger, Set<Integer> deeds) {
        if (!trigger.isVerb() || !pack.has(WordList.TOLL_VERBS, trigger.lemma().toLowerCase(Locale.ROOT))
                || deeds.stream().anyMatch(deed -> deed != trigger.index())) {
            return false;
        }
        List<Dependency> children = sentence.children(trigger.index());
        // "fired shells, killing four": a killing that hangs on another verb is its outcome (only the sentence's own
        // verb or what a source says stands alone); "were killed as the army stepped up its raids": a clause of its
        // own tells how
        boolean outcome = sentence.head(trigger.index()).filter(h -> h.governor() >= 0)
                .map(h -> !h.relation().equals("ccomp")).orElse(false);
        // "Elsewhere, 12 people were killed": an adverb fronted before the subject sets the count apart as well
        int subject = children.stream().filter(d -> d.relation().startsWith("nsubj")).mapToInt(Dependency::dependent)
                .min().orElse(trigger.index());
        boolean setting = outcome || children.stream().anyMatch(d -> d.relation().startsWith("obl")
                || d.relation().startsWith("advcl") || d.relation().equals("advmod") && d.dependent() < subject);
        boolean namedDoer = children.stream().filter(d -> d.relation().equals("nsubj"))
                .anyMatch(d -> sentence.children(d.dependent()).stream().anyMatch(m -> !m.relation().equals("det")));
        return !setting && !namedDoer;
    }

    /**
     * "dropped a barrel bomb containing poisonous chemicals", "fired rockets with poisonous gas heads", "used chlorine
     * gas to attack the town": a strike whose means, what it acts on or what the verb it serves acts on, carries a
     * chemical word is a chemical attack, which the guide codes as an assault.
     */
    boolean chemicalMeans(Sentence sentence, Token trigger) {
        List<Token> means = new ArrayList<>(actedOn(sentence, trigger));
        sentence.head(trigger.index()).filter(h -> h.governor() >= 0
                        && (h.relation().equals("xcomp") || h.relation().startsWith("advcl")))
                .ifPresent(h -> means.addAll(actedOn(sentence, sentence.tokens().get(h.governor()))));
        // the means itself ("chlorine gas") or what it carries ("a bomb containing chemicals", "rockets with gas
        // heads"), not a word naming the object ("struck a chemical plant", "shelled the gas field")
        return means.stream().anyMatch(noun -> pack.has(WordList.CHEMICAL_WORDS, noun.lemma().toLowerCase(Locale.ROOT))
                || sentence.children(noun.index()).stream()
                .filter(d -> d.relation().startsWith("nmod") && Clauses.hasCase(sentence, d.dependent(), "with")
                        || d.relation().equals("acl"))
                .anyMatch(d -> carriesChemical(sentence, sentence.tokens().get(d.dependent()), 2)));
    }

    private static List<Token> actedOn(Sentence sentence, Token verb) {
        return sentence.children(verb.index()).stream()
                .filter(d -> d.relation().equals("obj") || d.relation().equals("nsubj:pass"))
                .map(d -> sentence.tokens().get(d.dependent())).filter(Token::isNoun).toList();
    }

    /** Whether the noun, its modifiers or what they carry, within {@code depth} steps, is a chemical word. */
    private boolean carriesChemical(Sentence sentence, Token token, int depth) {
        if (pack.has(WordList.CHEMICAL_WORDS, token.lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return depth > 0 && sentence.children(token.index()).stream()
                .filter(d -> d.relation().equals("compound") || d.relation().equals("amod")
                        || d.relation().startsWith("nmod") || d.relation().equals("acl") || d.relation().equals("obj"))
                .anyMatch(d -> carriesChemical(sentence, sentence.tokens().get(d.dependent()), depth - 1));
    }

    /**
     * "Rockets killed two", "killed in an airstrike", "attacks with rocket shells", "targeted the district with
     * mortars, killing a boy": the deed, or the verb it is a participle or conjunct of, is done by fire from afar.
     */
    boolean remoteFire(Sentence sentence, Token trigger) {
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
        if (trigger.isNoun()) {
            // "mounted attacks on the city, firing rockets": the clauses of the verb an attack noun is the object of
            sentence.head(trigger.index()).filter(h -> h.governor() >= 0 && h.relation().equals("obj"))
                    .map(h -> sentence.tokens().get(h.governor())).ifPresent(verb -> sentence.children(verb.index())
                            .stream().filter(d -> d.relation().startsWith("advcl"))
                            .forEach(d -> verbs.add(sentence.tokens().get(d.dependent()))));
            // "wounded in attacks with rocket shells": the with-phrase the parse hangs on the verb the attack noun is
            // an oblique of
            sentence.head(trigger.index()).filter(h -> h.governor() >= 0 && h.relation().startsWith("obl"))
                    .ifPresent(h -> sentence.children(h.governor()).stream().filter(d -> d.relation().startsWith("obl")
                                    && Clauses.hasCase(sentence, d.dependent(), "with"))
                            .forEach(d -> means.add(sentence.tokens().get(d.dependent()))));
        }
        verbs.stream().filter(Token::isVerb).forEach(verb -> sentence.children(verb.index()).stream()
                .filter(d -> d.relation().equals("obj") || d.relation().equals("nsubj")
                        || d.relation().startsWith("obl"))
                .forEach(d -> means.add(sentence.tokens().get(d.dependent()))));
        // "killed in the shelling": a gerund with a determiner is the noun of the deed
        return means.stream().filter(t -> t.isNoun() || t.pos().equals("VBG")
                        && !sentence.children(t.index(), "det").isEmpty()).anyMatch(noun -> remoteNoun(sentence, noun)
                || sentence.children(noun.index()).stream().filter(d -> d.relation().startsWith("nmod")
                        && Clauses.hasCase(sentence, d.dependent(), "with"))
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
     * The verb's object stands alone: no noun before it ("energy security") and no of-phrase after it ("the security of
     * the app"), save a noun the pattern names itself ("security precautions").
     */
    static boolean bareObject(Sentence sentence, Token verb, EventPattern pattern) {
        List<Token> objects = new ArrayList<>(sentence.children(verb.index(), "obj"));
        objects.addAll(sentence.children(verb.index(), "nsubj:pass"));
        return objects.stream().flatMap(o -> sentence.children(o.index()).stream()).noneMatch(d ->
                d.relation().equals("compound") && !pattern.condition().contains(
                        sentence.tokens().get(d.dependent()).lemma().toLowerCase(Locale.ROOT))
                || d.relation().startsWith("nmod") && Clauses.hasCase(sentence, d.dependent(), "of"));
    }

    /** Whether a deed's object is a reciprocal pronoun of the pack ("blamed each other", "accuse one another"). */
    boolean reciprocal(Sentence sentence, Token trigger) {
        return sentence.children(trigger.index(), "obj").stream().filter(object -> object.index() > 0)
                .anyMatch(object -> pack.has(WordList.RECIPROCAL_PRONOUNS, (sentence.tokens().get(object.index() - 1)
                        .word() + " " + object.word()).toLowerCase(Locale.ROOT)));
    }

    /** An active subject of the clause that is a noun, not a pronoun: "a rebel opened fire", not "we opened fire". */
    static boolean describedDoer(Sentence sentence, int clause) {
        return sentence.children(clause).stream().filter(d -> d.relation().equals("nsubj"))
                .map(d -> sentence.tokens().get(d.dependent())).anyMatch(t -> t.pos().startsWith("NN"));
    }

    /**
     * "A man carries a child at the scene of an air strike", "residents inspect a building after jets pounded the
     * town": a sentence whose main verb shows in the present what a picture shows is a photo's caption, and the
     * deeds it names are the story's, told in its text; the guide codes no event from a caption. A verb with a
     * clause of its own or a particle ("jets carry out strikes") tells no picture.
     */
    boolean caption(Sentence sentence, Token trigger) {
        return sentence.root().filter(root -> root != trigger.index()).map(root -> sentence.tokens().get(root))
                .filter(root -> root.isPresentTense() && !sentence.children(root.index(), "nsubj").isEmpty()
                        && sentence.children(root.index(), "xcomp").isEmpty()
                        && sentence.children(root.index(), "ccomp").isEmpty()
                        && sentence.children(root.index(), "compound:prt").isEmpty())
                .filter(root -> pack.has(WordList.CAPTION_VERBS, root.lemma().toLowerCase(Locale.ROOT)))
                .isPresent();
    }
}
