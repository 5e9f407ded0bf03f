package org.sitrep.coding.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.coding.syntax.Clauses;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/** Finds the event pattern a token triggers: its lemma and part of speech, and the pattern's condition. */
final class TriggerMatcher {
    /** The tags the time tagger gives the words of a time expression. */
    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

    private final List<EventPattern> patterns;
    /** The rows of each lemma, in the file's order: a token reads its own rows, not all of them. */
    private final Map<String, List<EventPattern>> byLemma;
    /** The verb rows with an object condition, by lemma: whether a noun is such a verb's object. */
    private final Map<String, List<EventPattern>> objectVerbRows;
    /** Verbs that tell a toll ("killed"): the toll folder joins them to the event they count, victims and all. */
    private final Set<String> tollVerbs;
    /** Count words ("dozens", "a number of"): a verb acts on what their of-phrase names. */
    private final Set<String> countWords;
    /** Words of death ("killing", "deaths"): being responsible for them is blame, as for an attack. */
    private final Set<String> deathWords;
    /** Words that deny what they modify ("not", "never", "n't"). */
    private final Set<String> negators;
    /** What a complement of agreeing tells: a view shared or an arrangement made. */
    private final SayingSenses sayings;
    /** Prepositions whose phrase on a deed noun is what the deed acts on ("the use of chemical weapons"). */
    private final Set<String> nounObjectPrepositions;

    TriggerMatcher(List<EventPattern> patterns, Set<String> tollVerbs, Set<String> countWords, Set<String> deathWords,
                   Set<String> negators, SayingSenses sayings, Set<String> nounObjectPrepositions) {
        this.patterns = List.copyOf(patterns);
        this.byLemma = Map.copyOf(this.patterns.stream().collect(Collectors.groupingBy(EventPattern::lemma)));
        this.objectVerbRows = Map.copyOf(this.patterns.stream()
                .filter(p -> !p.noun() && p.conditionKind() == EventPattern.Condition.OBJECT)
                .collect(Collectors.groupingBy(EventPattern::lemma)));
        this.tollVerbs = Set.copyOf(tollVerbs);
        this.countWords = Set.copyOf(countWords);
        this.deathWords = Set.copyOf(deathWords);
        this.negators = Set.copyOf(negators);
        this.sayings = sayings;
        this.nounObjectPrepositions = Set.copyOf(nounObjectPrepositions);
    }

    /**
     * Whether a verb pattern has the token's lemma or a noun pattern names it as its governor ("offering support"): a
     * gerund of it may be an act the parser made an adjective.
     */
    boolean verbLemma(Token token) {
        String lemma = token.lemma().toLowerCase(Locale.ROOT);
        return patterns.stream().anyMatch(p -> !p.noun() ? p.lemma().equals(lemma)
                : p.conditionKind() == EventPattern.Condition.GOVERNOR && p.condition().contains(lemma));
    }

    /** The pattern whose condition the token meets, else its unconditional pattern, else none. */
    Optional<EventPattern> match(Sentence sentence, Token token) {
        Optional<EventPattern> found = read(sentence, token);
        if (found.isPresent() && token.isVerb() && describesSameEvent(sentence, token, found.get())) {
            return Optional.empty();
        }
        if (found.isPresent() && token.isVerb() && subjectIsSameEvent(sentence, token, found.get())) {
            return Optional.empty();
        }
        if (found.isPresent() && found.get().conditionKind() == EventPattern.Condition.PREDICATE
                && restatesGovernor(sentence, token, found.get())) {
            return Optional.empty();
        }
        if (found.isPresent() && (token.isNoun() || token.pos().equals("VBG"))
                && circumstanceOfSameEvent(sentence, token, found.get())) {
            return Optional.empty();
        }
        return found;
    }

    /**
     * The row a token reads before the checks that give its deed to another trigger of its sentence ("US-led air
     * strikes targeted the group": the verb tells the noun's strike again); {@link #match} is this less those.
     */
    Optional<EventPattern> read(Sentence sentence, Token token) {
        // "the cease-fire", "a build-up": the tokenizer splits a hyphenated noun, whose last part heads the first
        Optional<EventPattern> hyphened = hyphenLemma(sentence, token)
                .flatMap(lemma -> match(sentence, token, lemma, true));
        // "air strikes", "hunger strike": a noun's compound names the event before the noun alone does
        Optional<EventPattern> compound = token.isNoun() ? compoundLemma(sentence, token)
                .flatMap(lemma -> match(sentence, token, lemma, false)) : Optional.empty();
        String lemma = token.lemma().toLowerCase(Locale.ROOT);
        String word = token.word().toLowerCase(Locale.ROOT);
        // "peace talks": a row may name the plural a noun's event goes by, which the lemma makes singular
        return hyphened.or(() -> compound).or(() -> match(sentence, token, lemma, false))
                .or(() -> token.isNoun() && !word.equals(lemma) ? match(sentence, token, word, false)
                        : Optional.empty());
    }

    /** "cease-fire" from "cease", "-", "fire": a word joined by a hyphen to the first part hanging on it. */
    private static Optional<String> hyphenLemma(Sentence sentence, Token token) {
        int i = token.index();
        if (i < 2) {
            return Optional.empty();
        }
        Token hyphen = sentence.tokens().get(i - 1);
        Token first = sentence.tokens().get(i - 2);
        boolean joined = hyphen.word().equals("-") && first.end() == hyphen.begin() && hyphen.end() == token.begin();
        boolean hangs = sentence.head(first.index()).filter(h -> h.governor() == i).isPresent();
        return joined && hangs ? Optional.of(first.word().toLowerCase(Locale.ROOT) + "-"
                + token.lemma().toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** Why a word with a row of its lemma reads none: the matcher's check that turned it away, for the trace. */
    record Rejection(Reason reason, String detail) {
        /** The check that turned the word away. */
        enum Reason {
            DESCRIBING_PARTICIPLE("participle describing a noun"),
            OBJECT_OF_A_VERB_ROW("object a verb row names"),
            TAG("no row for its tag"),
            CONDITION("no condition met");

            final String label;

            Reason(String label) {
                this.label = label;
            }
        }
    }

    /**
     * Why a word whose lemma (or compound's) has a row reads none (a debug aid; nothing coded depends on it): the
     * checks in the order {@link #read} makes them, with what the parse gave where a condition failed.
     */
    Optional<Rejection> rejection(Sentence sentence, Token token) {
        if (read(sentence, token).isPresent()) {
            return Optional.empty();
        }
        String lemma = token.lemma().toLowerCase(Locale.ROOT);
        Optional<String> compound = token.isNoun() ? compoundLemma(sentence, token) : Optional.empty();
        Optional<String> hyphened = hyphenLemma(sentence, token);
        String word = token.word().toLowerCase(Locale.ROOT);
        List<EventPattern> rows = patterns.stream()
                .filter(p -> p.lemma().equals(lemma) || compound.filter(p.lemma()::equals).isPresent()
                        || hyphened.filter(p.lemma()::equals).isPresent()
                        || token.isNoun() && p.noun() && p.lemma().equals(word)).toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        if (describingParticiple(sentence, token)) {
            return Optional.of(new Rejection(Rejection.Reason.DESCRIBING_PARTICIPLE, "parse "
                    + parseAround(sentence, token)));
        }
        if (token.isNoun() && governedByAnyVerbPattern(sentence, token)) {
            return Optional.of(new Rejection(Rejection.Reason.OBJECT_OF_A_VERB_ROW, "parse "
                    + parseAround(sentence, token)));
        }
        boolean noun = token.isNoun() || determined(sentence, token);
        List<EventPattern> fitting = rows.stream()
                .filter(p -> p.noun() == noun && (p.noun() || token.isVerb())).toList();
        if (fitting.isEmpty()) {
            String kinds = rows.stream().map(p -> p.noun() ? "N" : "V").distinct().sorted()
                    .collect(Collectors.joining("|"));
            return Optional.of(new Rejection(Rejection.Reason.TAG, token.pos() + (noun && token.isVerb()
                    ? " with a determiner" : "") + ", rows " + kinds + " | parse " + parseAround(sentence, token)));
        }
        String conditions = fitting.stream().map(EventPattern::conditionText).distinct()
                .collect(Collectors.joining("; "));
        return Optional.of(new Rejection(Rejection.Reason.CONDITION, conditions + " | parse "
                + parseAround(sentence, token)));
    }

    /** The word's governor and dependents as the parse gave them ("<-obj:launch", "nsubj:army obj:town"). */
    private static String parseAround(Sentence sentence, Token token) {
        String governor = sentence.head(token.index()).filter(h -> h.governor() >= 0)
                .map(h -> "<-" + h.relation() + ":" + sentence.tokens().get(h.governor()).lemma()).orElse("<-root");
        String children = sentence.children(token.index()).stream()
                .filter(d -> !d.relation().equals("punct"))
                .map(d -> d.relation() + ":" + sentence.tokens().get(d.dependent()).lemma())
                .collect(Collectors.joining(" "));
        return children.isEmpty() ? governor : governor + " " + children;
    }

    /**
     * "In fighting on Saturday, Assad forces captured a suburb" (the gerund as often tagged a verb): the fighting is the
     * capture's, not another event.
     */
    private boolean circumstanceOfSameEvent(Sentence sentence, Token noun, EventPattern pattern) {
        return governorBy(sentence, noun, "obl").filter(Token::isVerb)
                .filter(verb -> sameType(sentence, verb, pattern)).isPresent();
    }

    /**
     * "US-led air strikes targeted the group": the noun subject names the strike the verb tells again; one event, the
     * noun's, whose owner is its actor.
     */
    private boolean subjectIsSameEvent(Sentence sentence, Token verb, EventPattern pattern) {
        if (tollVerbs.contains(pattern.lemma())) {
            return false;
        }
        return sentence.children(verb.index(), "nsubj").stream().filter(Token::isNoun)
                .anyMatch(subject -> sameType(sentence, subject, pattern));
    }

    /**
     * "airstrikes targeting the stronghold of Raqqa", "an attack that hit a school": a verb describing a noun of the
     * same event type tells that event's object or place, not another event.
     */
    private boolean describesSameEvent(Sentence sentence, Token verb, EventPattern pattern) {
        return governorBy(sentence, verb, "acl").filter(Token::isNoun)
                .filter(noun -> sameType(sentence, noun, pattern)).isPresent();
    }

    /**
     * "condemned the attack, calling it heinous", "denounced what she called a cowardly raid": a naming
     * that hangs, within three steps, under a deed of its own type restates that deed, no second event.
     */
    private boolean restatesGovernor(Sentence sentence, Token verb, EventPattern pattern) {
        Optional<Token> up = governorBy(sentence, verb, "");
        for (int step = 0; step < 3 && up.isPresent(); step++) {
            if (sameType(sentence, up.get(), pattern)) {
                return true;
            }
            up = governorBy(sentence, up.get(), "");
        }
        return false;
    }

    /** The word {@code token} hangs on by a relation of the kind {@code relation} names ("obl", "acl"), if any. */
    private static Optional<Token> governorBy(Sentence sentence, Token token, String relation) {
        return sentence.head(token.index()).filter(h -> h.governor() >= 0 && h.relation().startsWith(relation))
                .map(h -> sentence.tokens().get(h.governor()));
    }

    /** Whether another word of the sentence triggers an event of the pattern's type. */
    private boolean sameType(Sentence sentence, Token other, EventPattern pattern) {
        return match(sentence, other).filter(p -> p.plover() == pattern.plover()).isPresent();
    }

    /** The lemma of a noun with the compound or adjective right before it ("air" + "strike", "chemical attack"). */
    private static Optional<String> compoundLemma(Sentence sentence, Token noun) {
        return sentence.children(noun.index()).stream()
                .filter(d -> d.relation().equals("compound") || d.relation().equals("amod"))
                .map(d -> sentence.tokens().get(d.dependent())).filter(c -> c.index() == noun.index() - 1)
                .findFirst().map(c -> c.lemma().toLowerCase(Locale.ROOT) + " " + noun.lemma().toLowerCase(Locale.ROOT));
    }

    private Optional<EventPattern> match(Sentence sentence, Token token, String lemma, boolean hyphened) {
        List<EventPattern> rows = byLemma.getOrDefault(lemma, List.of());
        if (rows.isEmpty()) {
            return Optional.empty(); // no row names the word: what the parse says cannot matter
        }
        if (describingParticiple(sentence, token)) {
            return Optional.empty(); // "U.S.-supported fighters": a participle describing a noun is no event
        }
        boolean noun = hyphened || token.isNoun() || determined(sentence, token);
        if (noun && governedByAnyVerbPattern(sentence, token)) {
            return Optional.empty(); // "launched a campaign": the verb's pattern codes it, not the noun again
        }
        EventPattern fallback = null;
        for (EventPattern pattern : rows) {
            if (pattern.noun() != noun
                    || (!pattern.noun() && !token.isVerb())) {
                continue;
            }
            boolean met = switch (pattern.conditionKind()) {
                case NONE -> false; // serves as the fallback, where no conditional pattern fits
                case OBJECT -> hasObject(sentence, token, pattern.condition());
                case GOVERNOR -> governedBy(sentence, token, pattern.condition());
                case PREPOSITION -> hasMarkedArgument(sentence, token, pattern.condition());
                case NOT_OBJECT -> !hasObject(sentence, token, pattern.condition());
                case RELATION -> sentence.children(token.index()).stream()
                        .anyMatch(d -> pattern.condition().contains(d.relation()));
                case SUBJUNCTIVE_CLAUSE -> subjunctiveClause(sentence, token);
                case HOSTILE_INFINITIVE -> hostileInfinitive(sentence, token);
                case EXISTENTIAL_CLAUSE -> existentialClause(sentence, token);
                case ARRANGEMENT -> !sayings.opinion(sentence, token);
                case PREDICATE -> predicateNamed(sentence, token, pattern.condition());
                case CLAUSE_PREDICATE -> clausePredicate(sentence, token, pattern.condition());
            };
            if (met) {
                return Optional.of(pattern);
            }
            if (pattern.conditionKind() == EventPattern.Condition.NONE && fallback == null) {
                fallback = pattern;
            }
        }
        return Optional.ofNullable(fallback);
    }

    /**
     * "U.S.-supported fighters", "the besieged areas": a participle the parse hangs on a noun as its modifier describes
     * it; but a gerund right after a preposition ("accused rebels of using toxic gas", "drew the line at sending
     * troops") is a deed with that noun as its object, which the parse misread as a modifier.
     */
    private static boolean describingParticiple(Sentence sentence, Token token) {
        return token.isVerb() && sentence.head(token.index()).map(h -> h.relation().equals("amod")).orElse(false)
                && !gerundAfterPreposition(sentence, token);
    }

    /** A gerund whose word before is a preposition: "of using", "at sending", "despite losing". */
    static boolean gerundAfterPreposition(Sentence sentence, Token token) {
        return token.pos().equals("VBG") && token.index() > 0
                && sentence.tokens().get(token.index() - 1).pos().equals("IN");
    }

    /**
     * "including the recapture of Ramadi", tagged as a verb, or "triggered by an offensive by rebels", tagged as an
     * adjective: a word with a determiner is a noun (an adjective only where it describes no noun).
     */
    private static boolean determined(Sentence sentence, Token token) {
        boolean adjective = token.pos().startsWith("JJ")
                && sentence.head(token.index()).filter(h -> h.relation().equals("amod")).isEmpty();
        return (token.isVerb() || adjective)
                && sentence.children(token.index()).stream().anyMatch(d -> d.relation().equals("det"));
    }

    private boolean governedByAnyVerbPattern(Sentence sentence, Token noun) {
        return governorBy(sentence, noun, "").filter(verb -> objectVerbRows.getOrDefault(verb.lemma(), List.of())
                .stream().anyMatch(p -> (p.condition().contains(noun.lemma())
                || p.condition().contains(noun.word().toLowerCase(Locale.ROOT))))).isPresent();
    }

    private boolean hasObject(Sentence sentence, Token verb, Set<String> lemmas) {
        List<Token> objects = new ArrayList<>(objects(sentence, verb));
        objects.addAll(objects.stream().flatMap(o -> counted(sentence, o).stream()).toList());
        return objects.stream().anyMatch(dependent -> lemmas.contains(dependent.lemma()
                .toLowerCase(Locale.ROOT)) || lemmas.contains(dependent.word().toLowerCase(Locale.ROOT))
                // "used chemical weapons", "sarin gas was used": a condition of two words names the object with the
                // modifier right before it, so "used gas exports" or "used its weapons" are not the chemical deed
                || dependent.isNoun() && compoundLemma(sentence, dependent).filter(lemmas::contains).isPresent()
                // "declared a cease-fire", split by the tokenizer
                || hyphenLemma(sentence, dependent).filter(lemmas::contains).isPresent());
    }

    /**
     * "killed dozens of militants", "a total of 70 militants were eliminated": what a count's of-phrase names, where
     * the head is a count word or the of-phrase's noun carries a number, is what the verb acts on.
     */
    private Optional<Token> counted(Sentence sentence, Token object) {
        boolean count = countWords.contains(object.word().toLowerCase(Locale.ROOT));
        return sentence.children(object.index()).stream()
                .filter(d -> d.relation().startsWith("nmod") && Clauses.hasCase(sentence, d.dependent(), "of"))
                .map(d -> sentence.tokens().get(d.dependent()))
                .filter(noun -> count || sentence.children(noun.index()).stream()
                        .anyMatch(d -> d.relation().equals("nummod")))
                .findFirst();
    }

    /**
     * The words a verb acts on: its object, particle (also one parsed as an adverb right after it) or passive
     * subject, or the noun a relative pronoun among them stands for ("the offensive that the army launched", "the
     * town which was evacuated"), or the noun a gerund after a preposition was misread as describing ("of using gas").
     */
    private List<Token> objects(Sentence sentence, Token verb) {
        Optional<Dependency> head = sentence.head(verb.index()).filter(h -> h.governor() >= 0);
        Optional<Token> described = head.map(h -> sentence.tokens().get(h.governor())).filter(Token::isNoun);
        List<Token> objects = new ArrayList<>();
        if (head.filter(h -> h.relation().equals("amod")).isPresent() && described.isPresent()
                && gerundAfterPreposition(sentence, verb)) {
            objects.add(described.get()); // "of using toxic gas": the noun the parse hung the gerund on is its object
        }
        // "an agreement struck in May": a passive participle with no doer of its own acts on the noun it describes
        // ("groups backed by Russia", with its doer, names the groups as "Russian-backed groups" does)
        if (verb.pos().equals("VBN") && head.filter(h -> h.relation().equals("acl")).isPresent()
                && described.isPresent() && sentence.children(verb.index()).stream()
                .noneMatch(d -> d.relation().startsWith("obl") && Clauses.hasCase(sentence, d.dependent(), "by"))) {
            objects.add(described.get());
        }
        for (Dependency child : sentence.children(verb.index())) {
            Token dependent = sentence.tokens().get(child.dependent());
            String relation = child.relation();
            if (verb.isNoun()) {
                // "the use of chemical weapons": a deed noun acts on its of-phrase as its verb acts on its object
                if (relation.startsWith("nmod") && sentence.children(dependent.index(), "case").stream()
                        .anyMatch(m -> nounObjectPrepositions.contains(m.word().toLowerCase(Locale.ROOT)))) {
                    objects.add(dependent);
                }
                continue;
            }
            boolean relative = (dependent.pos().equals("WDT") || dependent.pos().equals("WP"))
                    && head.filter(h -> h.relation().equals("acl:relcl")).isPresent() && described.isPresent();
            if (relative && (relation.equals("obj") || relation.equals("nsubj:pass"))) {
                objects.add(described.get());
            } else if (relation.equals("obj") || relation.equals("compound:prt") || relation.equals("nsubj:pass")) {
                objects.add(dependent);
            } else if (relation.equals("advmod") && dependent.index() == verb.index() + 1) {
                objects.add(dependent); // "the jet was shot down": the particle parsed as an adverb
            }
        }
        return objects;
    }

    /**
     * "called on the UN", "called for a ceasefire": an oblique argument or particle with one of these words; for a
     * noun, a phrase it governs ("the fight against ISIS", "the advance on Raqqa").
     */
    private static boolean hasMarkedArgument(Sentence sentence, Token verb, Set<String> prepositions) {
        for (Dependency child : sentence.children(verb.index())) {
            String relation = child.relation();
            // "called Erdogan on Saturday" can parse "on" as a particle: a time after it is no one called upon
            if (relation.equals("compound:prt")
                    && prepositions.contains(sentence.tokens().get(child.dependent()).word().toLowerCase(Locale.ROOT))
                    && !(child.dependent() + 1 < sentence.tokens().size() && isTime(sentence, child.dependent() + 1))) {
                return true;
            }
            // "pulled out of Iraq", "beat back the assault" can parse the particle as an adverb: it counts with an
            // argument of its own ("out" of Iraq) or right after a verb with an object, not as any adverb of the clause
            if (relation.equals("advmod")
                    && prepositions.contains(sentence.tokens().get(child.dependent()).word().toLowerCase(Locale.ROOT))
                    && (!sentence.children(child.dependent(), "obl").isEmpty()
                    || child.dependent() == verb.index() + 1 && !sentence.children(verb.index(), "obj").isEmpty())) {
                return true;
            }
            // "called on Monday", "called Erdogan on Saturday": a time is no argument
            boolean time = isTime(sentence, child.dependent());
            boolean argument = relation.startsWith("obl") || verb.isNoun() && relation.startsWith("nmod");
            if (argument && !time && sentence.children(child.dependent(), "case").stream()
                    .anyMatch(c -> prepositions.contains(c.word().toLowerCase(Locale.ROOT)))) {
                return true;
            }
            // "called on the UN to set up a zone" parses as a clause the preposition marks; "called Erdogan on
            // Saturday to discuss" parses so too, and names a time
            if (relation.equals("advcl") && sentence.children(child.dependent(), "mark").stream()
                    .anyMatch(c -> prepositions.contains(c.word().toLowerCase(Locale.ROOT))
                            && !(c.index() + 1 < sentence.tokens().size() && isTime(sentence, c.index() + 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "insisted that the rebels join the fight", "insists that he be tried": a that-clause whose verb is bare, with
     * no auxiliary but a bare "be", asks for something; "insists the jet did not stray" tells a fact.
     */
    private static boolean subjunctiveClause(Sentence sentence, Token verb) {
        for (Token clause : sentence.children(verb.index(), "ccomp")) {
            List<Token> auxiliaries = sentence.children(clause.index()).stream()
                    .filter(d -> d.relation().startsWith("aux") || d.relation().equals("cop"))
                    .map(d -> sentence.tokens().get(d.dependent())).toList();
            boolean bare = auxiliaries.stream().allMatch(a -> a.word().equalsIgnoreCase("be"));
            if (bare && (clause.pos().equals("VB") || !auxiliaries.isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "warned that there were sleeper cells", "warned that there could be unrest": a clause that only says something
     * exists or may exist names no deed the speaker will do, so it is no threat.
     */
    private static boolean existentialClause(Sentence sentence, Token verb) {
        return sentence.children(verb.index(), "ccomp").stream()
                .anyMatch(clause -> !sentence.children(clause.index(), "expl").isEmpty());
    }

    /**
     * "called the strike a war crime", "called the remarks 'primitive and loutish'", "called it a dark moment": the
     * verb's secondary predicate is one of these lemmas, or a word describing it or joined to it is; what the object
     * is called decides the sense, so "called the talks constructive" names nothing of the list. The parser gives the
     * predicate as an xcomp, or hangs it after the object on the object or its of-phrase ("called the downing of the
     * jet a stab in the back"): a word there that no preposition marks, and no relative clause holds, counts too;
     * so does a second object or a bare noun phrase after the object ("called it a dark moment").
     */
    private static boolean predicateNamed(Sentence sentence, Token verb, Set<String> lemmas) {
        List<Token> words = new ArrayList<>();
        List<Token> predicates = new ArrayList<>(sentence.children(verb.index(), "xcomp"));
        List<Token> objects = sentence.children(verb.index(), "obj");
        // "called it a dark moment", "called the downing a stab in the back": the parse may give the predicate as a
        // second object or as a bare noun phrase after the object, not as an xcomp
        objects.stream().skip(1).forEach(predicates::add);
        sentence.children(verb.index(), "obl:npmod").stream()
                .filter(n -> !objects.isEmpty() && n.index() > objects.get(0).index()).forEach(predicates::add);
        for (Token predicate : predicates) {
            words.add(predicate);
            sentence.children(predicate.index()).stream()
                    .filter(d -> d.relation().equals("amod") || d.relation().equals("compound")
                            || d.relation().equals("conj"))
                    .map(d -> sentence.tokens().get(d.dependent())).forEach(words::add);
        }
        for (Token object : objects) {
            afterObject(sentence, object, object.index(), words);
        }
        return words.stream().anyMatch(w -> lemmas.contains(w.lemma().toLowerCase(Locale.ROOT))
                || lemmas.contains(w.word().toLowerCase(Locale.ROOT)));
    }

    /**
     * "said the regime was responsible for the attacks", "asserted that the government was responsible": a reported
     * clause whose predicate is one of these lemmas lays a deed at someone's door, an accusation. A pronoun subject
     * ("said it was responsible") is most often the speaker's own claim, and a denied predicate ("was not responsible")
     * defends, so neither counts; nor does a for-phrase that names no violence or death ("responsible for the
     * security of the border"), which tells a duty.
     */
    private boolean clausePredicate(Sentence sentence, Token verb, Set<String> lemmas) {
        return sentence.children(verb.index(), "ccomp").stream()
                .filter(clause -> lemmas.contains(clause.lemma().toLowerCase(Locale.ROOT)))
                .filter(clause -> !Clauses.negated(sentence, clause.index(), negators::contains))
                .filter(clause -> {
                    List<Token> subjects = sentence.children(clause.index(), "nsubj");
                    return !subjects.isEmpty() && subjects.stream().noneMatch(s -> s.pos().startsWith("PRP"));
                })
                .anyMatch(clause -> blamedDeed(sentence, clause));
    }

    /** Whether the predicate names no deed, or its for-phrase (or a word joined to it) names violence or death. */
    private boolean blamedDeed(Sentence sentence, Token predicate) {
        List<Token> deeds = sentence.children(predicate.index()).stream()
                .filter(d -> d.relation().startsWith("obl") || d.relation().startsWith("nmod"))
                .filter(d -> Clauses.hasCase(sentence, d.dependent(), "for"))
                .map(d -> sentence.tokens().get(d.dependent())).toList();
        if (deeds.isEmpty()) {
            return true; // "was responsible.": the deed is the one told before
        }
        List<Token> words = new ArrayList<>(deeds);
        deeds.forEach(d -> words.addAll(sentence.children(d.index(), "conj")));
        return words.stream().anyMatch(w -> deathWords.contains(w.lemma().toLowerCase(Locale.ROOT))
                || read(sentence, w).filter(p -> p.plover().physical()).isPresent());
    }

    /** Collects the words after the object that hang on it unmarked by a preposition, relative clauses left out. */
    private static void afterObject(Sentence sentence, Token node, int object, List<Token> words) {
        for (Dependency child : sentence.children(node.index())) {
            Token dependent = sentence.tokens().get(child.dependent());
            if (dependent.index() <= object || child.relation().equals("acl:relcl")
                    || child.relation().equals("punct")) {
                continue;
            }
            if (sentence.children(dependent.index(), "case").isEmpty()) {
                words.add(dependent);
            }
            afterObject(sentence, dependent, object, words);
        }
    }

    /**
     * "vowed to strike back", "promised to bomb the group": a to-infinitive that triggers a physical deed itself;
     * "vowed to assist the inquiry" or "promised to seek another term" promises no force. On a noun the infinitive is
     * its purpose: "the fight to defeat ISIS", "an operation to liberate the city" (not "a campaign to raise funds").
     */
    private boolean hostileInfinitive(Sentence sentence, Token verb) {
        if (verb.isNoun()) {
            // a noun's purpose is read by its row alone: whether it tells the noun's own event again asks the noun back
            return purposeOf(sentence, verb).flatMap(act -> read(sentence, act))
                    .filter(p -> p.plover().physical()).isPresent();
        }
        return sentence.children(verb.index(), "xcomp").stream()
                .filter(act -> ModalityDetector.infinitiveMark(sentence, act.index()).isPresent())
                .anyMatch(act -> match(sentence, act).filter(p -> p.plover().physical()).isPresent());
    }

    /**
     * The to-infinitive right after a noun ("their campaign to retake the town"), which the parse hangs on the noun
     * or on the noun's verb; not one the parse makes the noun the subject of ("to spearhead the fight to take back
     * Ramadi", misread with "fight" as the subject of "take"), where nothing says the noun's event is under way.
     */
    private static Optional<Token> purposeOf(Sentence sentence, Token noun) {
        int to = noun.index() + 1;
        return sentence.dependencies().stream().filter(d -> d.dependent() == to && d.relation().equals("mark")
                        && d.governor() >= 0).findFirst().map(d -> sentence.tokens().get(d.governor()))
                .filter(act -> ModalityDetector.infinitiveMark(sentence, act.index())
                        .filter(mark -> mark.index() == to).isPresent())
                .filter(act -> sentence.head(noun.index()).filter(h -> h.governor() == act.index()).isEmpty());
    }

    /** Whether the token tells a time: tagged as one, or inside a time expression the tagger found. */
    private static boolean isTime(Sentence sentence, int token) {
        return TIME_TAGS.contains(sentence.tokens().get(token).ner())
                || sentence.timexes().stream().anyMatch(t -> t.firstToken() <= token && token <= t.lastToken());
    }

    private static boolean governedBy(Sentence sentence, Token noun, Set<String> lemmas) {
        Optional<Dependency> head = sentence.head(noun.index());
        if (head.isEmpty() || head.get().governor() < 0) {
            return false;
        }
        String relation = head.get().relation();
        Token governor = sentence.tokens().get(head.get().governor());
        boolean argument = relation.equals("obj") || relation.startsWith("nsubj") || relation.startsWith("obl");
        if (argument && lemmas.contains(governor.lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        // "the offensive that began": the relative clause's verb governs the noun
        for (Dependency child : sentence.children(noun.index())) {
            if (child.relation().startsWith("acl")
                    && lemmas.contains(sentence.tokens().get(child.dependent()).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
