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
    /** Ranks a verb that relays another's words ("Reuters reports") after every other speech verb of a sentence. */
    private static final int RELAY_PENALTY = 1_000_000;
    /** How many words a label before a colon ("Press Secretary Jane Doe:") may have. */
    private static final int MAX_LABEL_TOKENS = 10;

    private final KnowledgeBase knowledge;
    private final LanguagePack pack;
    private final QuoteMarks marks;
    private final Speakers speakers;

    public QuoteAttributor(KnowledgeBase knowledge, LanguagePack pack) {
        this.knowledge = knowledge;
        this.pack = pack;
        this.marks = new QuoteMarks(pack);
        this.speakers = new Speakers(pack);
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
                    : speaker.get().mention().mention().type() == EntityType.MISC ? Speakers.DESCRIBED_CONFIDENCE
                    : speaker.get().viaPronoun() ? 0.75 : 0.85;
            quotes.add(new Quote(inner, span.start(), span.end(), speaker.get().name(), speaker.get().actorId(),
                    Optional.of(speaker.get().words()), confidence, new Evidence(article.id(), evidenceStart, evidenceEnd,
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
        boolean capitalised = pack.namesCapitalised() && name - 1 <= Speakers.MAX_TITLE_WORDS
                && tokens.subList(1, name + 1).stream().allMatch(t -> Character.isUpperCase(t.word().charAt(0)));
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
                .map(r -> new Attribution(Speakers.asWritten(r), sentence));
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
                Optional.empty(), Optional.empty(), Optional.empty(), Speakers.DESCRIBED_CONFIDENCE);
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
                .findFirst().flatMap(subject -> speakers.personPronoun(subject)
                        ? speakers.speakerOf(resolver, quoted, sentence, subject, quote, running)
                        : speakers.named(resolver, sentence, subject.index(), quote))
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
                    .or(() -> speakers.subject(resolver, quoted, sentence, token.index(), quote, running))
                    .or(() -> speakers.participleSubject(resolver, quoted, sentence, token.index(), quote, running));
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
            if (!participle.pos().equals("VBG") || QuoteMarks.inside(participle, quote)
                    || !pack.has(WordList.SOURCE_QUOTING_PARTICIPLES, participle.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Optional<Referent> source = sentence.children(participle.index(), "obj").stream()
                    .filter(t -> !quoted.insideSpeech(t, quote)).findFirst()
                    .flatMap(t -> speakers.speakerOf(resolver, quoted, sentence, t, quote, running)
                            .or(() -> Speakers.description(sentence, t.index(), quote)));
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
            if (!token.isVerb() || QuoteMarks.inside(token, quote) || !pack.has(WordList.VOICING_VERBS, token.lemma())
                    || stepsToQuote(sentence, token.index(), quote) < 0) {
                continue;
            }
            Optional<Referent> speaker = speakers.subject(resolver, quoted, sentence, token.index(), quote, running);
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
     * "According to the monitor, “…”", "“…,” according to a UN report": where no speech verb attributes a quote,
     * an attribution phrase of its sentence (words in the pack) names its source, as a speech verb's subject would.
     */
    private Optional<Attribution> accordingTo(ActorResolver resolver, Sentence sentence, Span quote) {
        List<Token> tokens = sentence.tokens();
        for (Dependency dependency : sentence.dependencies()) {
            Token marker = tokens.get(dependency.dependent());
            if (!dependency.relation().equals("case") || dependency.governor() < 0
                    || QuoteMarks.inside(marker, quote)) {
                continue;
            }
            StringBuilder phrase = new StringBuilder(marker.word().toLowerCase(Locale.ROOT));
            sentence.children(marker.index(), "fixed")
                    .forEach(t -> phrase.append(' ').append(t.word().toLowerCase(Locale.ROOT)));
            int source = dependency.governor();
            if (!pack.has(WordList.ATTRIBUTION_PHRASES, phrase.toString())
                    || QuoteMarks.inside(tokens.get(source), quote)) {
                continue;
            }
            Optional<Referent> speaker = speakers.named(resolver, sentence, source, quote)
                    .or(() -> Speakers.description(sentence, source, quote));
            if (speaker.isPresent()) {
                return Optional.of(new Attribution(speaker.get(), sentence));
            }
        }
        return Optional.empty();
    }

    private record Attribution(Referent speaker, Sentence sentence) {
    }
}
