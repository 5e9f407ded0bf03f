package org.sitrep.coding.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sitrep.coding.actors.ActorResolver;
import org.sitrep.coding.actors.Referent;
import org.sitrep.coding.syntax.Clauses;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.EntityType;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Finds a trigger's participants in its dependency parse: subjects, passive agents and patients, owners of noun
 * events, and arguments marked by prepositions, each resolved to a referent (pronouns and descriptions included).
 */
public final class ArgumentFinder {
    private static final int MAX_DEPTH = 4;
    private final LanguagePack pack;

    private final Set<String> countWords = new HashSet<>();

    ArgumentFinder(LanguagePack pack) {
        this.pack = pack;
        for (String[] row : pack.rows("counts.tsv")) {
            countWords.add(row[0].toLowerCase(Locale.ROOT));
        }
    }

    /**
     * The word that stands for a noun event in its clause: the count it is told in ("carried out dozens of air
     * strikes", "launched a number of raids"), else the noun itself.
     */
    int standIn(Sentence sentence, int noun) {
        return sentence.head(noun).filter(h -> h.relation().startsWith("nmod") && h.governor() >= 0
                        && countWords.contains(sentence.tokens().get(h.governor()).word().toLowerCase(
                        Locale.ROOT)))
                .map(Dependency::governor).orElse(noun);
    }

    /**
     * Who acts: the pattern's actor role, or a noun event's participants and owner; {@code talkedAbout} when the
     * clause's verb is itself a stance or talk about the noun, whose subject then did not do it.
     */
    List<Referent> actors(ActorResolver resolver, Sentence sentence, Token trigger, EventPattern pattern, int clause,
                          boolean talkedAbout) {
        List<Referent> actors = new ArrayList<>();
        if (pattern.noun() && pattern.actorRole().preposition().isPresent()) {
            // "the fall of Aleppo to government forces"
            actors.addAll(marked(resolver, sentence, trigger.index(), pattern.actorRole().preposition().get()));
        } else if (pattern.noun()) {
            // "the meeting between Turkish, Russian and Iranian ministers", "the opposition's offensive"
            actors.addAll(participants(resolver, sentence, trigger.index()));
            ownerOf(resolver, sentence, trigger.index()).ifPresent(actors::add);
            if (actors.isEmpty()) {
                // "accused Russia of shelling the town": a gerund read as a noun is done by the object it is said of
                gerundController(sentence, trigger.index())
                        .ifPresent(object -> addReferents(resolver, sentence, object, actors));
            }
            if (actors.isEmpty() && copularPredicate(sentence, trigger.index())) {
                // "government forces have been on the offensive", "the minister is meeting with his counterpart":
                // a noun event that is its clause's predicate is its subject's deed
                actors.addAll(subjects(resolver, sentence, trigger.index()));
            }
            if (actors.isEmpty()) {
                actors.addAll(nounAgents(resolver, sentence, trigger.index()));
            }
            if (actors.isEmpty() && !pattern.plover().physical()) {
                // "support from Europe", "criticism from Moscow": whom a stance or a gift comes from
                actors.addAll(sources(resolver, sentence, trigger.index()));
            }
            if (actors.isEmpty()) {
                actors.addAll(describedAgents(resolver, sentence, trigger.index()));
            }
            if (actors.isEmpty()) {
                actors.addAll(claimants(resolver, sentence, trigger.index()));
            }
            // "Russia continued airstrikes": the clause's subject does what its object names; an oblique noun is
            // only talked about ("discussed the investigation into the attack", parsed onto the verb)
            boolean isObject = sentence.head(standIn(sentence, trigger.index()))
                    .map(h -> h.relation().equals("obj")).orElse(false);
            // a speaker is the source of what it says, not the actor of the events it names; "continued airstrikes"
            // is no saying, though "continue" also reports speech
            String verb = sentence.tokens().get(clause).lemma();
            boolean speech = pack.has(WordList.SPEECH_VERBS, verb) && !pack.has(WordList.IMPLICATIVE_VERBS, verb);
            // "the U.S. received support": who is given what the noun names is not its doer
            boolean received = receiver(sentence, trigger.index()).isPresent();
            if (actors.isEmpty() && isObject && clause != trigger.index() && !speech && !talkedAbout && !received) {
                actors.addAll(subjects(resolver, sentence, clause));
            }
            // "the ministry said in a statement", "said at a news conference": the medium of a saying is the
            // speaker's own statement, though the events it names are not the speaker's deeds
            if (actors.isEmpty() && speech && pattern.isStatement() && clause != trigger.index()) {
                actors.addAll(subjects(resolver, sentence, clause));
            }
            // "in a speech at the press club, the adviser made the case": a statement noun its clause is done in is
            // the medium of whatever the subject does there, so the subject speaks ("reacted to the speech" does not)
            if (actors.isEmpty() && pattern.isStatement() && clause != trigger.index()
                    && mediumOfClause(sentence, trigger.index(), clause)) {
                actors.addAll(subjects(resolver, sentence, clause));
            }
        } else if (pattern.actorRole().preposition().isPresent()) {
            actors.addAll(marked(resolver, sentence, clause, pattern.actorRole().preposition().get()));
        } else {
            // "mutual shelling between regime forces and IS militants": a gerund the parse uses as a noun names its
            // sides as a noun event does
            if (trigger.pos().equals("VBG")) {
                actors.addAll(participants(resolver, sentence, trigger.index()));
            }
            if (actors.isEmpty()) {
                actors.addAll(subjects(resolver, sentence, clause));
            }
        }
        return actors;
    }

    /**
     * Whom a noun event comes from, marked by a source preposition on the noun or, where the parse hangs it on the
     * verb whose object the noun is, after the noun on that verb ("received broad support from Europe").
     */
    private List<Referent> sources(ActorResolver resolver, Sentence sentence, int noun) {
        List<Dependency> candidates = new ArrayList<>(sentence.children(noun).stream()
                .filter(c -> c.relation().startsWith("nmod")).toList());
        receiver(sentence, noun).ifPresent(verb -> phrasesAfterObject(sentence, verb, noun).forEach(candidates::add));
        List<Referent> found = new ArrayList<>();
        for (Dependency candidate : candidates) {
            if (hasAnyCase(sentence, candidate.dependent(), WordList.SOURCE_PREPOSITIONS)) {
                addReferentsOrPeople(resolver, sentence, candidate.dependent(), found);
            }
        }
        return found;
    }

    /**
     * The phrases the parse hangs on a verb after the noun that is its object, which are often the noun's own
     * ("received support last year from Europe", "celebrated the fall of Mosul to Iraqi forces").
     */
    private static Stream<Dependency> phrasesAfterObject(Sentence sentence, int verb, int noun) {
        return sentence.children(verb).stream().filter(c -> c.relation().startsWith("obl") && c.dependent() > noun);
    }

    /** The verb of receiving whose object a noun event is ("received support", "is facing demands"), if any. */
    private Optional<Integer> receiver(Sentence sentence, int noun) {
        return sentence.head(standIn(sentence, noun)).filter(h -> h.relation().equals("obj") && h.governor() >= 0)
                .map(Dependency::governor)
                .filter(verb -> pack.has(WordList.RECEIVING_VERBS, sentence.tokens().get(verb).lemma()
                        .toLowerCase(Locale.ROOT)));
    }

    /**
     * Who is given what an event names: the subject of the verb of receiving whose object a noun event is ("faced
     * demands"), or of a verb of receiving whose pattern marks its giver by a preposition ("received aid from X").
     */
    List<Referent> recipients(ActorResolver resolver, Sentence sentence, Token trigger, EventPattern pattern) {
        if (pattern.noun()) {
            return receiver(sentence, trigger.index()).map(verb -> subjects(resolver, sentence, verb))
                    .orElse(List.of());
        }
        boolean receiving = pattern.actorRole().preposition().isPresent()
                && pack.has(WordList.RECEIVING_VERBS, trigger.lemma().toLowerCase(Locale.ROOT));
        return receiving ? subjects(resolver, sentence, trigger.index()) : List.of();
    }

    /**
     * The sides a noun event's participant phrases name ("talks between X and Y", "fighting among the factions"),
     * also where the parse hangs the phrase on the verb the noun is the subject of ("fighting erupted between X and
     * Y", "clashes broke out among the factions"); a "by" there is that verb's own agent, not a side.
     */
    private List<Referent> participants(ActorResolver resolver, Sentence sentence, int noun) {
        List<Referent> found = new ArrayList<>();
        for (Dependency child : sentence.children(noun)) {
            if (child.relation().startsWith("nmod")
                    && hasAnyCase(sentence, child.dependent(), WordList.PARTICIPANT_PREPOSITIONS)) {
                addReferents(resolver, sentence, child.dependent(), found);
            }
        }
        Optional<Integer> verb = sentence.head(noun).filter(h -> h.relation().startsWith("nsubj")
                && h.governor() >= 0 && sentence.tokens().get(h.governor()).isVerb()).map(Dependency::governor);
        if (found.isEmpty() && verb.isPresent()) {
            for (Dependency child : sentence.children(verb.get())) {
                if (child.relation().startsWith("obl")
                        && hasAnyCase(sentence, child.dependent(), WordList.PARTICIPANT_PREPOSITIONS)
                        && !hasAnyCase(sentence, child.dependent(), WordList.AGENT_PREPOSITIONS)) {
                    addReferents(resolver, sentence, child.dependent(), found);
                }
            }
        }
        return found;
    }

    /**
     * Whether a noun is its clause's predicate, with a copula and a subject ("forces were on the offensive"); one
     * marked by a control preposition ("the town is under attack") is done to its subject, not by it.
     */
    private boolean copularPredicate(Sentence sentence, int noun) {
        return !sentence.children(noun, "cop").isEmpty() && !sentence.children(noun, "nsubj").isEmpty()
                && !hasAnyCase(sentence, noun, WordList.CONTROL_PREPOSITIONS);
    }

    /**
     * "an alliance which on Friday took full control of Manbij", parsed with "which" as a second object: in a relative
     * clause with no subject, a relative pronoun beside another object is the subject.
     */
    private Optional<Integer> misparsedRelativeSubject(Sentence sentence, int verb) {
        boolean relative = sentence.head(verb).filter(h -> h.relation().equals("acl:relcl")).isPresent();
        List<Token> objects = sentence.children(verb, "obj");
        if (!relative || objects.size() < 2 || !sentence.children(verb, "nsubj").isEmpty()) {
            return Optional.empty();
        }
        return objects.stream().filter(o -> pack.has(WordList.RELATIVE_PRONOUNS, o.word().toLowerCase(
                Locale.ROOT)) && (o.pos().equals("WDT") || o.pos().equals("WP"))).map(Token::index).findFirst();
    }

    /**
     * "Officials say Turkey has sent troops", parsed with "Turkey" as the object of "say" and "sent" a bare dependent
     * of it: the speech verb's object right before such a clause, with only the clause's auxiliaries between, is the
     * clause's subject.
     */
    private Optional<Integer> misparsedReportedSubject(Sentence sentence, int clause) {
        Optional<Dependency> head = sentence.head(clause);
        if (head.isEmpty() || !head.get().relation().equals("dep") || head.get().governor() < 0
                || !sentence.tokens().get(clause).isVerb() || !pack.has(WordList.SPEECH_VERBS,
                sentence.tokens().get(head.get().governor()).lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int auxiliaries = sentence.children(clause, "aux").size();
        return sentence.children(head.get().governor(), "obj").stream()
                .filter(o -> o.index() < clause && o.index() + 1 + auxiliaries == clause
                        && sentence.children(clause, "aux").stream().allMatch(a -> a.index() > o.index()))
                .map(Token::index).findFirst();
    }

    /**
     * "will meet with the envoy to discuss the plan", parsed as an absolute clause ("with the envoy to discuss")
     * whose subject the envoy is: the subject of an infinitive after the trigger, marked before it by a companion
     * preposition that also marks targets, is the trigger's own "with" phrase.
     */
    private Optional<Integer> misparsedCompanion(Sentence sentence, Dependency child) {
        int verb = child.dependent();
        if (!child.relation().startsWith("advcl") || verb < child.governor()) {
            return Optional.empty();
        }
        List<Token> marks = sentence.children(verb, "mark");
        return sentence.children(verb, "nsubj").stream()
                .filter(subject -> marks.stream().anyMatch(m -> m.index() < subject.index()
                        && pack.has(WordList.COMPANION_PREPOSITIONS, m.word().toLowerCase(Locale.ROOT))
                        && pack.has(WordList.TARGET_PREPOSITIONS, m.word().toLowerCase(Locale.ROOT))))
                .filter(subject -> marks.stream().anyMatch(m -> m.index() > subject.index()
                        && m.pos().equals("TO")))
                .map(Token::index).findFirst();
    }

    /** Whom it is done to: the object, or an argument marked by a target preposition ("attacks against X"). */
    List<Referent> targets(ActorResolver resolver, Sentence sentence, int trigger) {
        List<Referent> found = new ArrayList<>();
        for (Dependency child : sentence.children(trigger)) {
            String relation = child.relation();
            boolean object = (relation.equals("obj") || relation.equals("iobj"))
                    && misparsedRelativeSubject(sentence, trigger).filter(r -> r == child.dependent()).isEmpty();
            boolean withCase = (relation.startsWith("obl") || relation.startsWith("nmod"))
                    && hasAnyCase(sentence, child.dependent(), WordList.TARGET_PREPOSITIONS);
            int before = found.size();
            // "will meet with the envoy to discuss the plan": the parse makes the partner an infinitive's subject
            misparsedCompanion(sentence, child).ifPresent(partner -> addReferents(resolver, sentence, partner, found));
            if (object) {
                // "normalize ties with the Syrian regime", "canceled Lavrov's visit to Turkey": the target hangs off
                // the object, and its owner is the actor's own side; "opposed the call by McCain": whose deed it is
                for (Dependency grandchild : sentence.children(child.dependent())) {
                    if (grandchild.relation().startsWith("nmod")
                            && (hasAnyCase(sentence, grandchild.dependent(), WordList.TARGET_PREPOSITIONS)
                            || hasAnyCase(sentence, grandchild.dependent(), WordList.AGENT_PREPOSITIONS))) {
                        addReferents(resolver, sentence, grandchild.dependent(), found);
                    }
                }
            }
            if ((object || withCase) && found.size() == before) {
                addReferents(resolver, sentence, child.dependent(), found);
            }
            if (withCase && found.size() == before) {
                // "strikes against attempts by Hezbollah to smuggle arms": a deed aimed at a thing someone does is
                // aimed at its doer
                for (Dependency grandchild : sentence.children(child.dependent())) {
                    if (grandchild.relation().startsWith("nmod")
                            && hasAnyCase(sentence, grandchild.dependent(), WordList.AGENT_PREPOSITIONS)) {
                        addReferents(resolver, sentence, grandchild.dependent(), found);
                    }
                }
            }
            if ((object || withCase) && found.size() == before) {
                // "struck an Iranian convoy", "missiles hit a Syrian air base": a state's installation is the state's
                ownerOfInstallation(resolver, sentence, child.dependent()).ifPresent(found::add);
            }
        }
        if (found.isEmpty() && sentence.tokens().get(trigger).isNoun()
                && !sentence.children(trigger, "nmod:poss").isEmpty()) {
            // "Turkey's shoot-down of a Russian jet": where the possessive is the deed's doer, its "of" phrase is
            // what the deed is done to; "the regime's bombing of Douma" names where, so a name the knowledge lacks
            // (which the NER may type as anything) is no target there
            for (Dependency child : sentence.children(trigger)) {
                if (child.relation().startsWith("nmod") && child.dependent() > trigger
                        && hasAnyCase(sentence, child.dependent(), WordList.NOUN_OBJECT_PREPOSITIONS)) {
                    addReferents(resolver, sentence, child.dependent(), found);
                    found.removeIf(r -> r.actorId().isEmpty());
                    if (found.isEmpty()) {
                        ownerOfInstallation(resolver, sentence, child.dependent()).ifPresent(found::add);
                    }
                }
            }
        }
        if (found.isEmpty()) {
            // "an airstrike targeting the militants (hit a building)": the participle describing the strike, the
            // trigger or its subject, names whom it struck
            List<Integer> strikes = new ArrayList<>(List.of(trigger));
            sentence.children(trigger, "nsubj").forEach(subject -> strikes.add(subject.index()));
            for (int strike : strikes) {
                for (Dependency child : sentence.children(strike)) {
                    if (sentence.tokens().get(strike).isNoun() && child.relation().startsWith("acl")
                            && sentence.tokens().get(child.dependent()).pos().equals("VBG")) {
                        for (Token object : sentence.children(child.dependent(), "obj")) {
                            addReferents(resolver, sentence, object.index(), found);
                        }
                    }
                }
            }
        }
        if (found.isEmpty() && sentence.tokens().get(trigger).isNoun()) {
            // "anti-government protests", "an anti-ISIS offensive": whom the noun is against, from its modifier
            sentence.children(trigger).stream()
                    .filter(c -> c.relation().equals("amod") || c.relation().startsWith("compound"))
                    .flatMap(c -> resolver.opposedBy(sentence, c.dependent()).stream()).findFirst()
                    .ifPresent(found::add);
        }
        Optional<Dependency> head = sentence.head(trigger);
        if (found.isEmpty() && sentence.tokens().get(trigger).isNoun() && head.isPresent()
                && head.get().relation().equals("obj") && head.get().governor() >= 0) {
            // "carried out strikes on Sunday on ISIS": the parse hangs the strikes' target on the verb that does them
            for (Dependency sibling : sentence.children(head.get().governor())) {
                if (sibling.relation().startsWith("obl")
                        && hasAnyCase(sentence, sibling.dependent(), WordList.TARGET_PREPOSITIONS)) {
                    addReferents(resolver, sentence, sibling.dependent(), found);
                    if (found.isEmpty()) {
                        ownerOfInstallation(resolver, sentence, sibling.dependent()).ifPresent(found::add);
                    }
                }
            }
        }
        return found;
    }

    /**
     * People a deed is done to or aimed at, named by a group no actor stands for: "the executions of Coptic
     * Christians", "aid for refugees", "arrested 34 Americans", "killing some of the hostages". The group's noun as
     * written, from the object (or a passive subject), a target preposition's phrase, the object's own such phrase or,
     * for a physical noun deed, its "of" phrase; through a count that stands for it.
     */
    Optional<String> describedGroup(ActorResolver resolver, Sentence sentence, int trigger, boolean physical) {
        boolean passive = Clauses.isPassive(sentence, trigger);
        boolean noun = sentence.tokens().get(trigger).isNoun();
        List<Integer> phrases = new ArrayList<>();
        for (Dependency child : sentence.children(trigger)) {
            String relation = child.relation();
            boolean oblique = relation.startsWith("obl") || relation.startsWith("nmod");
            if (relation.equals("obj") || relation.equals("iobj") || (passive && relation.startsWith("nsubj"))) {
                phrases.add(child.dependent());
                sentence.children(child.dependent()).stream().filter(g -> g.relation().startsWith("nmod")
                                && hasAnyCase(sentence, g.dependent(), WordList.TARGET_PREPOSITIONS))
                        .forEach(g -> phrases.add(g.dependent()));
            } else if (oblique && (hasAnyCase(sentence, child.dependent(), WordList.TARGET_PREPOSITIONS)
                    || noun && physical && hasAnyCase(sentence, child.dependent(), WordList.PARTITIVE_PREPOSITIONS))) {
                phrases.add(child.dependent());
            }
        }
        for (int phrase : phrases) {
            List<Integer> heads = new ArrayList<>(List.of(phrase));
            Token head = sentence.tokens().get(phrase);
            if (head.pos().equals("CD") || countWords.contains(head.word().toLowerCase(Locale.ROOT))) {
                // "thousands of Yazidis", "some of the hostages": the people the count is of
                sentence.children(phrase).stream().filter(c -> c.relation().startsWith("nmod")
                                && hasAnyCase(sentence, c.dependent(), WordList.PARTITIVE_PREPOSITIONS))
                        .forEach(c -> heads.add(c.dependent()));
            }
            for (int candidate : heads) {
                Optional<String> group = groupNoun(resolver, sentence, candidate);
                if (group.isPresent()) {
                    return group;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A noun of a group of people ("Christians", "refugees", "hostages") that is no actor's name, as written; "his
     * officials" are a group too, though the owner's side stands for them where it is not the event's own actor.
     */
    private Optional<String> groupNoun(ActorResolver resolver, Sentence sentence, int token) {
        Token noun = sentence.tokens().get(token);
        if (!noun.isNoun() || resolver.actorAt(sentence, token)) {
            return Optional.empty();
        }
        boolean group = listedForms(noun).stream().anyMatch(w -> pack.has(WordList.GROUP_NOUNS, w)
                || pack.has(WordList.VICTIM_DESCRIPTIONS, w));
        return group ? Optional.of(noun.word().toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** Whether a group noun is a collective of {@code GROUP_NOUNS}, not a trade of {@code VICTIM_DESCRIPTIONS}. */
    private boolean collective(Token noun) {
        return listedForms(noun).stream().anyMatch(w -> pack.has(WordList.GROUP_NOUNS, w));
    }

    /**
     * The forms a group list may hold a noun under: its lemma, its word less a plural "s" (a plural name,
     * "Christians" tagged NNPS, may keep its ending in the lemma), and its word as written (a word listed as a plural,
     * "countries", is a group only so: "his country" is one state).
     */
    private static List<String> listedForms(Token noun) {
        String word = noun.word().toLowerCase(Locale.ROOT);
        String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return List.of(noun.lemma().toLowerCase(Locale.ROOT), singular, word);
    }

    /**
     * The deeds a threat threatens: the verbs of its infinitive or that-clause ("threatened to strike Turkey", "warned
     * that it would target the rebels").
     */
    static List<Integer> threatenedDeeds(Sentence sentence, int trigger) {
        return sentence.children(trigger).stream()
                .filter(c -> (c.relation().equals("xcomp") || c.relation().equals("ccomp")) && c.dependent() > trigger
                        && sentence.tokens().get(c.dependent()).isVerb())
                .map(Dependency::dependent).toList();
    }

    /** The side a nationality or name before an installation's noun names ("an Iranian convoy"), if any. */
    private Optional<Referent> ownerOfInstallation(ActorResolver resolver, Sentence sentence, int noun) {
        // "shot down a Syrian SU-22": a weapon's model name is a thing its state owns, as an installation is
        Token thing = sentence.tokens().get(noun);
        if (!pack.has(WordList.INSTALLATION_NOUNS, thing.lemma().toLowerCase(Locale.ROOT))
                && !ActorResolver.isModelName(sentence, noun)) {
            return Optional.empty();
        }
        return sentence.children(noun).stream()
                .filter(c -> c.relation().equals("amod") || c.relation().startsWith("compound")
                        || c.relation().equals("nmod:poss"))
                .flatMap(c -> resolver.resolve(sentence, c.dependent()).stream())
                .filter(r -> ActorResolver.isActor(r.mention())).findFirst();
    }

    /**
     * Whom a stance is about: "voiced frustration that Obama had not called", "complained that the government did not
     * help", "say the regime was responsible" (the subject of the clause it is about, verbal or copular, which the
     * parser may leave a bare dependent), "voiced
     * confidence in the FBI's work", "expressed concern over Russia's moves" (whose the thing it is about is), or
     * "condemned the crimes committed by the regime" (who did the thing it is about); of a passive stance, the same of
     * its subject ("Russia's bombing was condemned by France"), and of a prepositional one, the same of the thing its
     * preposition names ("disagreed with Moscow's report").
     */
    List<Referent> aboutWhom(ActorResolver resolver, Sentence sentence, int trigger) {
        List<Integer> holders = new ArrayList<>(List.of(trigger));
        sentence.children(trigger, "obj").forEach(object -> holders.add(object.index()));
        // "the general's strategy was opposed by the senator": a passive stance is about its subject
        sentence.children(trigger, "nsubj:pass").forEach(subject -> holders.add(subject.index()));
        // "disagreed with Moscow's report", "objected to the rebels' plan": the thing a preposition aims it at
        sentence.children(trigger).stream().filter(c -> c.relation().startsWith("obl")
                        && hasAnyCase(sentence, c.dependent(), WordList.TARGET_PREPOSITIONS))
                .forEach(c -> holders.add(c.dependent()));
        List<Referent> found = new ArrayList<>();
        for (int holder : holders) {
            for (Dependency child : sentence.children(holder)) {
                String relation = child.relation();
                // "say the regime has been responsible for the attacks": an accusation's clause is a copular
                // predicate, whose subject is the accused as a verb's is ("troops were under attack" is done to them)
                boolean clause = (relation.equals("ccomp") || relation.equals("acl") || relation.equals("dep"))
                        && (sentence.tokens().get(child.dependent()).isVerb()
                        || copularPredicate(sentence, child.dependent())) && child.dependent() > holder;
                if (clause) {
                    sentence.children(child.dependent()).stream().filter(d -> d.relation().startsWith("nsubj"))
                            .forEach(subject -> addReferents(resolver, sentence, subject.dependent(), found));
                } else if (holder != trigger && relation.startsWith("nmod")) {
                    addReferents(resolver, sentence, child.dependent(), found);
                }
                if (found.isEmpty() && holder != trigger && relation.startsWith("acl")) {
                    // "condemned the crimes committed by the regime": who did the thing, as its participle says
                    found.addAll(describedAgents(resolver, sentence, holder));
                }
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return found;
    }

    /**
     * Whom a noun of disapproval is aimed at: the side its "of" phrase names ("criticism of Moscow") or, where that
     * phrase names a thing, the thing's owner ("criticism of Obama's policy", "a critique of U.S. policy").
     */
    List<Referent> disapprovedOf(ActorResolver resolver, Sentence sentence, int noun) {
        List<Referent> found = new ArrayList<>();
        for (Dependency child : sentence.children(noun)) {
            if (child.relation().startsWith("nmod")
                    && hasAnyCase(sentence, child.dependent(), WordList.PARTITIVE_PREPOSITIONS)) {
                addReferents(resolver, sentence, child.dependent(), found);
                if (found.isEmpty()) {
                    ownerOf(resolver, sentence, child.dependent()).ifPresent(found::add);
                }
            }
        }
        return found;
    }

    /**
     * The side a place is taken from, marked as the side driven out of it is ("retook Tikrit from ISIS", "an
     * offensive to retake Sinjar from the Islamic State"): the holder the taking is made against.
     */
    List<Referent> losers(ActorResolver resolver, Sentence sentence, int trigger) {
        List<Referent> found = new ArrayList<>();
        for (Dependency child : sentence.children(trigger)) {
            if ((child.relation().startsWith("obl") || child.relation().startsWith("nmod"))
                    && hasAnyCase(sentence, child.dependent(), WordList.EXPULSION_PREPOSITIONS)) {
                addReferents(resolver, sentence, child.dependent(), found);
            }
        }
        return found;
    }

    /**
     * Of whom a demand asks: "demanded an apology from Turkey", "asking for a blank check from Congress" (the source
     * of the thing asked for, or of the asking itself).
     */
    List<Referent> addressees(ActorResolver resolver, Sentence sentence, int trigger) {
        List<Integer> asked = new ArrayList<>(List.of(trigger));
        for (Dependency child : sentence.children(trigger)) {
            if (child.relation().equals("obj") || child.relation().startsWith("obl")) {
                asked.add(child.dependent());
            }
        }
        List<Referent> found = new ArrayList<>();
        for (int thing : asked) {
            for (Dependency child : sentence.children(thing)) {
                if ((child.relation().startsWith("nmod") || child.relation().startsWith("obl"))
                        && hasAnyCase(sentence, child.dependent(), WordList.ADDRESSEE_PREPOSITIONS)) {
                    addReferents(resolver, sentence, child.dependent(), found);
                }
            }
        }
        return found;
    }

    /**
     * Who is asked to act, where a demand's complement names its own subject: "demanded that Turkey withdraw",
     * "called for the United States to send weapons". A question ("asked whether Turkey would") or a
     * condition asks nothing of its subject; a clause of another kind ("because …") is no complement.
     */
    List<Referent> askedToAct(ActorResolver resolver, Sentence sentence, int trigger, ModalityDetector modality) {
        List<Referent> found = new ArrayList<>();
        for (Dependency child : sentence.children(trigger)) {
            int clause = child.dependent();
            boolean complement = child.relation().equals("ccomp")
                    // "for X to …" is parsed as an adverbial clause with a subject of its own
                    || (child.relation().equals("advcl")
                    && ModalityDetector.infinitiveMark(sentence, clause).isPresent());
            if (complement && clause > trigger && sentence.tokens().get(clause).isVerb()
                    && !modality.conditional(sentence, clause)) {
                sentence.children(clause, "nsubj").forEach(subject -> addReferents(resolver, sentence,
                        subject.index(), found));
            }
        }
        return found;
    }

    /**
     * The group a demand asks to act, where its complement's subject is a group no actor stands for: "called on the
     * international community to act", "appealed to the other tribes to stand by them" (parsed as "for X to …"
     * clauses), as written. A question, a condition or a passive asks nothing of its subject.
     */
    Optional<String> askedGroup(ActorResolver resolver, Sentence sentence, int trigger, ModalityDetector modality) {
        for (Dependency child : sentence.children(trigger)) {
            int clause = child.dependent();
            boolean complement = child.relation().equals("ccomp") || (child.relation().equals("advcl")
                    && ModalityDetector.infinitiveMark(sentence, clause).isPresent());
            if (complement && clause > trigger && sentence.tokens().get(clause).isVerb()
                    && !modality.conditional(sentence, clause)) {
                // "called for the residents to be evacuated": a passive's subject is not asked to do anything
                for (Dependency subject : sentence.children(clause)) {
                    // a collective ("the international community"), not one of the victims' trades ("called upon
                    // reporters to leave" asks no side)
                    Optional<String> group = subject.relation().equals("nsubj")
                            ? groupNoun(resolver, sentence, subject.dependent())
                            .filter(g -> collective(sentence.tokens().get(subject.dependent()))) : Optional.empty();
                    if (group.isPresent()) {
                        return group;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whom a threat is aimed at through its condition: "vowed to act if the regime used chemical weapons", "warned
     * that it would strike unless Turkey withdrew" (the subject of a condition on the threat or on what it threatens).
     */
    List<Referent> conditionedOn(ActorResolver resolver, Sentence sentence, int trigger, ModalityDetector modality) {
        List<Integer> holders = new ArrayList<>(List.of(trigger));
        sentence.children(trigger).stream().filter(c -> c.relation().equals("xcomp") || c.relation().equals("ccomp"))
                .forEach(c -> holders.add(c.dependent()));
        List<Referent> found = new ArrayList<>();
        for (int holder : holders) {
            for (Token condition : sentence.children(holder, "advcl")) {
                if (modality.conditional(sentence, condition.index())) {
                    sentence.children(condition.index(), "nsubj").forEach(subject -> addReferents(resolver,
                            sentence, subject.index(), found));
                }
            }
        }
        return found;
    }

    /** The patient of a passive verb: its own passive subject, or the subject of the verb it is coordinated with. */
    List<Referent> passiveSubjects(ActorResolver resolver, Sentence sentence, int verb) {
        List<Referent> found = new ArrayList<>();
        for (Token subject : sentence.children(verb, "nsubj")) {
            addReferents(resolver, sentence, subject.index(), found);
        }
        if (found.isEmpty()) {
            // "arrived but was fired upon", "after being attacked by ISIS, the fighters withdrew": a passive joined to
            // a verb, or modifying one with no subject of its own, shares that verb's subject
            Optional<Dependency> head = sentence.head(verb);
            boolean joined = head.isPresent() && (head.get().relation().equals("conj")
                    || head.get().relation().equals("advcl") && sentence.children(verb).stream()
                    .noneMatch(c -> c.relation().startsWith("nsubj")));
            if (joined && head.get().governor() >= 0) {
                for (Token subject : sentence.children(head.get().governor(), "nsubj")) {
                    addReferents(resolver, sentence, subject.index(), found);
                }
            }
        }
        return found;
    }

    /**
     * Whether a verb's phrase marked by the preposition is a level rather than a side ("fell to 40 dollars", "fell to
     * second place"): a number, a counted noun or a ranked one.
     */
    boolean markedLevel(Sentence sentence, int verb, String preposition) {
        return sentence.children(verb).stream().filter(c -> c.relation().startsWith("obl")
                        && Clauses.hasCase(sentence, c.dependent(), preposition))
                .anyMatch(c -> sentence.tokens().get(c.dependent()).pos().equals("CD")
                        || !sentence.children(c.dependent(), "nummod").isEmpty()
                        || sentence.children(c.dependent(), "amod").stream().anyMatch(a -> pack.has(
                        WordList.RANKING_ADJECTIVES, a.word().toLowerCase(Locale.ROOT))));
    }

    private List<Referent> marked(ActorResolver resolver, Sentence sentence, int trigger, String preposition) {
        List<Referent> found = new ArrayList<>();
        // "received support from Russia": the parse may hang the phrase on the object the pattern names
        List<Integer> holders = new ArrayList<>(List.of(trigger));
        sentence.children(trigger, "obj").forEach(object -> holders.add(object.index()));
        for (int holder : holders) {
            for (Dependency child : sentence.children(holder)) {
                if ((child.relation().startsWith("obl") || child.relation().startsWith("nmod"))
                        && Clauses.hasCase(sentence, child.dependent(), preposition)) {
                    addReferentsOrPeople(resolver, sentence, child.dependent(), found);
                }
            }
        }
        Optional<Dependency> head = sentence.head(trigger);
        if (found.isEmpty() && sentence.tokens().get(trigger).isNoun() && head.isPresent()
                && head.get().relation().equals("obj") && head.get().governor() >= 0) {
            // "celebrated the fall of Mosul to Iraqi forces": the parse may hang the noun's phrase on the verb whose
            // object the noun is, after the noun
            phrasesAfterObject(sentence, head.get().governor(), trigger)
                    .filter(sibling -> Clauses.hasCase(sentence, sibling.dependent(), preposition))
                    .forEach(sibling -> addReferents(resolver, sentence, sibling.dependent(), found));
        }
        return found;
    }

    /**
     * The subjects of a verb: its own, its passive agent, or those of the verb it is embedded under. A verb with a
     * subject of its own that names no actor ("the raid killed …") has no known actor: its governor's is not its.
     */
    private List<Referent> subjects(ActorResolver resolver, Sentence sentence, int verb) {
        int current = verb;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            List<Referent> found = new ArrayList<>();
            // "the town seized by Hezbollah": a participle with its agent is passive, the noun it describes no subject
            final int clause = current;
            boolean passive = Clauses.isPassive(sentence, current) || Clauses.reducedRelative(sentence, current)
                    && sentence.children(current).stream().anyMatch(c -> c.relation().startsWith("obl")
                    && hasAnyCase(sentence, c.dependent(), WordList.AGENT_PREPOSITIONS) && c.dependent() > clause);
            boolean ownSubject = false;
            // "shelling by the army killed …": a gerund standing as a noun has its doer in a "by" phrase
            boolean gerund = current == verb && sentence.tokens().get(verb).pos().equals("VBG")
                    && sentence.head(verb).filter(h -> h.relation().startsWith("nsubj") || h.relation().equals("obj")
                    || h.relation().startsWith("obl")).isPresent();
            for (Dependency child : sentence.children(current)) {
                boolean agent = isAgent(sentence, child, passive || gerund);
                boolean subject = !passive && (child.relation().equals("nsubj")
                        || misparsedRelativeSubject(sentence, current).filter(r -> r == child.dependent()).isPresent());
                if (child.relation().equals("nsubj:pass")
                        && pack.has(WordList.RAISING_VERBS, sentence.tokens().get(current).lemma())) {
                    subject = true; // "ministers are expected to meet": the ministers meet
                }
                ownSubject |= subject || (child.relation().startsWith("nsubj") && current == verb);
                if (subject || agent) {
                    int before = found.size();
                    addReferents(resolver, sentence, child.dependent(), found);
                    if (found.size() == before && subject) {
                        resolver.describedPeople(sentence, child.dependent()).ifPresent(found::add);
                    }
                }
            }
            if (found.isEmpty() && passive && current == verb) {
                found.addAll(meansAgents(resolver, sentence, verb));
            }
            if (found.isEmpty() && !ownSubject) {
                misparsedReportedSubject(sentence, current)
                        .ifPresent(subject -> addReferents(resolver, sentence, subject, found));
            }
            if (!found.isEmpty() || (ownSubject && current == verb) || (passive && current == verb)) {
                return found;
            }
            Optional<Dependency> head = sentence.head(current);
            if (head.isEmpty() || head.get().governor() < 0 || !(sharesSubject(head.get().relation())
                    || head.get().relation().startsWith("acl") || trailingParticiple(sentence, head.get())
                    || markedGerund(sentence, head.get()))) {
                break;
            }
            final int governed = current;
            Optional<Integer> controller = controller(sentence, governed)
                    .or(() -> gerundController(sentence, governed));
            if (controller.isPresent()) {
                // "urged Turkey to withdraw": an infinitive's subject is its governor's object where that names an
                // actor itself ("fled their houses to avoid the battles" is a purpose, the houses no one)
                addReferents(resolver, sentence, controller.get(), found);
                int[] phrase = sentence.subtreeRange(controller.get());
                found.removeIf(r -> r.viaPronoun() || r.mention().sentence() != sentence.index()
                        || r.mention().firstToken() < phrase[0] || r.mention().lastToken() > phrase[1]);
                if (!found.isEmpty()) {
                    return found;
                }
            }
            // "a UN team is in Syria to investigate": a prepositional predicate (with a copula) says where its subject
            // is, and that subject does what the clause hung on it says
            int governor = head.get().governor();
            boolean predicate = !sentence.children(governor, "cop").isEmpty()
                    && !sentence.children(governor, "case").isEmpty();
            if (head.get().relation().startsWith("acl") && !predicate) {
                // "factions ..., operating under X": the noun the participle describes is its subject
                addReferents(resolver, sentence, head.get().governor(), found);
                if (!found.isEmpty()) {
                    return found;
                }
                // "issued a statement condemning the attack": a text carries its author's words, so what the
                // participle on it says, the subject of the verb that issues it does
                Optional<Dependency> textHead = sentence.head(head.get().governor());
                if (sentence.tokens().get(current).pos().equals("VBG") && textHead.isPresent()
                        && textHead.get().relation().equals("obj") && textHead.get().governor() >= 0
                        && pack.has(WordList.PERSON_TEXT_NOUNS, sentence.tokens().get(head.get().governor()).lemma()
                        .toLowerCase(Locale.ROOT))) {
                    current = textHead.get().governor();
                    continue;
                }
                // "fired into Damascus, killing several people": a gerund hung on the place a deed went to
                // continues that deed, whose subject it shares
                Optional<Dependency> placeHead = sentence.head(head.get().governor());
                if (sentence.tokens().get(current).pos().equals("VBG") && placeHead.isPresent()
                        && placeHead.get().governor() >= 0 && placeHead.get().relation().startsWith("obl")
                        && resolver.placeAt(sentence, head.get().governor())
                        && sentence.tokens().get(placeHead.get().governor()).isVerb()) {
                    current = placeHead.get().governor();
                    continue;
                }
            }
            current = head.get().governor();
        }
        return new ArrayList<>();
    }

    /**
     * "Russia's military said six bombers carried out strikes": a deed whose subject is forces no one is named as
     * owning, told by a speaker, is the speaker's own forces' deed; the caller keeps it only for a side that fights.
     * A passive subject is those forces only where the deed moves them ({@code movesForces}: "he said reinforcements
     * were sent"); a passive attack's subject is its victim ("the army said soldiers were killed").
     */
    Optional<Referent> speakerOfOwnForces(ActorResolver resolver, Sentence sentence, int clause,
                                          boolean movesForces) {
        boolean passive = !sentence.children(clause, "nsubj:pass").isEmpty();
        List<Token> subjects = passive && !movesForces ? List.of() : sentence.children(clause, "nsubj");
        boolean unownedForces = subjects.size() == 1 && resolver.resolve(sentence, subjects.get(0).index()).isEmpty()
                && pack.has(WordList.FORCE_NOUNS, subjects.get(0).word().toLowerCase(Locale.ROOT));
        Optional<Dependency> head = sentence.head(clause);
        if (!unownedForces || head.isEmpty() || head.get().governor() < 0 || !head.get().relation().equals("ccomp")
                || !pack.has(WordList.SPEECH_VERBS, sentence.tokens().get(head.get().governor()).lemma())) {
            return Optional.empty();
        }
        return subjects(resolver, sentence, head.get().governor()).stream().findFirst();
    }

    /**
     * "ISIS claimed responsibility for several killings, among them an attack in Nice": who claims
     * an attack names its actor; the attack hangs, a few nouns down, on the responsibility claimed.
     */
    private List<Referent> claimants(ActorResolver resolver, Sentence sentence, int noun) {
        int current = noun;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            Optional<Dependency> head = sentence.head(current);
            if (head.isEmpty() || head.get().governor() < 0 || !head.get().relation().startsWith("nmod")) {
                return List.of();
            }
            current = head.get().governor();
            if (pack.has(WordList.RESPONSIBILITY_NOUNS, sentence.tokens().get(current).lemma()
                    .toLowerCase(Locale.ROOT))) {
                Optional<Dependency> claim = sentence.head(current);
                return claim.filter(c -> c.relation().equals("obj") && c.governor() >= 0)
                        .map(c -> subjects(resolver, sentence, c.governor())).orElse(List.of());
            }
        }
        return List.of();
    }

    /**
     * The object that controls a to-infinitive ("urged Turkey to withdraw", "asked Jordan to host the talks"): who is
     * to do what the infinitive names, as Universal Dependencies has an xcomp's object control it.
     */
    public static Optional<Integer> controller(Sentence sentence, int verb) {
        Optional<Dependency> head = sentence.head(verb);
        if (head.isEmpty() || head.get().governor() < 0 || !head.get().relation().equals("xcomp")
                || ModalityDetector.infinitiveMark(sentence, verb).isEmpty()) {
            return Optional.empty();
        }
        return sentence.children(head.get().governor(), "obj").stream().map(Token::index).findFirst();
    }

    /**
     * The object a gerund of its verb is said of: "accused Russia of shelling the town", "thanked Iran for helping",
     * "charged the men with plotting attacks" (a gerund marked by one of the pack's object-control prepositions): the
     * object does what the gerund names, not the one who accuses or thanks it.
     */
    private Optional<Integer> gerundController(Sentence sentence, int gerund) {
        Optional<Dependency> head = sentence.head(gerund);
        if (head.isEmpty() || head.get().governor() < 0 || !sentence.tokens().get(gerund).pos().equals("VBG")
                || !(head.get().relation().equals("advcl") || head.get().relation().startsWith("obl")
                || head.get().relation().equals("dep"))
                || sentence.children(gerund).stream().noneMatch(c -> (c.relation().equals("case")
                || c.relation().equals("mark")) && c.dependent() < gerund && pack.has(
                WordList.OBJECT_CONTROL_PREPOSITIONS, sentence.tokens().get(c.dependent()).word()
                        .toLowerCase(Locale.ROOT)))) {
            return Optional.empty();
        }
        return sentence.children(head.get().governor(), "obj").stream().map(Token::index)
                .filter(object -> object < gerund).findFirst();
    }

    /**
     * "protesters clashed with police, calling for …": a participle after a comma that the parser leaves as a bare
     * dependent of a verb continues that verb's clause, whose subject it shares.
     */
    private static boolean trailingParticiple(Sentence sentence, Dependency head) {
        int participle = head.dependent();
        return head.relation().equals("dep") && sentence.tokens().get(participle).pos().equals("VBG")
                && sentence.tokens().get(head.governor()).isVerb() && participle > head.governor()
                && sentence.children(participle).stream().noneMatch(c -> c.relation().startsWith("nsubj"))
                && participle > 0 && sentence.tokens().get(participle - 1).word().equals(",");
    }

    /**
     * "Israel responded by shooting down the drone": a gerund marked by a preposition, with no subject of its own,
     * that the parser hangs on a verb as a bare dependent or an oblique says how or when that verb's subject acted.
     * A verb with an object, or a passive one, may hand the gerund to its object or patient instead ("accused Russia
     * of bombing", "the rebels were accused of shelling"), so it is left alone.
     */
    private static boolean markedGerund(Sentence sentence, Dependency head) {
        int gerund = head.dependent();
        int verb = head.governor();
        return (head.relation().equals("dep") || head.relation().startsWith("obl"))
                && sentence.tokens().get(gerund).pos().equals("VBG") && sentence.tokens().get(verb).isVerb()
                && sentence.children(gerund).stream().anyMatch(c -> (c.relation().equals("case")
                || c.relation().equals("mark")) && sentence.tokens().get(c.dependent()).pos().equals("IN"))
                && sentence.children(gerund).stream().noneMatch(c -> c.relation().startsWith("nsubj"))
                && sentence.children(verb, "obj").isEmpty() && !Clauses.isPassive(sentence, verb);
    }

    /** Clauses that share their governor's subject; a ccomp ("said that X …") has its own. */
    private static boolean sharesSubject(String relation) {
        return relation.equals("xcomp") || relation.equals("advcl") || relation.equals("conj");
    }

    /**
     * Who did a passive deed through an attempt it names: "overrun in an offensive led by Hezbollah",
     * "captured in the army's offensive".
     */
    private List<Referent> meansAgents(ActorResolver resolver, Sentence sentence, int verb) {
        for (Dependency child : sentence.children(verb)) {
            if (child.relation().startsWith("obl")
                    && pack.has(WordList.ATTEMPT_WORDS, sentence.tokens().get(child.dependent()).lemma())) {
                List<Referent> found = describedAgents(resolver, sentence, child.dependent());
                ownerOf(resolver, sentence, child.dependent()).filter(o -> found.isEmpty()).ifPresent(found::add);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /** The agents of a participle describing a noun event: "airstrikes conducted by the coalition". */
    private List<Referent> describedAgents(ActorResolver resolver, Sentence sentence, int noun) {
        List<Referent> found = new ArrayList<>();
        for (Dependency child : sentence.children(noun)) {
            if (!child.relation().startsWith("acl")) {
                continue;
            }
            for (Dependency argument : sentence.children(child.dependent())) {
                if (isAgent(sentence, argument, true)) { // a participle describing a noun is passive
                    addReferents(resolver, sentence, argument.dependent(), found);
                }
            }
        }
        return found;
    }

    /**
     * "the liberation of Ramadi by Iraqi forces": a noun's "by" agent, or, where the parse hangs it on the active verb
     * whose object the noun is ("praised the liberation of Ramadi by Iraqi forces"), the "by" phrase after the noun.
     */
    private List<Referent> nounAgents(ActorResolver resolver, Sentence sentence, int noun) {
        List<Referent> found = new ArrayList<>();
        // "shelling by the army", tagged as a gerund, has its "by" phrase as a verb's oblique
        List<Dependency> candidates = new ArrayList<>(sentence.children(noun).stream()
                .filter(c -> c.relation().startsWith("nmod") || c.relation().startsWith("obl")).toList());
        sentence.head(noun).filter(h -> h.relation().equals("obj") && h.governor() >= 0
                        && !Clauses.isPassive(sentence, h.governor()))
                .ifPresent(h -> sentence.children(h.governor()).stream()
                        .filter(c -> c.relation().startsWith("obl") && c.dependent() > noun).forEach(candidates::add));
        for (Dependency candidate : candidates) {
            if (hasAnyCase(sentence, candidate.dependent(), WordList.AGENT_PREPOSITIONS)) {
                addReferents(resolver, sentence, candidate.dependent(), found);
            }
        }
        return found;
    }

    /** "by X" on a verb: the parser's passive agent, or an oblique marked by an agent preposition on a passive verb. */
    private boolean isAgent(Sentence sentence, Dependency child, boolean passive) {
        return child.relation().equals("obl:agent") || (child.relation().startsWith("obl") && passive
                && hasAnyCase(sentence, child.dependent(), WordList.AGENT_PREPOSITIONS));
    }

    /** A noun trigger's owner: "the opposition's offensive", "Turkish efforts". */
    private static Optional<Referent> ownerOf(ActorResolver resolver, Sentence sentence, int noun) {
        for (Dependency child : sentence.children(noun)) {
            if (child.relation().equals("nmod:poss") || child.relation().equals("amod")
                    || child.relation().startsWith("compound")) {
                Optional<Referent> owner = resolver.resolve(sentence, child.dependent());
                if (owner.isPresent() && ActorResolver.isActor(owner.get().mention())) {
                    return owner;
                }
            }
        }
        // "government airstrikes", "rebel bombardment": no name, but a word that names a side's forces
        return sentence.children(noun).stream()
                .filter(c -> c.relation().equals("amod") || c.relation().startsWith("compound"))
                .flatMap(c -> resolver.sideOfModifier(sentence, c.dependent()).stream()).findFirst();
    }

    /**
     * Sides named by coordinated modifiers of the phrase that does the deed ("Russian and Syrian jets bombed",
     * "Russian and coalition air raids", "was hit by U.S. and British strikes"): partners, each an actor of its own
     * deed, not the deed's two sides. Empty unless two or more are named.
     */
    List<Referent> partners(ActorResolver resolver, Sentence sentence, Token trigger, EventPattern pattern,
                            int clause) {
        List<Integer> doers = new ArrayList<>();
        if (pattern.noun()) {
            doers.add(trigger.index());
        }
        sentence.children(clause).stream().filter(c -> c.relation().startsWith("nsubj")
                || isAgent(sentence, c, Clauses.isPassive(sentence, clause))).forEach(c -> doers.add(c.dependent()));
        for (int doer : doers) {
            List<Referent> found = coAgents(resolver, sentence, doer, pattern.noun() && doer == trigger.index());
            if (found.size() > 1) {
                return found;
            }
            found.clear();
            for (Dependency child : sentence.children(doer)) {
                if (!child.relation().equals("amod") && !child.relation().startsWith("compound")) {
                    continue;
                }
                List<Integer> words = new ArrayList<>(List.of(child.dependent()));
                sentence.children(child.dependent(), "conj").forEach(c -> words.add(c.index()));
                for (int word : words.size() > 1 ? words : List.<Integer>of()) {
                    resolver.resolve(sentence, word).filter(r -> ActorResolver.isActor(r.mention()))
                            .or(() -> resolver.sideOfModifier(sentence, word))
                            .filter(r -> found.stream().noneMatch(o -> o.name().equals(r.name())))
                            .ifPresent(found::add);
                }
            }
            if (found.size() > 1) {
                return found;
            }
        }
        return List.of();
    }

    /**
     * A noun hung on its clause's verb as an oblique marked by a preposition of a medium ("in", "during"), told as new
     * ("during a speech"): "during the speech" names one told before, which may be anyone's.
     */
    private boolean mediumOfClause(Sentence sentence, int noun, int clause) {
        return sentence.head(noun).filter(h -> h.governor() == clause && h.relation().startsWith("obl")).isPresent()
                && sentence.children(noun, "case").stream()
                .anyMatch(c -> pack.has(WordList.MEDIUM_PREPOSITIONS, c.word().toLowerCase(Locale.ROOT)))
                && sentence.children(noun, "det").stream()
                .noneMatch(d -> pack.has(WordList.ANAPHORIC_DETERMINERS, d.word().toLowerCase(Locale.ROOT)));
    }

    /**
     * Sides joined in one "by" phrase ("bombed by the regime and Russia", "airstrikes by the regime and Russian
     * forces"): partners in the deed, not its two sides. The agent phrase itself, or a noun event's agent phrases.
     */
    private List<Referent> coAgents(ActorResolver resolver, Sentence sentence, int doer, boolean nounEvent) {
        List<Integer> agents = new ArrayList<>();
        if (nounEvent) {
            sentence.children(doer).stream().filter(c -> c.relation().startsWith("nmod")
                    && hasAnyCase(sentence, c.dependent(), WordList.AGENT_PREPOSITIONS))
                    .forEach(c -> agents.add(c.dependent()));
        } else if (hasAnyCase(sentence, doer, WordList.AGENT_PREPOSITIONS)) {
            agents.add(doer);
        }
        List<Referent> found = new ArrayList<>();
        for (int agent : agents) {
            List<Integer> heads = new ArrayList<>(List.of(agent));
            sentence.children(agent, "conj").forEach(c -> heads.add(c.index()));
            for (int head : heads.size() > 1 ? heads : List.<Integer>of()) {
                resolver.resolve(sentence, head).filter(r -> ActorResolver.isActor(r.mention()))
                        .filter(r -> found.stream().noneMatch(o -> o.name().equals(r.name())))
                        .ifPresent(found::add);
            }
        }
        return found;
    }

    /** Referents of a phrase and of the phrases coordinated with it ("Turkish, Iranian, and Russian ministers"). */
    private void addReferents(ActorResolver resolver, Sentence sentence, int head, List<Referent> out) {
        List<Integer> heads = new ArrayList<>(List.of(head));
        for (Token conj : sentence.children(head, "conj")) {
            heads.add(conj.index());
        }
        for (Dependency child : sentence.children(head)) {
            if (child.relation().equals("amod")) {
                for (Token conj : sentence.children(child.dependent(), "conj")) {
                    heads.add(conj.index());
                }
            }
        }
        // "shelled Kafr Nabl and Armanaz": a name coordinated with a named place is a place the gazetteer missed,
        // however the NER typed it, unless the knowledge holds it as an actor
        boolean placeList = heads.stream().anyMatch(h -> resolver.resolve(sentence, h)
                .filter(r -> r.mention().place().isPresent() && r.mention().actor().isEmpty()).isPresent());
        for (int h : heads) {
            // "advanced towards the Wadi Sahl region", "a mortar attack on the Hamra district": so is a name that a
            // place noun heads, and a description that a place noun heads ("the stronghold") standing for such a name
            resolver.resolve(sentence, h).filter(r -> ActorResolver.isActor(r.mention()))
                    .filter(r -> !placeList || r.mention().actor().isPresent())
                    .filter(r -> !placeNoun(sentence, h) || r.mention().actor().isPresent())
                    .filter(r -> out.stream().noneMatch(o -> o.name().equals(r.name())))
                    .ifPresent(out::add);
        }
    }

    /** Whether a phrase's head is a noun that calls the name beside it a place ("region", "district", "town"). */
    private boolean placeNoun(Sentence sentence, int head) {
        Token token = sentence.tokens().get(head);
        return token.isNoun() && !token.isProperNoun()
                && pack.has(WordList.PLACE_CLASS_NOUNS, token.lemma().toLowerCase(Locale.ROOT));
    }

    /** The actors a phrase names, else the people it describes ("demands from Turkish lawmakers"). */
    private void addReferentsOrPeople(ActorResolver resolver, Sentence sentence, int head, List<Referent> out) {
        int before = out.size();
        addReferents(resolver, sentence, head, out);
        if (out.size() == before) {
            resolver.describedPeople(sentence, head).ifPresent(out::add);
        }
    }

    /**
     * "deployed advisers to Iraq", "entered Jordan", "fled from Mosul": a place that forces move to, into or out of
     * (the move's object or a locative phrase) is where the move happens, not a side it is aimed at; "a treaty with
     * Moscow that reduced forces" keeps its partner.
     */
    boolean placeMovedTo(Sentence sentence, Referent target) {
        EntityType type = target.mention().mention().type();
        boolean place = target.mention().place().isPresent() || type == EntityType.COUNTRY
                || type == EntityType.LOCATION;
        int head = target.mention().lastToken();
        return place && !target.viaPronoun() && sentence.head(head).filter(h -> h.relation().equals("obj")
                || (h.relation().startsWith("obl") || h.relation().startsWith("nmod"))
                && hasAnyCase(sentence, head, WordList.LOCATIVE_PREPOSITIONS)).isPresent();
    }

    boolean hasAnyCase(Sentence sentence, int token, WordList prepositions) {
        return Clauses.markedBy(pack, sentence, token, prepositions);
    }

}
