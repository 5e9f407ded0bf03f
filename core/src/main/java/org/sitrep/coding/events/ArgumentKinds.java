package org.sitrep.coding.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sitrep.coding.actors.Referent;
import org.sitrep.coding.syntax.Clauses;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.Actor;
import org.sitrep.model.EntityType;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * What kind of participant a deed's words name: an armed side, civilians, a named group or person, a monitor;
 * the constraints that tell a deed's physical sense from its other senses ("jets hit", not "sanctions hit").
 */
final class ArgumentKinds {
    private final KnowledgeBase knowledge;
    private final LanguagePack pack;
    /** The pack's count words ("dozens", "a number"), which head the armed men they count ("dozens of fighters"). */
    private final Set<String> countWords;

    ArgumentKinds(KnowledgeBase knowledge, LanguagePack pack) {
        this.knowledge = knowledge;
        this.pack = pack;
        this.countWords = EventCoder.countWords(pack);
    }

    /** Whether a group's noun, as written, is one of people whom violence hits as civilians ("protesters"). */
    boolean civilian(String group) {
        String singular = group.endsWith("s") ? group.substring(0, group.length() - 1) : group;
        return pack.has(WordList.CIVILIAN_NOUNS, group) || pack.has(WordList.CIVILIAN_NOUNS, singular);
    }

    /**
     * "a pastor was beheaded", "killed 60 foreign mercenaries": victims no actor names, told by a noun of people the
     * analyst writes as the target ("pastor", "mercenaries").
     */
    Optional<String> describedVictims(Sentence sentence, Token trigger) {
        boolean passive = Clauses.isPassive(sentence, trigger.index());
        return sentence.children(trigger.index()).stream()
                .filter(c -> c.relation().equals("obj") || (passive && c.relation().startsWith("nsubj")))
                .map(c -> sentence.tokens().get(c.dependent()))
                .filter(n -> n.isNoun() && pack.has(WordList.VICTIM_DESCRIPTIONS, n.lemma().toLowerCase(Locale.ROOT)))
                .map(n -> n.word().toLowerCase(Locale.ROOT)).findFirst();
    }

    /**
     * "Protesters clash with security forces in Daraa": violence whose subject is civilians (protesters, residents)
     * is no fight for the ground.
     */
    boolean civilianSubject(Sentence sentence, Token trigger) {
        return sentence.children(trigger.index(), "nsubj").stream()
                .anyMatch(s -> pack.has(WordList.CIVILIAN_NOUNS, s.lemma().toLowerCase(Locale.ROOT)));
    }

    /** "Russian warplanes attacked IS positions": violence whose subject is aircraft takes no ground. */
    boolean byAir(Sentence sentence, Token trigger) {
        return sentence.children(trigger.index(), "nsubj").stream()
                .anyMatch(s -> pack.has(WordList.AIRCRAFT_NOUNS, s.lemma().toLowerCase(Locale.ROOT)));
    }

    /** An actor of the knowledge base, or a group named outright ("the Abdullah Azzam Brigades claimed"). */
    static boolean knownOrNamedGroup(Referent referent) {
        EntityType type = referent.mention().mention().type();
        return referent.actorId().isPresent() || (!referent.viaPronoun()
                && (type == EntityType.ARMED_GROUP || type == EntityType.ORGANIZATION));
    }

    /** A person the text names (not a pronoun for one): the speaker of a statement noun. */
    static boolean namedPerson(Referent referent) {
        return !referent.viaPronoun() && referent.mention().mention().type() == EntityType.PERSON;
    }

    boolean civilOrganisation(Referent referent) {
        return referent.actorId().flatMap(knowledge::byId).map(a -> a.kind() == Actor.ActorKind.ORGANISATION)
                .orElse(false);
    }

    /**
     * "17 soldiers were killed", "killing three militants", "fighters killed in the raid": the deed's victims (its
     * object, passive subject, or the noun its participle describes) are described as armed men.
     */
    boolean armedVictims(Sentence sentence, Token trigger) {
        boolean passive = Clauses.isPassive(sentence, trigger.index());
        // a bare participle (no auxiliary, no object) tells what was done to its noun or its subject: "fighters killed
        // in the raid", "had nine fighters killed"; "bombers who detonated their explosives" did the deed
        boolean bare = trigger.pos().equals("VBN") && sentence.children(trigger.index()).stream()
                .noneMatch(d -> d.relation().startsWith("aux") || d.relation().equals("obj"));
        Stream<Token> described = !bare ? Stream.empty() : Stream.concat(sentence.head(trigger.index())
                        .filter(h -> h.governor() >= 0 && h.relation().startsWith("acl"))
                        .map(h -> sentence.tokens().get(h.governor())).stream(),
                sentence.children(trigger.index(), "nsubj").stream());
        return Stream.concat(sentence.children(trigger.index()).stream()
                        .filter(c -> c.relation().equals("obj") || (passive && c.relation().startsWith("nsubj")))
                        .map(c -> sentence.tokens().get(c.dependent())), described)
                .flatMap(n -> Stream.concat(Stream.of(n), counted(sentence, n)))
                .anyMatch(n -> n.isNoun() && pack.has(WordList.ARMED_DESCRIPTIONS, n.lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * "dozens of terrorists", "a number of fighters", "many of the rebels", "two of the soldiers": the nouns a count
     * word or a quantifier standing as the head heads, which are the ones killed.
     */
    private Stream<Token> counted(Sentence sentence, Token noun) {
        if (noun.isNoun() && !countWords.contains(noun.word().toLowerCase(Locale.ROOT))) {
            return Stream.empty();
        }
        return sentence.children(noun.index()).stream().filter(d -> d.relation().startsWith("nmod")
                        && Clauses.hasCase(sentence, d.dependent(), "of"))
                .map(d -> sentence.tokens().get(d.dependent()));
    }

    /**
     * "a terror attack on the U.S. Consulate": the side is named only as the owner of what was struck (a building, a
     * convoy of aid), not as forces, so the attack is on that thing, not a battle with the side.
     */
    boolean ownedThing(Sentence sentence, Referent target) {
        return sentence.head(target.mention().lastToken()).filter(h -> h.governor() >= 0
                && (h.relation().startsWith("compound") || h.relation().equals("amod")
                || h.relation().equals("nmod:poss"))
                && sentence.tokens().get(h.governor()).isNoun()
                && !pack.has(WordList.FORCE_NOUNS, sentence.tokens().get(h.governor()).word().toLowerCase(Locale.ROOT)))
                .isPresent();
    }

    /**
     * "American troops were removed", "putting U.S. forces on the ground": the side named as the owner of the armed men
     * a deployment or a withdrawal moves (its object, or its passive subject) is the side that moves them, no target.
     */
    boolean ownerOfMovedForces(Sentence sentence, int trigger, Referent side) {
        boolean passive = Clauses.isPassive(sentence, trigger);
        return sentence.head(side.mention().lastToken()).filter(h -> h.governor() >= 0
                && (h.relation().startsWith("compound") || h.relation().equals("amod")
                || h.relation().equals("nmod:poss"))
                && armedDescription(sentence.tokens().get(h.governor())))
                .flatMap(h -> sentence.head(h.governor()))
                .filter(moved -> moved.governor() == trigger && (moved.relation().equals("obj")
                        || passive && moved.relation().startsWith("nsubj")))
                .isPresent();
    }

    /** A side that fights acts: a known one, or, where none is named, forces the subject describes. */
    boolean armedActor(Sentence sentence, Token trigger, List<Referent> actors) {
        if (!actors.isEmpty() && actors.get(0).actorId().isPresent()) {
            return combatant(actors.get(0));
        }
        return unnamedForce(sentence, trigger.index());
    }

    /** "war jets struck the town", "hundreds of militants entered Iraq", "fighters who entered the country". */
    private boolean unnamedForce(Sentence sentence, int verb) {
        if (Clauses.isPassive(sentence, verb)) {
            return false; // the subject of a passive is who it was done to
        }
        int subject = Clauses.subjectToken(sentence, verb);
        if (subject == verb) {
            return false;
        }
        if (pack.has(WordList.RELATIVE_PRONOUNS, sentence.tokens().get(subject).word().toLowerCase(Locale.ROOT))) {
            Optional<Dependency> head = sentence.head(verb).filter(h -> h.relation().startsWith("acl"));
            if (head.isEmpty() || head.get().governor() < 0) {
                return false;
            }
            subject = head.get().governor();
        }
        // "hundreds of militants": a count's forces are in its of-phrase
        return armedDescription(sentence.tokens().get(subject)) || sentence.children(subject).stream()
                .filter(d -> d.relation().startsWith("nmod"))
                .anyMatch(d -> armedDescription(sentence.tokens().get(d.dependent())));
    }

    private boolean armedDescription(Token token) {
        return token.isNoun() && (pack.has(WordList.ARMED_DESCRIPTIONS, token.lemma().toLowerCase(Locale.ROOT))
                || pack.has(WordList.ARMED_DESCRIPTIONS, token.word().toLowerCase(Locale.ROOT)));
    }

    boolean combatant(Referent referent) {
        return referent.actorId().flatMap(knowledge::byId).map(a -> a.kind() == Actor.ActorKind.ARMED_GROUP
                || a.kind() == Actor.ActorKind.COALITION || a.kind() == Actor.ActorKind.STATE).orElse(false);
    }
}
