package org.sitrep.arabic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Evidence;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;

/**
 * Finds direct speech in « », “ ” and " " and its speaker: a speech verb ({@code speech-verbs.tsv}) in the quote's
 * sentence before it or just after it, and the known actor right after that verb (verb-first: "قال الرئيس …"),
 * else the nearest one before it; a verb with no actor near ("وأضاف", "نقلت عنه قوله") keeps the previous quote's
 * speaker, else takes the last actor named in the two sentences before. Speakers
 * the knowledge base lacks are not named. Immutable; thread-safe.
 */
public final class ArabicQuotes {
    /** Unknown speaker: the quote is kept, its speaker is not. */
    public static final String UNKNOWN = "(speaker not found)";
    private static final Map<Character, Character> MARKS = Map.of('«', '»', '“', '”', '"', '"');
    private static final int AFTER_VERB = 4;
    private static final int BACK = 2;
    private final Set<String> verbs = new HashSet<>();
    private final Clitics clitics;
    private final int window;
    private final int minTokens;

    private ArabicQuotes(ArabicPack pack) {
        this.clitics = pack.clitics();
        this.window = pack.setting("speaker_window");
        this.minTokens = pack.setting("quote_min_tokens");
        for (String[] row : ArabicPack.rows("speech-verbs.tsv")) {
            for (String verb : row[0].split("\\|")) {
                verbs.add(pack.normalizer().normalize(verb));
            }
        }
    }

    public static ArabicQuotes load(ArabicPack pack) {
        return new ArabicQuotes(pack);
    }

    /** The quotes of an article, given its sentences and the names found in each. */
    public List<Quote> find(Article article, List<Sentence> sentences, List<List<Name>> names, Normalizer normalizer) {
        String text = article.text();
        boolean[] content = article.contentMask();
        List<Quote> quotes = new ArrayList<>();
        Optional<Actor> previous = Optional.empty();
        for (int i = 0; i < text.length(); i++) {
            Character close = MARKS.get(text.charAt(i));
            if (close == null || !content[i]) {
                continue;
            }
            int end = text.indexOf(close, i + 1);
            if (end < 0) {
                break;
            }
            Span inner = new Span(i + 1, end).strip(text);
            int start = i;
            if (close == '"' && !inner.of(text).isEmpty() && ",،.".indexOf(inner.of(text).charAt(0)) >= 0) {
                // the text between two quotes ("…"، وأضاف "…"): this mark closed a quote, the next one opens
                i = end - 1;
                continue;
            }
            i = end;
            if (ArabicText.tokens(text, inner, normalizer).stream()
                    .filter(t -> t.normal().codePoints().anyMatch(Character::isLetter)).count() < minTokens) {
                continue;
            }
            Optional<Sentence> sentence = sentences.stream().filter(s -> s.span().contains(start)
                    || s.span().contains(inner.start())).findFirst();
            if (sentence.isEmpty()) {
                continue;
            }
            Sentence s = sentence.get();
            Optional<Actor> speaker = speaker(s, names.get(s.index()), inner);
            boolean verb = speechVerb(s, inner).isPresent();
            if (speaker.isEmpty() && verb) {
                speaker = previous.or(() -> lastActorBefore(sentences, names, s.index(), inner.start()));
            }
            previous = speaker.isPresent() ? speaker : previous;
            quotes.add(new Quote(inner.of(text), inner.start(), inner.end(), speaker.map(Actor::name).orElse(UNKNOWN),
                    speaker.map(Actor::id), speaker.isPresent() ? 0.7 : 0.3,
                    new Evidence(article.id(), s.span().start(), Math.max(s.span().end(), inner.end()),
                            s.text(text))));
        }
        return quotes;
    }

    /** The last actor named before a position, in its sentence or the {@link #BACK} sentences before it. */
    private static Optional<Actor> lastActorBefore(List<Sentence> sentences, List<List<Name>> names, int sentence,
                                                   int position) {
        for (int k = sentence; k >= Math.max(0, sentence - BACK); k--) {
            List<Name> found = names.get(k).stream()
                    .filter(n -> n.actor().isPresent() && n.place().isEmpty() && n.mention().end() <= position)
                    .toList();
            if (!found.isEmpty()) {
                return found.get(found.size() - 1).actor();
            }
        }
        return Optional.empty();
    }

    private Optional<Actor> speaker(Sentence sentence, List<Name> names, Span quote) {
        Optional<Token> verb = speechVerb(sentence, quote);
        if (verb.isEmpty()) {
            return Optional.empty();
        }
        int at = verb.get().index();
        return names.stream().filter(n -> n.actor().isPresent() && n.first() > at && n.first() - at <= AFTER_VERB
                        && !quote.contains(n.mention().start()))
                .findFirst().flatMap(Name::actor)
                .or(() -> ArabicEvents.nearestBefore(names, at, window, false).flatMap(Name::actor));
    }

    /** The speech verb nearest before the quote (within the window), else the first just after it. */
    private Optional<Token> speechVerb(Sentence sentence, Span quote) {
        Token best = null;
        for (Token token : sentence.tokens()) {
            boolean speech = clitics.variants(token.normal()).stream().anyMatch(verbs::contains);
            if (speech && token.end() <= quote.start()) {
                best = token;
            } else if (speech && token.start() >= quote.end() && best == null) {
                return Optional.of(token);
            }
        }
        if (best != null) {
            Token verb = best;
            long between = sentence.tokens().stream()
                    .filter(t -> t.start() > verb.start() && t.end() <= quote.start()).count();
            return between <= window ? Optional.of(verb) : Optional.empty();
        }
        return Optional.empty();
    }
}
