package org.sitrep.coding.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.coding.actors.ActorResolver;
import org.sitrep.coding.actors.Referent;
import org.sitrep.knowledge.LinkedMention;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.Actor.ActorKind;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Who a speech verb or a source phrase names as speaker: the verb's subject (or, for a quoting verb, its object), an
 * inverted subject or a name right after the quote, a relative pronoun's antecedent, a described source ("an
 * official"), and a speaking "he" or "she" resolved to the running speaker or the pronoun's antecedent.
 */
final class Speakers {
    /** How many title words ("Lt. Gen.", "Defense Secretary") may stand between an inverted verb and a name. */
    static final int MAX_TITLE_WORDS = 3;
    /** How sure a speaker the text only describes ("an official") is of being the one meant. */
    static final double DESCRIBED_CONFIDENCE = 0.6;

    private final LanguagePack pack;

    Speakers(LanguagePack pack) {
        this.pack = pack;
    }

    /**
     * The subject of a speech verb, or of the verb it continues ("declared …, issuing a call"), or the name right
     * after a verb that follows the quote ("“…,” said Col. Jane Doe"). A subject inside the quote is the quote's own,
     * never its speaker, even where the parser hangs both on one verb.
     */
    Optional<Referent> subject(ActorResolver resolver, Quoted quoted, Sentence sentence, int verb, Span quote,
                                       Optional<Referent> running) {
        return subject(resolver, quoted, sentence, verb, quote, true, running);
    }

    Optional<Referent> subject(ActorResolver resolver, Quoted quoted, Sentence sentence, int verb, Span quote,
                                       boolean followPronouns, Optional<Referent> running) {
        int current = verb;
        Optional<Referent> described = Optional.empty();
        for (int depth = 0; depth < 3; depth++) {
            // "the newspaper quoted Gen. Jackson as saying": the one quoted speaks, not the one quoting
            String speakerRelation = pack.has(WordList.QUOTING_VERBS, sentence.tokens().get(current).lemma()
                    .toLowerCase(Locale.ROOT)) ? "obj" : "nsubj";
            for (Dependency child : sentence.children(current)) {
                // a subject inside any speech is quoted words ("“UN agencies continue …”, adding that “…”"), no
                // speaker; a quoted name ("the “Military Operations Command” declared") still speaks
                if ((child.relation().equals(speakerRelation) || child.relation().equals("obl:agent"))
                        && !quoted.insideSpeech(sentence.tokens().get(child.dependent()), quote)) {
                    Token subject = sentence.tokens().get(child.dependent());
                    if (!followPronouns && subject.isPronoun()) {
                        continue;
                    }
                    Optional<Referent> found = speakerOf(resolver, quoted, sentence, subject, quote, running);
                    if (found.isPresent()) {
                        return found;
                    }
                    // only the speech verb's own subject: a clause it governs ("said there was still time") is not
                    // nor is a clause's, but the one a quoting verb names is ("quoted residents as saying")
                    if (described.isEmpty() && (depth == 0 || speakerRelation.equals("obj"))) {
                        described = description(sentence, subject.index(), quote);
                    }
                }
            }
            if (depth == 0) {
                Optional<Referent> inverted = invertedSubject(resolver, sentence, verb, quote)
                        .or(() -> nameAfterQuote(resolver, sentence, verb, quote))
                        .or(() -> relativeSpeaker(resolver, sentence, verb, quote))
                        .or(() -> invertedDescription(sentence, verb, quote));
                if (inverted.isPresent()) {
                    return inverted;
                }
            }
            Optional<Dependency> head = sentence.head(current);
            if (head.isEmpty() || head.get().governor() < 0
                    || !(head.get().relation().equals("advcl") || head.get().relation().equals("conj")
                    || head.get().relation().equals("xcomp"))) {
                return described;
            }
            current = head.get().governor();
        }
        return described;
    }

    /**
     * Who a subject names: a speaking "he" or "she" is the running speaker of the last sentences, else the pronoun's
     * antecedent, else the last person quoted in the article (a quote's speaker is often named paragraphs before);
     * a noun phrase names its actor.
     */
    Optional<Referent> speakerOf(ActorResolver resolver, Quoted quoted, Sentence sentence, Token subject,
                                         Span quote, Optional<Referent> running) {
        return personPronoun(subject)
                ? recentSpeaker(resolver, quoted, sentence, subject.index(), quote)
                        .or(() -> resolver.resolve(sentence, subject.index())).or(() -> running)
                        .map(r -> r.at(subject.span()))
                : named(resolver, sentence, subject.index(), quote);
    }

    /**
     * "The minister rejected the plan, saying “…”", "the envoy denounced the raid, calling it a “…”": a speaking
     * participle with no subject of its own speaks for the subject of the sentence's main verb before it, which the
     * parser often does not link it to; a participle that describes a noun ("a report saying") is that noun's,
     * unless the noun is where it was said ("heard on the radio saying", "wrote on a forum saying").
     */
    Optional<Referent> participleSubject(ActorResolver resolver, Quoted quoted, Sentence sentence, int verb,
                                                 Span quote, Optional<Referent> running) {
        List<Token> tokens = sentence.tokens();
        if (!tokens.get(verb).pos().equals("VBG")
                || sentence.children(verb).stream().anyMatch(d -> d.relation().startsWith("nsubj"))) {
            return Optional.empty();
        }
        Optional<Dependency> head = sentence.head(verb);
        if (head.isPresent() && head.get().governor() >= 0 && head.get().relation().startsWith("acl")
                && !sentence.head(head.get().governor()).map(d -> d.relation().equals("obl")).orElse(false)) {
            return Optional.empty();
        }
        Optional<Integer> root = sentence.root();
        if (root.isEmpty() || root.get() >= verb || !tokens.get(root.get()).isVerb()) {
            return Optional.empty();
        }
        for (Dependency child : sentence.children(root.get())) {
            Token subject = tokens.get(child.dependent());
            if (child.relation().startsWith("nsubj") && !quoted.insideSpeech(subject, quote)) {
                return speakerOf(resolver, quoted, sentence, subject, quote, running);
            }
        }
        return Optional.empty();
    }

    /**
     * "“…,” Jane Doe, director of a research centre, said by phone": a person named right after the quote speaks
     * where the speech verb that follows has no subject of its own (the parser lost it in a long apposition).
     */
    private Optional<Referent> nameAfterQuote(ActorResolver resolver, Sentence sentence, int verb, Span quote) {
        List<Token> tokens = sentence.tokens();
        boolean hasSubject = sentence.children(verb).stream().anyMatch(d -> d.relation().startsWith("nsubj")
                && !QuoteMarks.inside(tokens.get(d.dependent()), quote));
        if (hasSubject || tokens.get(verb).begin() < quote.end()) {
            return Optional.empty();
        }
        for (Token token : tokens) {
            if (token.begin() < quote.end() || QuoteMarks.isQuoteMark(token.word()) || token.pos().equals(",")) {
                continue;
            }
            int at = token.index();
            return resolver.resolve(sentence, at).filter(r -> !r.viaPronoun() && r.mention().firstToken() == at
                    && r.mention().lastToken() < verb && r.mention().mention().type() == EntityType.PERSON);
        }
        return Optional.empty();
    }

    /**
     * "“…,” conceded an official with knowledge of the talks": a source described right after a speech verb that
     * follows the quote and has no subject speaks as described, where the noun is one for a person who speaks (words
     * in the pack); the parser takes it for the verb's object.
     */
    private Optional<Referent> invertedDescription(Sentence sentence, int verb, Span quote) {
        List<Token> tokens = sentence.tokens();
        if (tokens.get(verb).begin() < quote.end()
                || sentence.children(verb).stream().anyMatch(d -> d.relation().startsWith("nsubj"))) {
            return Optional.empty();
        }
        return sentence.children(verb, "obj").stream().filter(t -> t.index() > verb && t.isNoun()
                        && !t.isProperNoun() && speakingPerson(t.lemma().toLowerCase(Locale.ROOT)))
                .findFirst().flatMap(t -> description(sentence, t.index(), quote))
                .filter(d -> d.mention().firstToken() == verb + 1);
    }

    private boolean speakingPerson(String lemma) {
        return pack.has(WordList.PERSON_SOURCE_NOUNS, lemma) || pack.has(WordList.PERSON_DESCRIPTIONS, lemma);
    }

    /**
     * "… met President Jane Doe, who said that she would “…”": a speech verb of a relative clause with no subject of
     * its own speaks for the one its "who" stands for, which the parser often takes for the verb's object.
     */
    private Optional<Referent> relativeSpeaker(ActorResolver resolver, Sentence sentence, int verb, Span quote) {
        List<Token> tokens = sentence.tokens();
        boolean relative = sentence.head(verb).map(d -> d.relation().equals("acl:relcl")).orElse(false);
        if (!relative || sentence.children(verb).stream().anyMatch(d -> d.relation().startsWith("nsubj"))) {
            return Optional.empty();
        }
        return sentence.children(verb).stream().filter(d -> d.relation().equals("obj"))
                .map(d -> tokens.get(d.dependent()))
                .filter(t -> t.pos().equals("WP") && !QuoteMarks.inside(t, quote)
                        && pack.has(WordList.RELATIVE_PRONOUNS, t.word().toLowerCase(Locale.ROOT)))
                .findFirst().flatMap(t -> resolver.resolve(sentence, t.index()))
                .filter(r -> ActorResolver.isActor(r.mention()));
    }

    /**
     * "a senior State Department official said", "the report stated": a source the text describes rather than
     * names speaks as described (as journalists attribute), with no actor of its own; the common noun's phrase up to
     * the noun, and an "of" phrase after it ("a critic of the decision"), as written.
     */
    static Optional<Referent> description(Sentence sentence, int subject, Span quote) {
        List<Token> tokens = sentence.tokens();
        Token head = tokens.get(subject);
        if (!head.isNoun() || head.isProperNoun() || head.isPronoun()) {
            return Optional.empty();
        }
        int first = subject;
        int last = subject;
        for (Dependency child : sentence.children(subject)) {
            String relation = child.relation();
            int dependent = child.dependent();
            if (dependent < subject && (relation.equals("det") || relation.equals("amod")
                    || relation.startsWith("compound") || relation.equals("nmod:poss") || relation.equals("nummod"))) {
                first = Math.min(first, sentence.subtreeRange(dependent)[0]);
            } else if (dependent > subject && relation.equals("nmod")) {
                last = Math.max(last, rightmost(sentence, dependent));
            }
        }
        if (tokens.get(first).begin() < quote.end() && tokens.get(last).end() > quote.start()) {
            return Optional.empty();
        }
        String text = sentence.text().substring(tokens.get(first).begin() - sentence.begin(),
                tokens.get(last).end() - sentence.begin());
        String name = tokens.get(first).pos().equals("DT")
                ? text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1) : text;
        Mention mention = new Mention(text, tokens.get(first).begin(), tokens.get(last).end(), EntityType.MISC, name,
                Optional.empty(), Optional.empty(), Optional.empty(), DESCRIBED_CONFIDENCE);
        return Optional.of(new Referent(new LinkedMention(sentence.index(), first, last, mention, Optional.empty(),
                Optional.empty()), name, Optional.empty(), Optional.empty(), false));
    }

    private static int rightmost(Sentence sentence, int token) {
        int right = token;
        for (Dependency child : sentence.children(token)) {
            if (child.dependent() > token && !child.relation().startsWith("acl") && !child.relation().equals("punct")) {
                right = Math.max(right, rightmost(sentence, child.dependent()));
            }
        }
        return right;
    }

    /** The actor a subject phrase names, a person inside it before the body or country that titles them. */
    Optional<Referent> named(ActorResolver resolver, Sentence sentence, int subject, Span quote) {
        Optional<Referent> body = personsBody(resolver, sentence, subject);
        if (body.isPresent()) {
            return body;
        }
        Optional<Referent> found = resolver.resolve(sentence, subject).filter(r -> ActorResolver.isActor(r.mention()));
        if (found.isEmpty() || found.get().mention().mention().type() == EntityType.PERSON) {
            return found;
        }
        Optional<Referent> person = personWithin(resolver, sentence, subject);
        if (person.isPresent()) {
            return person;
        }
        // "a senior State Department official said": an unnamed member of a body speaks as described, for the body
        Referent actor = found.get();
        if (!actor.mention().covers(subject) && !actor.viaPronoun()) {
            return description(sentence, subject, quote).map(d -> new Referent(d.mention(), d.name(),
                    actor.actorId(), actor.side(), false));
        }
        return Optional.of(asWritten(actor));
    }

    /**
     * "Central Command said": a state's agency speaks under its own name, not the state's, and keeps the state's
     * actor (the knowledge base makes the agency act for the state).
     */
    static Referent asWritten(Referent actor) {
        Mention mention = actor.mention().mention();
        boolean agency = !actor.viaPronoun() && mention.type() == EntityType.ORGANIZATION
                && actor.mention().actor().map(a -> a.kind() == ActorKind.STATE).orElse(false);
        if (!agency) {
            return actor;
        }
        String name = mention.text().replaceFirst("^(?i)the\\s+", "");
        return new Referent(actor.mention(), name, actor.actorId(), actor.side(), false, actor.words());
    }

    /**
     * "the president's office said", "a statement from the president's office said": the office speaks for its
     * owner, so the speaker is named as the office ("Jane Doe's office") and keeps the owner's actor; a person's
     * text ("the governor's statement read") is the person's own words.
     */
    private Optional<Referent> personsBody(ActorResolver resolver, Sentence sentence, int subject) {
        List<Token> phrase = new ArrayList<>(List.of(sentence.tokens().get(subject)));
        phrase.addAll(sentence.children(subject, "nmod"));
        for (Token noun : phrase) {
            boolean text = pack.has(WordList.PERSON_TEXT_NOUNS, noun.lemma());
            if (!noun.isNoun() || !text && !pack.has(WordList.PERSON_BODY_NOUNS, noun.lemma())) {
                continue;
            }
            Optional<Referent> owner = sentence.children(noun.index(), "nmod:poss").stream()
                    .map(poss -> resolver.resolve(sentence, poss.index())).flatMap(Optional::stream)
                    .filter(r -> r.mention().mention().type() == EntityType.PERSON).findFirst();
            if (owner.isPresent() && text) {
                return owner; // "the governor's statement read": a text carries its author's own words
            }
            if (owner.isPresent()) {
                Referent r = owner.get();
                return Optional.of(new Referent(r.mention(), r.name() + "'s " + noun.word().toLowerCase(Locale.ROOT),
                        r.actorId(), r.side(), r.viaPronoun(), r.words()));
            }
        }
        return Optional.empty();
    }

    boolean personPronoun(Token token) {
        return token.isPronoun() && pack.has(WordList.PERSON_PRONOUNS, token.word().toLowerCase(Locale.ROOT));
    }

    /**
     * "Kerry also said Bush deserves credit. He said …": a speaking "he" or "she" is the article's running speaker,
     * the person who last spoke by a speech verb (named, not by a pronoun; the verb's subject as for a quote) in the
     * last sentences, before a person merely mentioned since.
     */
    private Optional<Referent> recentSpeaker(ActorResolver resolver, Quoted quoted, Sentence sentence, int pronoun,
                                           Span quote) {
        List<Sentence> sentences = resolver.sentences();
        for (int s = sentence.index(); s >= Math.max(0, sentence.index() - ActorResolver.LOOKBACK_SENTENCES); s--) {
            Sentence candidate = sentences.get(s);
            List<Token> tokens = candidate.tokens();
            for (int v = (s == sentence.index() ? pronoun : tokens.size()) - 1; v >= 0; v--) {
                Token verb = tokens.get(v);
                if (!verb.isVerb() || !pack.has(WordList.SPEECH_VERBS, verb.lemma())
                        || QuoteMarks.inside(quoted.all(), verb.begin())) {
                    continue; // "Kerry said: “Assad told me …”": a saying inside a quote is the quote's, not a speaker's
                }
                // in an earlier sentence the verb's own quote is the last one that ends before it ("“…,” said X")
                Span own = s == sentence.index() ? quote : quoted.all().stream()
                        .filter(q -> q.end() <= verb.begin() && q.start() >= candidate.begin())
                        .reduce((first, second) -> second).orElse(new Span(candidate.begin(), candidate.begin()));
                Optional<Referent> speaker = subject(resolver, quoted, candidate, v, own, false, Optional.empty())
                        .filter(r -> r.mention().mention().type() == EntityType.PERSON
                                || describesPerson(candidate, r));
                if (speaker.isPresent()) {
                    return speaker;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "A military source told the agency that … “…,” he said": a source the text describes by a noun for a
     * person (words in the pack) is a "he" or "she" as a named person is.
     */
    private boolean describesPerson(Sentence sentence, Referent described) {
        if (described.mention().mention().type() != EntityType.MISC) {
            return false;
        }
        LinkedMention mention = described.mention();
        return sentence.tokens().subList(mention.firstToken(), mention.lastToken() + 1).stream()
                .anyMatch(t -> t.isNoun()
                        && pack.has(WordList.PERSON_SOURCE_NOUNS, t.lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * "“…,” said Col. Jane Doe, the spokeswoman": after a quote the speech verb may come before its subject, which
     * the parser then often hangs elsewhere; the actor named right after the verb, past at most a title's
     * capitalised words or an article, speaks, where the verb has no subject of its own ("the aide told Reuters").
     */
    private Optional<Referent> invertedSubject(ActorResolver resolver, Sentence sentence, int verb, Span quote) {
        List<Token> tokens = sentence.tokens();
        boolean hasSubject = sentence.children(verb).stream().anyMatch(d -> d.relation().equals("nsubj")
                && !QuoteMarks.inside(tokens.get(d.dependent()), quote));
        if (hasSubject || tokens.get(verb).begin() < quote.end()) {
            return Optional.empty();
        }
        for (int i = verb + 1; i < Math.min(tokens.size(), verb + 1 + MAX_TITLE_WORDS + 1); i++) {
            int at = i;
            Optional<Referent> named = resolver.resolve(sentence, at).filter(r -> !r.viaPronoun()
                    && r.mention().firstToken() == at && ActorResolver.isActor(r.mention()));
            if (named.isPresent()) {
                return named;
            }
            Token word = tokens.get(i);
            boolean titleWord = word.isProperNoun() || word.pos().equals("DT");
            if (!titleWord || linked(resolver, sentence, i)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean linked(ActorResolver resolver, Sentence sentence, int token) {
        return resolver.mentionsIn(sentence).stream().anyMatch(m -> m.covers(token));
    }

    /**
     * A person named inside the subject phrase speaks, not the body or country that titles them ("Lebanon's Prime
     * Minister Najib Mikati told", "the US-led coalition commander Lt. Gen. Stephen Townsend said").
     */
    private static Optional<Referent> personWithin(ActorResolver resolver, Sentence sentence, int head) {
        List<Integer> phrase = new ArrayList<>(List.of(head));
        for (int i = 0; i < phrase.size(); i++) {
            for (Dependency child : sentence.children(phrase.get(i))) {
                if (!child.relation().startsWith("acl") && !child.relation().startsWith("nmod")) {
                    phrase.add(child.dependent());
                }
            }
        }
        return phrase.stream().map(t -> resolver.resolve(sentence, t)).flatMap(Optional::stream)
                .filter(r -> r.mention().mention().type() == EntityType.PERSON && !r.viaPronoun()).findFirst();
    }
}
