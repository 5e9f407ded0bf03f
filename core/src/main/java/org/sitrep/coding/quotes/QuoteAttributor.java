package org.sitrep.coding.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.coding.actors.ActorResolver;
import org.sitrep.coding.actors.Referent;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.knowledge.Linked;
import org.sitrep.knowledge.LinkedMention;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.Actor.ActorKind;
import org.sitrep.model.Article;
import org.sitrep.model.EntityType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Finds direct speech (quoted words that read as speech, not quoted names such as “Southern Operations Room”) and
 * attributes it: the subject of the nearest speech verb outside the quote in its sentence ("He stated, “…”"),
 * else of the sentence just before ("Sukari added that … . “…”"), with pronouns resolved to their antecedents.
 */
public final class QuoteAttributor {
    /** How many title words ("Lt. Gen.", "Defense Secretary") may stand between an inverted verb and a name. */
    private static final int MAX_TITLE_WORDS = 3;
    /** How sure a speaker the text only describes ("an official") is of being the one meant. */
    private static final double DESCRIBED_CONFIDENCE = 0.6;
    /** Ranks a verb that relays another's words ("Reuters reports") after every other speech verb of a sentence. */
    private static final int RELAY_PENALTY = 1_000_000;
    /** How many words a label before a colon ("Press Secretary Jane Doe:") may have. */
    private static final int MAX_LABEL_TOKENS = 10;

    private final KnowledgeBase knowledge;
    private final LanguagePack pack;
    private final QuoteMarks marks;

    public QuoteAttributor(KnowledgeBase knowledge, LanguagePack pack) {
        this.knowledge = knowledge;
        this.pack = pack;
        this.marks = new QuoteMarks(pack);
    }

    public List<Quote> attribute(Linked linked) {
        Article article = linked.annotated().article();
        ActorResolver resolver = new ActorResolver(knowledge, linked, pack);
        List<Quote> quotes = new ArrayList<>();
        Optional<Referent> previousSpeaker = Optional.empty();
        Optional<Referent> runningPerson = Optional.empty();
        int previousEnd = 0;
        Optional<Span> previous = Optional.empty();
        List<Span> all = QuoteMarks.quotedSpans(article);
        Quoted quoted = new Quoted(all, all.stream()
                .filter(q -> marks.isSpeech(article.text(), q, q.of(article.text()))).toList());
        for (Span span : quoted.speech()) {
            String inner = span.of(article.text());
            Optional<Attribution> attribution = attribution(linked, resolver, quoted, span, runningPerson);
            // A quote with no attribution of its own continues the previous speaker's, within one paragraph only.
            // ... or over paragraphs where one quote runs on ("“…\n\n“…”")
            boolean goesOn = previous.filter(p -> QuoteMarks.continues(article.text(), p, span)).isPresent();
            boolean sameParagraph = QuoteMarks.sameParagraph(article.text(), previousEnd, span.start());
            Optional<Referent> lastSpeaker = sameParagraph || goesOn ? previousSpeaker : Optional.empty();
            Optional<Referent> speaker = attribution.map(Attribution::speaker).or(() -> lastSpeaker);
            if (speaker.isEmpty()) {
                continue; // never assert a speaker without evidence for it
            }
            previousSpeaker = speaker;
            previousEnd = span.end();
            previous = Optional.of(span);
            if (speaker.get().mention().mention().type() == EntityType.PERSON) {
                runningPerson = speaker;
            }
            int evidenceStart = Math.min(span.start() - 1, attribution.map(a -> a.sentence().begin()).orElse(span.start()));
            int evidenceEnd = Math.max(Math.min(article.text().length(), span.end() + 1),
                    attribution.map(a -> a.sentence().end()).orElse(span.end()));
            evidenceStart = Math.max(0, evidenceStart);
            double confidence = attribution.isEmpty() ? 0.5
                    : speaker.get().mention().mention().type() == EntityType.MISC ? DESCRIBED_CONFIDENCE
                    : speaker.get().viaPronoun() ? 0.75 : 0.85;
            quotes.add(new Quote(inner, span.start(), span.end(), speaker.get().name(), speaker.get().actorId(),
                    confidence, new Evidence(article.id(), evidenceStart, evidenceEnd,
                    article.text().substring(evidenceStart, evidenceEnd))));
        }
        return quotes;
    }

    private Optional<Attribution> attribution(Linked linked, ActorResolver resolver, Quoted quoted, Span quote,
                                              Optional<Referent> running) {
        List<Sentence> sentences = linked.annotated().sentences();
        int firstFound = -1;
        int last = -1;
        for (Sentence sentence : sentences) {
            if (sentence.end() > quote.start() - 1 && sentence.begin() <= quote.end()) {
                if (firstFound < 0) {
                    firstFound = sentence.index();
                }
                last = sentence.index();
            }
        }
        if (firstFound < 0) {
            return Optional.empty();
        }
        int first = firstFound;
        Optional<Attribution> cited = citedSource(resolver, sentences.get(first), quote)
                .or(() -> labelled(resolver, linked.annotated().article().text(), sentences, first, quote));
        if (cited.isPresent()) {
            return cited;
        }
        for (int s : new int[] {first, last}) {
            Optional<Attribution> found = speechVerbOutside(resolver, quoted, sentences.get(s), quote, running)
                    .or(() -> accordingTo(resolver, sentences.get(s), quote))
                    .or(() -> voicingVerb(resolver, quoted, sentences.get(s), quote, running));
            if (found.isPresent()) {
                return found;
            }
        }
        if (first > 0 && quote.start() - 1 <= sentences.get(first).begin()) {
            Sentence before = sentences.get(first - 1);
            Sentence own = sentences.get(last);
            return speechVerbOutside(resolver, quoted, before, quote, running)
                    .or(() -> colonIntroduced(resolver, quoted, before, quote, running))
                    .or(() -> actingPerson(resolver, quoted, linked.annotated().article().text(), before, own,
                            quote));
        }
        return colonIntroduced(resolver, quoted, sentences.get(first), quote, running);
    }

    /**
     * "From The Daily Courier: “…”": a quote a colon introduces after nothing but a citing preposition (words in
     * the pack) and a name is that source's, whatever verbs the quoted passage holds.
     */
    private Optional<Attribution> citedSource(ActorResolver resolver, Sentence sentence, Span quote) {
        List<Token> tokens = sentence.tokens();
        Optional<Token> colon = tokens.stream().filter(t -> t.end() <= quote.start() - 1)
                .filter(t -> !QuoteMarks.isQuoteMark(t.word())).reduce((a, b) -> b).filter(t -> t.word().equals(":"));
        if (colon.isEmpty() || colon.get().index() < 2
                || !pack.has(WordList.CITING_PREPOSITIONS, tokens.get(0).word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int name = colon.get().index() - 1;
        Optional<Referent> named = resolver.resolve(sentence, name)
                .filter(r -> !r.viaPronoun() && ActorResolver.isActor(r.mention())
                        && r.mention().lastToken() == name && r.mention().firstToken() <= 2
                        && (r.mention().firstToken() == 1 || tokens.get(1).pos().equals("DT")));
        // an outlet the recogniser does not know ("From PBS:") is named as written: capitalised words only
        boolean capitalised = pack.namesCapitalised() && name - 1 <= MAX_TITLE_WORDS && tokens.subList(1, name + 1)
                .stream().allMatch(t -> Character.isUpperCase(t.word().charAt(0)));
        return named.or(() -> capitalised ? Optional.of(asWritten(sentence, 1, name)) : Optional.empty())
                .map(r -> new Attribution(r, sentence));
    }

    /**
     * "Senator Jane Doe: “…”", "The Daily Courier (John Roe):" on a line of its own before the quoted paragraph: a
     * quote a colon introduces after a label with no verb, a name and at most its title, is the named one's; a person
     * named in the label (an outlet's writer in brackets) before the outlet.
     */
    private Optional<Attribution> labelled(ActorResolver resolver, String text, List<Sentence> sentences, int first,
                                           Span quote) {
        Sentence own = sentences.get(first);
        Optional<Token> colon = colonBefore(own, quote);
        Sentence label = own;
        if (colon.isEmpty() && first > 0 && quote.start() - 1 <= own.begin()) {
            label = sentences.get(first - 1);
            List<Token> tokens = label.tokens();
            boolean endsWithColon = !tokens.isEmpty() && tokens.get(tokens.size() - 1).word().equals(":")
                    && text.substring(label.end(), quote.start() - 1).isBlank();
            colon = endsWithColon ? Optional.of(tokens.get(tokens.size() - 1)) : Optional.empty();
        }
        if (colon.isEmpty() || colon.get().index() == 0 || colon.get().index() > MAX_LABEL_TOKENS) {
            return Optional.empty();
        }
        Sentence sentence = label;
        List<Token> before = sentence.tokens().subList(0, colon.get().index());
        if (before.stream().anyMatch(t -> t.isVerb() || QuoteMarks.isQuoteMark(t.word()))) {
            return Optional.empty();
        }
        List<Referent> named = before.stream().map(t -> resolver.resolve(sentence, t.index()))
                .flatMap(Optional::stream).filter(r -> !r.viaPronoun() && ActorResolver.isActor(r.mention())
                        && r.mention().sentence() == sentence.index() && speakerType(r.mention().mention().type()))
                .toList();
        return named.stream().filter(r -> r.mention().mention().type() == EntityType.PERSON).findFirst()
                .or(() -> named.stream().findFirst())
                .map(r -> new Attribution(asWritten(r), sentence));
    }

    /** A label that names a country or a place heads a section ("Syria: …"); people and bodies speak. */
    private static boolean speakerType(EntityType type) {
        return type == EntityType.PERSON || type == EntityType.ORGANIZATION || type == EntityType.ARMED_GROUP;
    }

    /** The colon right before the quote's opening mark in the sentence, if the quote is introduced by one. */
    private static Optional<Token> colonBefore(Sentence sentence, Span quote) {
        return sentence.tokens().stream().filter(t -> t.end() <= quote.start() - 1)
                .filter(t -> !QuoteMarks.isQuoteMark(t.word())).reduce((a, b) -> b).filter(t -> t.word().equals(":"));
    }

    /** A source named by words the recogniser did not take for a name, as written, with no actor. */
    private static Referent asWritten(Sentence sentence, int first, int last) {
        List<Token> tokens = sentence.tokens();
        String text = sentence.text().substring(tokens.get(first).begin() - sentence.begin(),
                tokens.get(last).end() - sentence.begin());
        Mention mention = new Mention(text, tokens.get(first).begin(), tokens.get(last).end(), EntityType.MISC, text,
                Optional.empty(), Optional.empty(), Optional.empty(), DESCRIBED_CONFIDENCE);
        return new Referent(new LinkedMention(sentence.index(), first, last, mention, Optional.empty(),
                Optional.empty()), text, Optional.empty(), Optional.empty(), false);
    }

    /**
     * "The president ordered two strikes. “We are ready to do it again.”": a quote that is a sentence of its own,
     * with no speech verb, right after a sentence of its paragraph whose main verb has a named person for subject,
     * is that person's (before the paragraph's last speaker, who may have spoken sentences back).
     */
    private Optional<Attribution> actingPerson(ActorResolver resolver, Quoted quoted, String text, Sentence before,
                                               Sentence own, Span quote) {
        if (own.end() > quote.end() + 2 || text.substring(before.end(), quote.start()).indexOf('\n') >= 0) {
            return Optional.empty();
        }
        Optional<Integer> root = before.root();
        if (root.isEmpty() || !before.tokens().get(root.get()).isVerb()) {
            return Optional.empty();
        }
        return before.children(root.get(), "nsubj").stream().filter(t -> !quoted.insideSpeech(t, quote))
                .filter(t -> !t.isPronoun()).findFirst()
                .flatMap(subject -> resolver.resolve(before, subject.index()))
                .filter(r -> !r.viaPronoun() && r.mention().mention().type() == EntityType.PERSON)
                .map(r -> new Attribution(r, before));
    }

    /**
     * "The governor made a blunt announcement: “…”": a quote a colon introduces, where no speech verb
     * attributes it, is said by the subject of the main verb before the colon, where that subject names an actor.
     */
    private Optional<Attribution> colonIntroduced(ActorResolver resolver, Quoted quoted, Sentence sentence,
                                                  Span quote, Optional<Referent> running) {
        List<Token> tokens = sentence.tokens();
        Optional<Token> colon = tokens.stream().filter(t -> t.end() <= quote.start() - 1)
                .filter(t -> !QuoteMarks.isQuoteMark(t.word())).reduce((a, b) -> b).filter(t -> t.word().equals(":"));
        if (colon.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> root = sentence.root();
        if (root.isEmpty() || root.get() >= colon.get().index() || !tokens.get(root.get()).isVerb()) {
            return Optional.empty();
        }
        return sentence.children(root.get(), "nsubj").stream().filter(t -> !quoted.insideSpeech(t, quote))
                .findFirst().flatMap(subject -> personPronoun(subject)
                        ? speakerOf(resolver, quoted, sentence, subject, quote, running)
                        : named(resolver, sentence, subject.index(), quote))
                .filter(r -> r.mention().mention().type() != EntityType.MISC)
                .map(r -> new Attribution(r, sentence));
    }

    private Optional<Attribution> speechVerbOutside(ActorResolver resolver, Quoted quoted, Sentence sentence,
                                                    Span quote, Optional<Referent> running) {
        Attribution best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Token token : sentence.tokens()) {
            boolean outside = token.end() <= quote.start() - 1 || token.begin() > quote.end();
            if (!outside || !token.isVerb() || !pack.has(WordList.SPEECH_VERBS, token.lemma())) {
                continue;
            }
            Optional<Referent> speaker = quotingParticiple(resolver, quoted, sentence, token.index(), quote, running)
                    .or(() -> subject(resolver, quoted, sentence, token.index(), quote, running))
                    .or(() -> participleSubject(resolver, quoted, sentence, token.index(), quote, running));
            // the verb the quote's words hang on speaks them ("X said that … “…,” but Y confirmed …"), the nearest
            // such verb where one clause reports another's ("the book said Mattis told Trump he would “…”"); else
            // the nearest verb
            int steps = stepsToQuote(sentence, token.index(), quote);
            int distance = steps >= 0 ? steps - sentence.tokens().size()
                    : token.end() <= quote.start() ? quote.start() - token.end() : token.begin() - quote.end();
            // "X told reporters, Reuters reports": a verb that passes the words on cites the outlet, and speaks
            // them only where no other speech verb of the sentence names a speaker or the quote hangs on it
            if (steps < 0 && pack.has(WordList.RELAY_VERBS, token.lemma())) {
                distance += RELAY_PENALTY;
            }
            if (speaker.isPresent() && distance < bestDistance) {
                best = new Attribution(speaker.get(), sentence);
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * "the agency said, quoting an unnamed official": the one a quoting participle of the speech verb names (words in
     * the pack; "citing" names a source the outlet draws on, not whose words it passes on) spoke them.
     */
    private Optional<Referent> quotingParticiple(ActorResolver resolver, Quoted quoted, Sentence sentence, int verb,
                                                 Span quote, Optional<Referent> running) {
        for (Dependency child : sentence.children(verb)) {
            Token participle = sentence.tokens().get(child.dependent());
            if (!participle.pos().equals("VBG") || inside(participle, quote)
                    || !pack.has(WordList.SOURCE_QUOTING_PARTICIPLES, participle.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Optional<Referent> source = sentence.children(participle.index(), "obj").stream()
                    .filter(t -> !quoted.insideSpeech(t, quote)).findFirst()
                    .flatMap(t -> speakerOf(resolver, quoted, sentence, t, quote, running)
                            .or(() -> description(sentence, t.index(), quote)));
            if (source.isPresent()) {
                return source;
            }
        }
        return Optional.empty();
    }

    /**
     * "The senator praised the medics for “…”", "the bishop lamented the “…”": a verb that is no speech
     * verb (words in the pack) still voices the quoted words it governs, for its subject, where no speech verb
     * attributes them.
     */
    private Optional<Attribution> voicingVerb(ActorResolver resolver, Quoted quoted, Sentence sentence, Span quote,
                                              Optional<Referent> running) {
        for (Token token : sentence.tokens()) {
            if (!token.isVerb() || inside(token, quote) || !pack.has(WordList.VOICING_VERBS, token.lemma())
                    || stepsToQuote(sentence, token.index(), quote) < 0) {
                continue;
            }
            Optional<Referent> speaker = subject(resolver, quoted, sentence, token.index(), quote, running);
            if (speaker.isPresent()) {
                return Optional.of(new Attribution(speaker.get(), sentence));
            }
        }
        return Optional.empty();
    }

    /** How many steps up the parse the verb lies from the quote's first word, or -1 where it does not govern it. */
    private static int stepsToQuote(Sentence sentence, int verb, Span quote) {
        Optional<Token> first = sentence.tokens().stream().filter(t -> t.begin() >= quote.start()).findFirst();
        int current = first.map(Token::index).orElse(-1);
        for (int depth = 0; current >= 0 && depth < sentence.tokens().size(); depth++) {
            if (current == verb) {
                return depth;
            }
            current = sentence.head(current).map(Dependency::governor).orElse(-1);
        }
        return -1;
    }

    /**
     * The subject of a speech verb, or of the verb it continues ("declared …, issuing a call"), or the name right
     * after a verb that follows the quote ("“…,” said Col. Jane Doe"). A subject inside the quote is the quote's own,
     * never its speaker, even where the parser hangs both on one verb.
     */
    private Optional<Referent> subject(ActorResolver resolver, Quoted quoted, Sentence sentence, int verb, Span quote,
                                       Optional<Referent> running) {
        return subject(resolver, quoted, sentence, verb, quote, true, running);
    }

    private Optional<Referent> subject(ActorResolver resolver, Quoted quoted, Sentence sentence, int verb, Span quote,
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
    private Optional<Referent> speakerOf(ActorResolver resolver, Quoted quoted, Sentence sentence, Token subject,
                                         Span quote, Optional<Referent> running) {
        return personPronoun(subject)
                ? recentSpeaker(resolver, quoted, sentence, subject.index(), quote)
                        .or(() -> resolver.resolve(sentence, subject.index())).or(() -> running)
                : named(resolver, sentence, subject.index(), quote);
    }

    /**
     * "The minister rejected the plan, saying “…”", "the envoy denounced the raid, calling it a “…”": a speaking
     * participle with no subject of its own speaks for the subject of the sentence's main verb before it, which the
     * parser often does not link it to; a participle that describes a noun ("a report saying") is that noun's,
     * unless the noun is where it was said ("heard on the radio saying", "wrote on a forum saying").
     */
    private Optional<Referent> participleSubject(ActorResolver resolver, Quoted quoted, Sentence sentence, int verb,
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
                && !inside(tokens.get(d.dependent()), quote));
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
                .filter(t -> t.pos().equals("WP") && !inside(t, quote)
                        && pack.has(WordList.RELATIVE_PRONOUNS, t.word().toLowerCase(Locale.ROOT)))
                .findFirst().flatMap(t -> resolver.resolve(sentence, t.index()))
                .filter(r -> ActorResolver.isActor(r.mention()));
    }

    /**
     * "According to the monitor, “…”", "“…,” according to a UN report": where no speech verb attributes a quote,
     * an attribution phrase of its sentence (words in the pack) names its source, as a speech verb's subject would.
     */
    private Optional<Attribution> accordingTo(ActorResolver resolver, Sentence sentence, Span quote) {
        List<Token> tokens = sentence.tokens();
        for (Dependency dependency : sentence.dependencies()) {
            Token marker = tokens.get(dependency.dependent());
            if (!dependency.relation().equals("case") || dependency.governor() < 0 || inside(marker, quote)) {
                continue;
            }
            StringBuilder phrase = new StringBuilder(marker.word().toLowerCase(Locale.ROOT));
            sentence.children(marker.index(), "fixed")
                    .forEach(t -> phrase.append(' ').append(t.word().toLowerCase(Locale.ROOT)));
            int source = dependency.governor();
            if (!pack.has(WordList.ATTRIBUTION_PHRASES, phrase.toString()) || inside(tokens.get(source), quote)) {
                continue;
            }
            Optional<Referent> speaker = named(resolver, sentence, source, quote)
                    .or(() -> description(sentence, source, quote));
            if (speaker.isPresent()) {
                return Optional.of(new Attribution(speaker.get(), sentence));
            }
        }
        return Optional.empty();
    }

    /**
     * "a senior State Department official said", "the report stated": a source the text describes rather than
     * names speaks as described (as journalists attribute), with no actor of its own; the common noun's phrase up to
     * the noun, and an "of" phrase after it ("a critic of the decision"), as written.
     */
    private static Optional<Referent> description(Sentence sentence, int subject, Span quote) {
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
    private Optional<Referent> named(ActorResolver resolver, Sentence sentence, int subject, Span quote) {
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
    private static Referent asWritten(Referent actor) {
        Mention mention = actor.mention().mention();
        boolean agency = !actor.viaPronoun() && mention.type() == EntityType.ORGANIZATION
                && actor.mention().actor().map(a -> a.kind() == ActorKind.STATE).orElse(false);
        if (!agency) {
            return actor;
        }
        String name = mention.text().replaceFirst("^(?i)the\\s+", "");
        return new Referent(actor.mention(), name, actor.actorId(), actor.side(), false);
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
                        r.actorId(), r.side(), r.viaPronoun()));
            }
        }
        return Optional.empty();
    }

    private boolean personPronoun(Token token) {
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
                && !inside(tokens.get(d.dependent()), quote));
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

    private static boolean inside(Token token, Span quote) {
        return token.begin() >= quote.start() && token.end() <= quote.end();
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

    private record Attribution(Referent speaker, Sentence sentence) {
    }

    /** An article's quoted spans, worked out once: all of them, and those that read as speech. */
    private record Quoted(List<Span> all, List<Span> speech) {
        /** Whether the token lies inside the quote or inside any other quoted words that read as speech. */
        boolean insideSpeech(Token token, Span quote) {
            return inside(token, quote) || speech.stream().anyMatch(q -> inside(token, q));
        }
    }
}
