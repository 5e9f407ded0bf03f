package org.sitrep.coding.control;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sitrep.coding.actors.ActorResolver;
import org.sitrep.coding.actors.Referent;
import org.sitrep.coding.syntax.Clauses;
import org.sitrep.data.DataFiles;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.knowledge.Linked;
import org.sitrep.knowledge.LinkedMention;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.Actor;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Who a control phrase says holds a place: the word before "-held", the owner of "stronghold", the agent of
 * "held by".
 */
final class ControlOwners {
    private final KnowledgeBase knowledge;
    private final LanguagePack pack;
    /** "actor\tcountry" to the actor a description of the first means in that country ("home" rows remap nothing). */
    private static final Map<String, String> REGIONAL = DataFiles
            .rows("/org/sitrep/knowledge/regional-actors.tsv").stream()
            .filter(r -> r.length < 4 || !r[3].equals("home"))
            .collect(Collectors.toUnmodifiableMap(r -> r[0] + "\t" + r[1], r -> r[2]));

    ControlOwners(KnowledgeBase knowledge, LanguagePack pack) {
        this.knowledge = knowledge;
        this.pack = pack;
    }

    /**
     * The side a description of a controller means where the place lies ({@code regional-actors.tsv}): "Kurdish
     * forces" holding a town in Iraq are the Peshmerga. A named actor ("the YPG") stays itself.
     */
    Referent where(Referent controller, Optional<Place> place) {
        if (controller.actorId().isEmpty() || place.isEmpty() || named(controller)) {
            return controller;
        }
        String key = controller.actorId().get() + "\t" + place.get().countryCode();
        return Optional.ofNullable(REGIONAL.get(key)).flatMap(knowledge::byId)
                .map(actor -> new Referent(controller.mention(), actor.name(), Optional.of(actor.id()),
                        knowledge.side(actor), false, controller.words())).orElse(controller);
    }

    /** Whether the controller's words are one of its actor's names rather than a description. */
    private boolean named(Referent controller) {
        return controller.mention() != null && knowledge.byAlias(controller.mention().mention().text())
                .flatMap(a -> controller.actorId().filter(a.id()::equals)).isPresent();
    }

    /** "rebel-held", "Islamic State-held": the actor the word before the hyphen names, with the name it ends. */
    Optional<Referent> prefix(Linked linked, Sentence sentence, int last) {
        Optional<LinkedMention> named = linked.at(sentence.index(), last);
        if (named.isPresent() && named.get().actor().isPresent()) {
            return Optional.of(referent(named.get(), named.get().actor().get()));
        }
        String prefix = sentence.tokens().get(last).word();
        if (last > 0) {
            Optional<Actor> joined = knowledge.byAlias(sentence.tokens().get(last - 1).word() + " " + prefix);
            if (joined.isPresent()) {
                Span words = new Span(sentence.tokens().get(last - 1).begin(), sentence.tokens().get(last).end());
                return Optional.of(unlinked(words, joined.get()));
            }
        }
        Optional<Actor> actor = knowledge.byAlias(prefix).or(() -> knowledge.byAdjective(prefix))
                .or(() -> knowledge.byDescriptor(prefix)).or(() -> knowledge.byDescriptor(prefix + "s"))
                .or(() -> strippedPossessive(prefix));
        for (String head : pack.words(WordList.CONTROLLER_HEADS)) {
            if (actor.isPresent()) {
                break;
            }
            actor = knowledge.byDescriptor(prefix + " " + head);
        }
        return actor.map(a -> unlinked(sentence.tokens().get(last).span(), a));
    }

    /** "Daeshs de facto capital": a name with its possessive's apostrophe lost (as some corpora print it). */
    private Optional<Actor> strippedPossessive(String word) {
        boolean name = word.length() > 3 && Character.isUpperCase(word.charAt(0)) && word.endsWith("s");
        return name ? knowledge.byAlias(word.substring(0, word.length() - 1)) : Optional.empty();
    }

    private Referent referent(LinkedMention mention, Actor actor) {
        return new Referent(mention, actor.name(), Optional.of(actor.id()), knowledge.side(actor), false);
    }

    /** An actor named by words the recogniser did not link ("rebel" in "rebel-held"): no mention, only the words. */
    private Referent unlinked(Span words, Actor actor) {
        return new Referent(null, actor.name(), Optional.of(actor.id()), knowledge.side(actor), false, words);
    }

    /**
     * The owner of a noun: "ISIS's", "ISIS", "Kurdish", "of the Islamic State". A country's adjective yields to
     * a group that owns the same noun: in "the last Syrian rebel bastion" it says where the bastion lies, the rebels
     * whose it is; before a state's noun ("Israeli government control") it stays the owner.
     */
    Optional<Referent> owner(Linked linked, ActorResolver resolver, Sentence sentence, int noun) {
        Optional<Referent> country = Optional.empty();
        boolean whereOnly = false;
        for (Dependency child : sentence.children(noun)) {
            String relation = child.relation();
            boolean modifier = relation.equals("nmod:poss") || relation.startsWith("compound")
                    || relation.equals("amod");
            boolean of = relation.startsWith("nmod")
                    && Clauses.markedBy(pack, sentence, child.dependent(), WordList.OWNER_PREPOSITIONS);
            if (modifier || of) {
                // A possessive pronoun ("its capital") is left out: its antecedent is too often the wrong side; a
                // description ("the militants' control") names its group
                Token owner = sentence.tokens().get(child.dependent());
                boolean pronoun = owner.isPronoun()
                        || pack.has(WordList.GROUP_PRONOUNS, owner.word().toLowerCase(java.util.Locale.ROOT));
                Optional<Referent> found = resolver.resolve(sentence, child.dependent())
                        .filter(r -> r.actorId().isPresent() && ActorResolver.isActor(r.mention())
                                && !(r.viaPronoun() && pronoun));
                if (found.isEmpty() && pronoun && relation.equals("nmod:poss")) {
                    found = clauseSubject(resolver, sentence, noun); // "regime forces … parts under their control"
                }
                if (found.isEmpty() && modifier) {
                    found = prefix(linked, sentence, child.dependent()); // "under government control"
                }
                if (found.isEmpty() && of && !pronoun) {
                    found = describedOwner(linked, sentence, child.dependent());
                }
                // "Syria's last rebel stronghold", "the country's rebel stronghold": a state's name or noun before
                // the side's word says where, as its adjective does
                boolean countryPossessor = relation.equals("nmod:poss") && found.filter(this::state).isPresent()
                        && sentence.children(noun).stream().anyMatch(other -> other.dependent() > owner.index()
                        && (other.relation().equals("amod") || other.relation().startsWith("compound")));
                if (found.isPresent() && country.isEmpty() && (relation.equals("amod") && countryAdjective(owner)
                        || countryPossessor)) {
                    country = found;
                    whereOnly = countryPossessor;
                } else if (found.isPresent()) {
                    // "under Israeli government control": the adjective says whose government
                    return country.isPresent() && !group(found.get()) && !(whereOnly && !state(found.get()))
                            ? country : found;
                }
            }
        }
        return country;
    }

    /** Whether a word is the adjective of a state ("Syrian", "Iraqi"), which names a country before a side. */
    private boolean countryAdjective(Token word) {
        return knowledge.byAdjective(word.word()).filter(a -> a.kind() == Actor.ActorKind.STATE).isPresent();
    }

    /** Whether an owner is an armed group or a coalition of them rather than a state. */
    private boolean state(Referent owner) {
        return owner.actorId().flatMap(knowledge::byId).filter(a -> a.kind() == Actor.ActorKind.STATE).isPresent();
    }

    private boolean group(Referent owner) {
        return owner.actorId().flatMap(knowledge::byId).filter(a -> a.kind() == Actor.ActorKind.ARMED_GROUP
                || a.kind() == Actor.ActorKind.COALITION).isPresent();
    }

    /**
     * "under the control of rebel and extremist groups", "a bastion of opposition control": an owner after "of" that
     * the resolver cannot name (sides joined in one description, or a noun of control itself) is named by the word
     * that describes it, as "rebel-held" is; only a noun of fighters or of control, so "the capital of the Kurdish
     * region" names no owner.
     */
    private Optional<Referent> describedOwner(Linked linked, Sentence sentence, int noun) {
        String word = sentence.tokens().get(noun).lemma().toLowerCase(java.util.Locale.ROOT);
        if (!pack.has(WordList.DESCRIBED_OWNER_NOUNS, word)) {
            return Optional.empty();
        }
        return sentence.children(noun).stream().filter(d -> d.relation().equals("amod")
                        || d.relation().startsWith("compound"))
                .map(d -> prefix(linked, sentence, d.dependent())).flatMap(Optional::stream).findFirst();
    }

    /**
     * The actor a possessive pronoun is bound to: the named subject of the nearest verb above the noun ("regime forces
     * prevent civilians from leaving parts of the city under their control"); none where that verb's subject is no
     * named actor ("the campaign aims to drive IS from its capital").
     */
    private static Optional<Referent> clauseSubject(ActorResolver resolver, Sentence sentence, int noun) {
        return ActorResolver.clauseOf(sentence, noun).flatMap(verb -> sentence.children(verb, "nsubj").stream()
                .findFirst()).flatMap(subject -> resolver.resolve(sentence, subject.index()))
                .filter(r -> r.actorId().isPresent() && ActorResolver.isActor(r.mention()) && !r.viaPronoun());
    }

    Optional<Referent> marked(ActorResolver resolver, Sentence sentence, int verb, WordList prepositions) {
        for (Dependency child : sentence.children(verb)) {
            if (child.relation().startsWith("obl")
                    && Clauses.markedBy(pack, sentence, child.dependent(), prepositions)) {
                Optional<Referent> found = resolver.resolve(sentence, child.dependent())
                        .filter(r -> r.actorId().isPresent());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
