package org.sitrep.coding.fatalities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.coding.syntax.Clauses;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Reads how many people a sentence says were killed, by ACLED's rules: deaths only ("killing 24 people", "left 84
 * dead", "the death toll rose to 30"), vague figures by the pack's {@code counts.tsv} ("dozens" = 12), the most
 * conservative figure where several are given, none where deaths are reported without a number.
 */
public final class FatalityCounter {
    private static final Set<String> NOT_COUNTS = Set.of("DATE", "TIME", "DURATION", "ORDINAL", "PERCENT", "MONEY",
            "SET");
    /** How far below a deed its toll may hang ("attack … that left 84 dead"). */
    private static final int MAX_DEPTH = 4;
    private final LanguagePack pack;
    private final Map<String, Integer> counts = new HashMap<>();

    public FatalityCounter(LanguagePack pack) {
        this.pack = pack;
        List<String> numbers = pack.words(WordList.NUMBER_WORDS);
        for (int i = 0; i < numbers.size(); i++) {
            counts.put(numbers.get(i), i + 1);
        }
        for (String[] row : pack.rows("counts.tsv")) {
            counts.put(row[0].toLowerCase(Locale.ROOT), Integer.parseInt(row[1]));
        }
    }

    /**
     * The deaths the sentence gives to the deed at {@code trigger}, one of the sentence's {@code deeds}: a toll the
     * parse ties to it ("a truck attack that left 84 dead", "the strikes killed 40", "were killed in airstrikes"),
     * else the sentence's first toll unless the parse names another deed as its cause ("clashed in Aleppo, while a
     * car bomb killed 12": not the clashes'). The first, as the most conservative report: "some 865 people killed,
     * including 50 civilians" is 865; the part is not a second report.
     */
    public Optional<Integer> count(Sentence sentence, int trigger, Set<Integer> deeds) {
        return toll(sentence, trigger, deeds).map(Toll::deaths);
    }

    /** The death word of the toll {@link #count} gives the deed ("killed" in "that killed 34 people"), if any. */
    public Optional<Integer> deathWord(Sentence sentence, int trigger, Set<Integer> deeds) {
        return toll(sentence, trigger, deeds).map(Toll::deathWord);
    }

    private Optional<Toll> toll(Sentence sentence, int trigger, Set<Integer> deeds) {
        List<Toll> tolls = tolls(sentence);
        Optional<Toll> own = tolls.stream().filter(t -> tied(sentence, t.deathWord(), trigger)).findFirst();
        if (own.isPresent()) {
            return own;
        }
        return tolls.stream().findFirst().filter(t -> deedCause(sentence, t.deathWord(), deeds).isEmpty()
                && !namedDeed(t.deathWord(), trigger, deeds, sentence));
    }

    /**
     * Whether the death word is another deed of the sentence that names its own killing ("300 men were executed
     * when the group stormed the town"): its dead are that deed's, not the storming's. A bare "killed" is no such
     * deed (the toll folder gives it to the violence it tells the toll of), nor is one below the trigger ("an attack
     * which saw 60 worshippers slaughtered") or the trigger's own word told again ("beheaded eight … beheaded"); a
     * side's loss ("lost 40 men", itself a deed when it is of ground) names no killing of its own.
     */
    private boolean namedDeed(int death, int trigger, Set<Integer> deeds, Sentence sentence) {
        String lemma = sentence.tokens().get(death).lemma().toLowerCase(Locale.ROOT);
        return death != trigger && deeds.contains(death) && pack.has(WordList.DEATH_WORDS, lemma)
                && !pack.has(WordList.TOLL_VERBS, lemma)
                && !within(sentence, death, trigger)
                && !lemma.equals(sentence.tokens().get(trigger).lemma().toLowerCase(Locale.ROOT));
    }

    /** The deed among {@code deeds} that a death word names as what killed ("a car bomb killed 12"), if any. */
    static Optional<Integer> deedCause(Sentence sentence, int death, Set<Integer> deeds) {
        List<Integer> causes = causesOf(sentence, death);
        return deeds.stream().filter(d -> d != death && causes.stream()
                .anyMatch(cause -> d == cause || samePhrase(sentence, d, cause))).findFirst();
    }

    /** "bomb attack", "coalition strikes": the deed's word and the cause are one noun phrase. */
    private static boolean samePhrase(Sentence sentence, int a, int b) {
        return sentence.head(a).filter(h -> h.governor() == b && h.relation().startsWith("compound")).isPresent()
                || sentence.head(b).filter(h -> h.governor() == a && h.relation().startsWith("compound")).isPresent();
    }

    private record Toll(int deathWord, int deaths) {
    }

    /**
     * Whether the word's subject, or the noun its relative clause describes, is a whole war ("a conflict that has
     * killed N people"): a tally of the war, no deed's toll and no deed of its own.
     */
    public boolean warTally(Sentence sentence, int word) {
        java.util.function.IntPredicate war = i -> pack.has(WordList.WAR_NOUNS,
                sentence.tokens().get(i).lemma().toLowerCase(Locale.ROOT));
        boolean subject = sentence.children(word, "nsubj").stream().anyMatch(t -> war.test(t.index()));
        return subject || sentence.head(word).filter(h -> h.relation().equals("acl:relcl")
                && h.governor() >= 0 && war.test(h.governor())).isPresent();
    }

    private List<Toll> tolls(Sentence sentence) {
        List<Toll> tolls = new ArrayList<>();
        for (Token token : sentence.tokens()) {
            if (warTally(sentence, token.index())) {
                continue;
            }
            if (pack.has(WordList.DEATH_WORDS, token.lemma()) && !oneOfAlternatives(sentence, token.index())) {
                near(sentence, token.index()).ifPresent(n -> tolls.add(new Toll(token.index(), n)));
            } else if (pack.has(WordList.LOSS_WORDS, token.lemma())) {
                peopleLost(sentence, token.index()).ifPresent(n -> tolls.add(new Toll(token.index(), n)));
            }
        }
        return tolls;
    }

    /**
     * Whether the death word is offered as one of two fates ("hundreds were killed or injured", "killed or
     * missing"): the figure counts both, so it is no count of deaths.
     */
    private boolean oneOfAlternatives(Sentence sentence, int death) {
        java.util.function.IntPredicate alternative = conjunct -> sentence.children(conjunct, "cc").stream()
                .anyMatch(cc -> pack.has(WordList.ALTERNATIVE_CONJUNCTIONS, cc.word()));
        boolean offersOther = sentence.children(death, "conj").stream()
                .anyMatch(c -> !pack.has(WordList.DEATH_WORDS, c.lemma()) && alternative.test(c.index()));
        boolean isOther = sentence.head(death).filter(h -> h.relation().equals("conj") && h.governor() >= 0
                && !pack.has(WordList.DEATH_WORDS, sentence.tokens().get(h.governor()).lemma())).isPresent()
                && alternative.test(death);
        return offersOther || isOther;
    }

    /**
     * The dead a side's loss counts ("lost more than 10,000 troops", "losing some 11,000 soldiers", "the loss of 50
     * fighters"): the figure on what is lost, where that is people; a loss of towns, ground or tanks is none.
     */
    private Optional<Integer> peopleLost(Sentence sentence, int loss) {
        return sentence.children(loss).stream()
                .filter(d -> d.relation().equals("obj") || d.relation().startsWith("obl")
                        || d.relation().startsWith("nmod"))
                .map(Dependency::dependent)
                .filter(i -> pack.has(WordList.LOST_PEOPLE_NOUNS, sentence.tokens().get(i).word())
                        || pack.has(WordList.LOST_PEOPLE_NOUNS, sentence.tokens().get(i).lemma()))
                .map(i -> figureOf(sentence, i)).flatMap(Optional::stream).findFirst();
    }

    /**
     * The death word is the deed ("killed"), names it as its cause ("the strikes killed 40"), or, naming no cause,
     * lies below it ("attack that left 84 dead", "bombed Idlib, killing 22"); a clause below the deed with a cause
     * of its own ("clashed, while a bomb attack killed 12") is another deed's toll.
     */
    private static boolean tied(Sentence sentence, int death, int trigger) {
        if (death == trigger) {
            return true;
        }
        List<Integer> causes = causesOf(sentence, death);
        return !causes.isEmpty() ? causes.stream().anyMatch(c -> c == trigger || within(sentence, trigger, c))
                : within(sentence, death, trigger);
    }

    /** Whether {@code token} lies below {@code ancestor}, a few relations down. */
    private static boolean within(Sentence sentence, int token, int ancestor) {
        int current = token;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            Optional<Dependency> head = sentence.head(current);
            if (head.isEmpty() || head.get().governor() < 0) {
                return false;
            }
            current = head.get().governor();
            if (current == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * The nouns a death verb names as what killed: its subject, or its agent or "in" phrase when passive, with the
     * nouns coordinated with it ("clashes and air strikes killed 30"; the parser also reads "… killed 12 civilians
     * and an air strike … killed 30" with the strike as the second verb's subject beside the civilians).
     */
    private static List<Integer> causesOf(Sentence sentence, int death) {
        boolean passive = Clauses.isPassive(sentence, death);
        Optional<Integer> first = sentence.children(death).stream()
                .filter(d -> (!passive && d.relation().equals("nsubj")) || (passive && d.relation().startsWith("obl")))
                .map(Dependency::dependent)
                .filter(i -> sentence.tokens().get(i).isNoun() && !sentence.tokens().get(i).isProperNoun())
                .findFirst();
        if (first.isEmpty()) {
            // "an attack on a town that killed 89 people": the noun a relative clause describes is what killed
            first = sentence.head(death).filter(h -> h.relation().equals("acl:relcl") && h.governor() >= 0
                    && sentence.tokens().get(h.governor()).isNoun()
                    && !sentence.tokens().get(h.governor()).isProperNoun()).map(Dependency::governor);
        }
        List<Integer> causes = new ArrayList<>();
        first.ifPresent(cause -> {
            causes.add(cause);
            sentence.children(cause, "conj").stream().filter(t -> t.isNoun() && !t.isProperNoun())
                    .forEach(t -> causes.add(t.index()));
        });
        return causes;
    }

    /**
     * A figure on the death word, on its subject or object ("24 people were killed"), or beside it ("left 84
     * dead").
     */
    private Optional<Integer> near(Sentence sentence, int death) {
        return figured(sentence, death).or(() -> namedVictims(sentence, death));
    }

    private Optional<Integer> figured(Sentence sentence, int death) {
        Optional<Integer> own = figureOf(sentence, death);
        if (own.isPresent() || amongTheDead(sentence, death)) {
            return own; // "among the 28 dead" is the toll; "four children were among the dead" a part of one
        }
        // the dead of an active death verb are its object, whatever figure its subject bears ("three gunmen killed
        // 30 people", or the parser's "… killed 12 civilians and an air strike … killed 30" with the 12 as subject)
        List<Dependency> children = new ArrayList<>(sentence.children(death));
        children.sort(java.util.Comparator.comparing(d -> !d.relation().equals("obj")));
        for (Dependency child : children) {
            // "iobj": "killing 14 people the monitor reported", unpunctuated, parsed with the dead as a second object
            String relation = child.relation();
            boolean part = Clauses.markedBy(pack, sentence, child.dependent(), WordList.MEMBER_PREPOSITIONS);
            if (!part && (relation.startsWith("nsubj") || relation.endsWith("obj") || relation.startsWith("obl")
                    || relation.startsWith("nmod"))) {
                Optional<Integer> found = figureOf(sentence, child.dependent());
                if (found.isEmpty() && relation.startsWith("nsubj")) {
                    found = looseCounted(sentence, child.dependent());
                }
                if (found.isPresent() && !partOfTheDead(sentence, child.dependent(), death)) {
                    return found;
                }
            }
        }
        Optional<Integer> unparsed = subjectBeforeAuxiliary(sentence, death)
                .or(() -> objectAfterVerb(sentence, death));
        if (unparsed.isPresent()) {
            return unparsed;
        }
        Optional<Dependency> head = sentence.head(death);
        if (head.isPresent() && head.get().governor() >= 0) {
            String relation = head.get().relation();
            int governor = head.get().governor();
            boolean describes = relation.startsWith("acl") || relation.equals("amod")
                    || relation.equals("dep") && sentence.tokens().get(governor).isNoun();
            if (describes) {
                // "24 people killed", "84 dead civilians"; "reports of 865 people killed": the noun just before
                // where the parse hangs the participle higher up
                Optional<Integer> described = figureOf(sentence, governor);
                return described.isPresent() || death == 0 || !sentence.tokens().get(death - 1).isNoun() ? described
                        : figureOf(sentence, death - 1);
            }
            if (relation.startsWith("nsubj")) {
                // "the death toll rose to 30"
                for (Dependency sibling : sentence.children(governor)) {
                    if (sibling.relation().startsWith("obl") || sibling.relation().equals("obj")) {
                        Optional<Integer> found = figureOf(sentence, sibling.dependent());
                        if (found.isPresent()) {
                            return found;
                        }
                    }
                }
            }
            if (relation.equals("xcomp")) {
                // "left 84 dead": the figure is the object of the verb the death word completes; "two policemen were
                // shot dead": its passive subject
                boolean passive = Clauses.isPassive(sentence, governor);
                for (Dependency sibling : sentence.children(governor)) {
                    if (sibling.relation().equals("obj") || passive && sibling.relation().startsWith("nsubj")) {
                        Optional<Integer> found = figureOf(sentence, sibling.dependent());
                        if (found.isPresent()) {
                            return found;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "In the province 10 fighters were killed and 19 wounded", unpunctuated, where the parser hangs the counted noun
     * elsewhere and leaves the passive death verb no subject: the noun right before its auxiliary is its subject.
     */
    private Optional<Integer> subjectBeforeAuxiliary(Sentence sentence, int death) {
        List<Dependency> children = sentence.children(death);
        if (children.stream().anyMatch(d -> d.relation().startsWith("nsubj"))) {
            return Optional.empty();
        }
        return children.stream().filter(d -> d.relation().equals("aux:pass") && d.dependent() < death)
                .map(Dependency::dependent).findFirst()
                .filter(aux -> aux > 0 && sentence.tokens().get(aux - 1).isNoun())
                .flatMap(aux -> figureOf(sentence, aux - 1));
    }

    /**
     * "fire on the town killed another two civilians the monitor said", unpunctuated, where the parser hangs the dead
     * on the verb of saying and leaves the active death verb no object: the counted noun right after it, past its
     * determiners and figures, is its object.
     */
    private Optional<Integer> objectAfterVerb(Sentence sentence, int death) {
        Token word = sentence.tokens().get(death);
        if (!word.isVerb() || Clauses.isPassive(sentence, death)
                || sentence.children(death).stream().anyMatch(d -> d.relation().endsWith("obj"))) {
            return Optional.empty();
        }
        List<Token> tokens = sentence.tokens();
        for (int i = death + 1; i < tokens.size() && i <= death + 4; i++) {
            Token next = tokens.get(i);
            if (next.isNoun()) {
                return figureOf(sentence, i);
            }
            if (!next.pos().equals("DT") && !next.pos().equals("CD") && !next.pos().startsWith("JJ")
                    && !next.pos().startsWith("RB")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "60 people many of whom were children were killed", unpunctuated: the parser makes the part the subject and
     * hangs the counted noun on it as a loose dependent, before it.
     */
    private Optional<Integer> looseCounted(Sentence sentence, int subject) {
        return sentence.children(subject).stream()
                .filter(d -> d.relation().equals("dep") && d.dependent() < subject
                        && sentence.tokens().get(d.dependent()).isNoun())
                .map(d -> figureOf(sentence, d.dependent())).flatMap(Optional::stream).findFirst();
    }

    /**
     * The dead a toll names without a figure, one each where every one is a person ("killed a commander", "the
     * beheading of a named hostage", "another was killed in Hama", "the lives of a teacher and his son" 2); none
     * where one of them is uncounted ("a teacher and the pupils").
     */
    private Optional<Integer> namedVictims(Sentence sentence, int death) {
        Token word = sentence.tokens().get(death);
        if (amongTheDead(sentence, death)) {
            return Optional.empty();
        }
        Optional<Dependency> head = sentence.head(death);
        if (!word.isVerb() && !word.isNoun() && head.isPresent() && head.get().governor() >= 0
                && (head.get().relation().equals("xcomp") || head.get().relation().equals("obj"))) {
            // "was shot dead", "shot dead a policeman": the dead are the victims of the verb the word completes (the
            // parser may make the word its object)
            return victimsOf(sentence, head.get().governor());
        }
        if (!word.isVerb() && !word.isNoun() && head.isPresent() && head.get().governor() >= 0
                && head.get().relation().equals("amod")) {
            // "shot dead Colonel Haddad", parsed with the word describing the one it names dead
            return ones(sentence, head.get().governor());
        }
        return victimsOf(sentence, death);
    }

    private Optional<Integer> victimsOf(Sentence sentence, int death) {
        Token word = sentence.tokens().get(death);
        boolean passive = Clauses.isPassive(sentence, death) || word.pos().equals("VBN")
                && sentence.children(death, "aux").stream()
                .noneMatch(a -> pack.has(WordList.PERFECT_AUXILIARY_LEMMAS, a.lemma()));
        for (Dependency child : sentence.children(death)) {
            // an active verb's subject is what killed, even where the parse leaves it no object ("a car bomb killed")
            String relation = child.relation();
            boolean victim = word.isVerb()
                    ? passive ? relation.startsWith("nsubj") : relation.endsWith("obj")
                    : word.isNoun() && (relation.equals("nmod:poss") || relation.equals("nmod")
                            && Clauses.markedBy(pack, sentence, child.dependent(),
                                    WordList.PARTITIVE_PREPOSITIONS));
            Optional<Integer> counted = victim ? ones(sentence, relativeAntecedent(sentence, child.dependent()))
                    : Optional.empty();
            if (counted.isPresent()) {
                // the first victim that counts: the parser may hang a place before it as a second subject ("Aleppo
                // In the same context a woman was killed")
                return counted.map(n -> n + companions(sentence, death));
            }
        }
        return Optional.empty();
    }

    /** "Hassan, who was killed": the person a relative pronoun stands for. */
    private static int relativeAntecedent(Sentence sentence, int noun) {
        String pos = sentence.tokens().get(noun).pos();
        if (!pos.equals("WP") && !pos.equals("WDT")) {
            return noun;
        }
        return sentence.head(noun).flatMap(h -> sentence.head(h.governor()))
                .filter(h -> h.relation().equals("acl:relcl") && h.governor() >= 0).map(Dependency::governor)
                .orElse(noun);
    }

    /**
     * "killed along with his driver and a guard": one dead for each companion the death verb names ("killed
     * with a knife" names none: only "along with", "together with" add the dead).
     */
    private int companions(Sentence sentence, int death) {
        return sentence.children(death).stream()
                .filter(d -> d.relation().startsWith("obl") && companionMarked(sentence, d.dependent()))
                .map(d -> ones(sentence, d.dependent())).flatMap(Optional::stream).mapToInt(Integer::intValue).sum();
    }

    private boolean companionMarked(Sentence sentence, int noun) {
        return sentence.children(noun, "case").stream().anyMatch(marker -> marker.index() > 0
                && pack.has(WordList.COMPANION_PREPOSITIONS, marker.word())
                && pack.has(WordList.COMPANION_ADVERBS, sentence.tokens().get(marker.index() - 1).word()));
    }

    /** One dead for each person the noun and its conjuncts name, if each is one ("a teacher and his son" 2). */
    private Optional<Integer> ones(Sentence sentence, int noun) {
        Token token = sentence.tokens().get(noun);
        if (!one(sentence, token, false)) {
            return Optional.empty();
        }
        int sum = 1;
        for (Token conjunct : sentence.children(noun, "conj")) {
            if (!conjunct.isNoun()) {
                continue;
            }
            Optional<Integer> figure = figureOf(sentence, conjunct.index());
            if (figure.isEmpty() && !one(sentence, conjunct, true)) {
                return Optional.empty(); // "a teacher and the pupils": the pupils uncounted
            }
            sum += figure.orElse(1);
        }
        for (Dependency child : sentence.children(noun)) {
            // "a woman with four of her children": the figure the companions bear
            if (child.relation().startsWith("nmod")
                    && Clauses.markedBy(pack, sentence, child.dependent(), WordList.COMPANION_PREPOSITIONS)) {
                sum += value(sentence, sentence.tokens().get(child.dependent())).orElse(0);
            }
        }
        return Optional.of(sum);
    }

    /**
     * A name of a person, or a singular noun that a single determiner (or, in a list, a possessive) makes one, or a
     * noun of one person with a definite article.
     */
    private boolean one(Sentence sentence, Token token, boolean listed) {
        if (token.ner().equals("PERSON") && token.isProperNoun()
                || pack.has(WordList.SINGLE_DETERMINERS, token.word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (!token.pos().equals("NN") || pack.has(WordList.DEATH_WORDS, token.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        // "the fighter was killed": a definite noun of one person is one dead ("the family", "the unit" are not)
        boolean person = pack.has(WordList.SINGLE_PERSON_NOUNS, token.lemma());
        return sentence.children(token.index()).stream().anyMatch(d -> d.relation().equals("det")
                && (pack.has(WordList.SINGLE_DETERMINERS, sentence.tokens().get(d.dependent()).word())
                        || person && pack.has(WordList.DEFINITE_ARTICLES, sentence.tokens().get(d.dependent()).word()))
                || listed && d.relation().equals("nmod:poss"));
    }

    /**
     * Whether the death word names only the dead that a figure takes a part out of ("six of those killed were
     * fighters", "four children were among the dead"): a part of a toll, no deed of its own.
     */
    public boolean partOfTheDeadTold(Sentence sentence, int death) {
        if (!pack.has(WordList.DEATH_WORDS, sentence.tokens().get(death).lemma().toLowerCase(Locale.ROOT))
                || figureOf(sentence, death).isPresent()) {
            return false; // "among the 28 dead": the toll itself
        }
        return amongTheDead(sentence, death) || sentence.tokens().stream().anyMatch(t ->
                value(sentence, t).isPresent() && partOfTheDead(sentence, t.index(), death));
    }

    /** Whether the death word names the dead a part is counted among ("among the dead", "among those killed"). */
    private boolean amongTheDead(Sentence sentence, int death) {
        if (Clauses.markedBy(pack, sentence, death, WordList.MEMBER_PREPOSITIONS)) {
            return true;
        }
        return sentence.head(death).filter(h -> h.relation().startsWith("acl") && h.governor() >= 0
                && Clauses.markedBy(pack, sentence, h.governor(), WordList.MEMBER_PREPOSITIONS)).isPresent();
    }

    /**
     * Whether the figure takes a part out of the dead the death word names ("six of those killed were fighters",
     * "six of the dead"): the parse hangs the partitive phrase on the figure, with the death word as its noun, right
     * after its determiner, or describing it.
     */
    private boolean partOfTheDead(Sentence sentence, int figure, int death) {
        return sentence.children(figure).stream()
                .filter(d -> d.relation().startsWith("nmod")
                        && Clauses.markedBy(pack, sentence, d.dependent(), WordList.PARTITIVE_PREPOSITIONS))
                .map(Dependency::dependent)
                .anyMatch(whole -> whole == death || whole + 1 == death
                        || sentence.head(death).filter(h -> h.governor() == whole).isPresent());
    }

    /**
     * The token itself as a figure, or its number modifier ("24 people", "dozens of civilians"), the nearest where
     * the parse hangs more than one on it ("Get short URL 9427 At least 10 civilians": 10).
     */
    private Optional<Integer> figureOf(Sentence sentence, int index) {
        Optional<Integer> own = value(sentence, sentence.tokens().get(index));
        if (own.isPresent()) {
            return figureAcrossAVerb(sentence, index).or(() -> multiplied(sentence, index, own.get()));
        }
        Optional<Integer> nearest = Optional.empty();
        int distance = Integer.MAX_VALUE;
        for (Dependency child : sentence.children(index)) {
            // "left 84 dead" is sometimes parsed with the figure as a loose dependent of the death word
            boolean looseFigure = child.relation().equals("dep")
                    && sentence.tokens().get(child.dependent()).pos().equals("CD");
            if (child.relation().equals("nummod") || child.relation().equals("amod") || looseFigure) {
                Optional<Integer> found = value(sentence, sentence.tokens().get(child.dependent()));
                if (found.isPresent() && Math.abs(child.dependent() - index) < distance) {
                    nearest = found;
                    distance = Math.abs(child.dependent() - index);
                }
            }
        }
        if (nearest.isEmpty() && sentence.tokens().get(index).ner().equals("PERSON")) {
            // "killed Colonel Haddad and two others": the one named and the others counted
            int others = conjoinedFigures(sentence, index);
            return others > 0 ? Optional.of(1 + others) : Optional.empty();
        }
        return nearest.map(n -> n + conjoinedFigures(sentence, index));
    }

    /**
     * "killed three women and their five children", "90 militants and 40 mercenaries were killed": the dead of
     * nouns coordinated with the counted one, each with its own figure, are counted too (a bare figure coordinated
     * with it is not: "7 soldiers and 30 wounded"). Where the counted noun is itself a death word, its conjuncts
     * count other things ("three deaths and 22 injuries").
     */
    private int conjoinedFigures(Sentence sentence, int index) {
        if (pack.has(WordList.DEATH_WORDS, sentence.tokens().get(index).lemma().toLowerCase(Locale.ROOT))) {
            return 0;
        }
        int sum = 0;
        for (Token conjunct : sentence.children(index, "conj")) {
            if (conjunct.isNoun() && value(sentence, conjunct).isEmpty() && !wounded(sentence, conjunct)) {
                for (Token modifier : sentence.children(conjunct.index(), "nummod")) {
                    sum += value(sentence, modifier).orElse(0);
                }
            }
        }
        return sum;
    }

    /**
     * Whether a conjunct counts the wounded ("three civilians dead and six others injured", "7 soldiers and 30
     * wounded"): the word is a wound, or a wound describes it or follows it.
     */
    private boolean wounded(Sentence sentence, Token conjunct) {
        java.util.function.Predicate<Token> wound = t -> pack.has(WordList.INJURY_WORDS, t.lemma())
                || pack.has(WordList.INJURY_WORDS, t.word());
        int next = conjunct.index() + 1;
        return wound.test(conjunct) || sentence.children(conjunct.index()).stream()
                .anyMatch(d -> !d.relation().equals("conj") && wound.test(sentence.tokens().get(d.dependent())))
                || next < sentence.tokens().size() && wound.test(sentence.tokens().get(next));
    }

    /**
     * "hundreds of thousands": a vague count of a vague count is their product (100 × 1,000), the most conservative
     * reading of both.
     */
    private Optional<Integer> multiplied(Sentence sentence, int index, int count) {
        if (!sentence.tokens().get(index).pos().equals("NNS")) {
            return Optional.of(count);
        }
        return Optional.of(sentence.children(index).stream()
                .filter(d -> d.relation().startsWith("nmod") && sentence.tokens().get(d.dependent()).pos().equals("NNS")
                        && Clauses.markedBy(pack, sentence, d.dependent(), WordList.PARTITIVE_PREPOSITIONS))
                .map(d -> value(sentence.tokens().get(d.dependent()))).flatMap(Optional::stream).findFirst()
                .map(unit -> count * unit).orElse(count));
    }

    /**
     * "kill 4 injure 30", a headline parsed with the first figure modifying the second: a figure's number modifier
     * with a verb between them is the figure of the verb before, the figure itself the object of the verb between.
     */
    private Optional<Integer> figureAcrossAVerb(Sentence sentence, int figure) {
        for (Dependency child : sentence.children(figure)) {
            if (!child.relation().equals("nummod") && !child.relation().equals("compound")) {
                continue;
            }
            Token modifier = sentence.tokens().get(child.dependent());
            boolean verbBetween = sentence.tokens().subList(Math.min(modifier.index(), figure) + 1,
                    Math.max(modifier.index(), figure)).stream().anyMatch(t -> t.pos().startsWith("VB"));
            if (modifier.index() < figure && verbBetween) {
                return value(sentence, modifier);
            }
        }
        return Optional.empty();
    }

    /** A figure, with "seventy-six" read whole whether the tokenizer kept it or split it at the hyphen. */
    private Optional<Integer> value(Sentence sentence, Token token) {
        Optional<Integer> own = value(token);
        List<Token> tokens = sentence.tokens();
        int i = token.index();
        if (own.isPresent() && own.get() < 10 && i >= 2 && tokens.get(i - 1).word().equals("-")) {
            Optional<Integer> tens = value(tokens.get(i - 2));
            if (tens.isPresent() && tens.get() >= 20 && tens.get() % 10 == 0) {
                return Optional.of(tens.get() + own.get());
            }
        }
        return own;
    }

    private Optional<Integer> value(Token token) {
        if (NOT_COUNTS.contains(token.ner())) {
            return Optional.empty();
        }
        String word = token.word().toLowerCase(Locale.ROOT);
        int hyphen = word.indexOf('-');
        if (hyphen > 0 && counts.containsKey(word.substring(0, hyphen))
                && counts.containsKey(word.substring(hyphen + 1))) {
            return Optional.of(counts.get(word.substring(0, hyphen)) + counts.get(word.substring(hyphen + 1)));
        }
        if (word.matches("0\\d+")) {
            return Optional.empty(); // "Oct 082017", a date whose separators were lost: nobody counts dead from zero
        }
        if (word.matches("\\d{1,3}(,\\d{3})*|\\d{1,6}")) {
            return Optional.of(Integer.parseInt(word.replace(",", "")));
        }
        return Optional.ofNullable(counts.get(word));
    }
}
