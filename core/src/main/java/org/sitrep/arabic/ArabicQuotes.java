package org.sitrep.arabic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Evidence;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;

/**
 * Finds direct speech in « », “ ” and " " and its speaker: a speech verb ({@code speech-verbs.tsv}) in the quote's
 * sentence before it or just after it, and the speaker right after that verb (verb-first: "قال الرئيس …", a title
 * counting from where it starts: "وقال مدير مكتب الإغاثة … سامر بن خالد العتيبي"), else the nearest one before it
 * ("نقل عن حداد قوله"); a verb with no speaker near ("وأضاف", "نقلت عنه قوله"), or a quote that continues the one
 * just before, takes the speaker of the last speech verb that had one in the preceding sentences, else the last
 * quote's, else the last person or organisation named before, else the last actor. Speakers are the knowledge base's actors and the
 * persons {@link PersonFinder} finds by cues; others are not named. Immutable; thread-safe.
 */
public final class ArabicQuotes {
    /** Unknown speaker: the quote is kept, its speaker is not. */
    public static final String UNKNOWN = "(speaker not found)";
    private static final Map<Character, Character> MARKS = Map.of('«', '»', '“', '”', '"', '"');
    private static final int AFTER_VERB = 4;
    private static final int BACK = 2;
    private final SpeechVerbs verbs;
    private final Clitics clitics;
    private final int window;
    private final int minTokens;

    /** A possible speaker in a sentence: a known actor or a cue-found person, from token {@code at} to {@code last}. */
    private record Speaker(String name, Optional<String> ref, int at, int last, int start, boolean preferred) {
    }

    private ArabicQuotes(ArabicPack pack) {
        this.clitics = pack.clitics();
        this.window = pack.setting("speaker_window");
        this.minTokens = pack.setting("quote_min_tokens");
        this.verbs = SpeechVerbs.load(pack);
    }

    public static ArabicQuotes load(ArabicPack pack) {
        return new ArabicQuotes(pack);
    }

    /** The quotes of an article, given its sentences and the names and persons found in each. */
    public List<Quote> find(Article article, List<Sentence> sentences, List<List<Name>> names,
                            List<List<Person>> persons, Normalizer normalizer) {
        String text = article.text();
        boolean[] content = article.contentMask();
        List<List<Speaker>> speakers = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            speakers.add(speakers(names.get(k), persons.get(k)));
        }
        List<Quote> quotes = new ArrayList<>();
        Optional<Speaker> previous = Optional.empty();
        int previousSentence = -BACK - 2;
        for (int i = 0; i < text.length(); i++) {
            char open = text.charAt(i);
            Character close = MARKS.get(open);
            if (close == null || !content[i]) {
                continue;
            }
            int end = closing(text, i, open, close);
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
            Optional<Token> verb = speechVerb(s, inner);
            Optional<Speaker> speaker = verb.flatMap(v -> subject(speakers.get(s.index()), v.index(), inner));
            boolean continues = previous.isPresent() && s.index() - previousSentence <= 1;
            if (speaker.isEmpty() && (verb.isPresent() || continues)) {
                int before = verb.map(Token::start).orElse(inner.start());
                Optional<Speaker> last = previous;
                speaker = lastSubject(sentences, speakers, s.index(), before, previousSentence)
                        .or(() -> last)
                        .or(() -> lastBefore(speakers, s.index(), before, true))
                        .or(() -> lastBefore(speakers, s.index(), before, false));
            }
            if (speaker.isPresent()) {
                previous = speaker;
                previousSentence = s.index();
            }
            quotes.add(new Quote(inner.of(text), inner.start(), inner.end(), speaker.map(Speaker::name).orElse(UNKNOWN),
                    speaker.flatMap(Speaker::ref), speaker.isPresent() ? 0.7 : 0.3,
                    new Evidence(article.id(), s.span().start(), Math.max(s.span().end(), inner.end()),
                            s.text(text))));
        }
        return quotes;
    }

    /**
     * Where the quote opened at {@code i} closes: at its closing mark, or, where the same opening mark starts a new
     * paragraph first (a quote running on over paragraphs) or a straight mark finds none in its paragraph, at the
     * end of its own paragraph.
     */
    private static int closing(String text, int i, char open, char close) {
        int end = text.indexOf(close, i + 1);
        if (end < 0) {
            return end;
        }
        if (open == close) {
            // straight marks cannot tell a reopening from a closing: an unclosed one ends with its paragraph
            int paragraph = text.indexOf('\n', i + 1);
            return paragraph >= 0 && paragraph < end ? paragraph : end;
        }
        int reopen = text.indexOf(open, i + 1);
        if (reopen >= 0 && reopen < end) {
            int paragraph = text.lastIndexOf('\n', reopen);
            if (paragraph > i) {
                return paragraph;
            }
        }
        return end;
    }

    /** The sentence's known actors and cue-found persons, ordered by where they (or their titles) start. */
    private static List<Speaker> speakers(List<Name> names, List<Person> persons) {
        List<Speaker> speakers = new ArrayList<>();
        for (Name name : names) {
            name.actor().ifPresent(a -> speakers.add(new Speaker(a.name(), Optional.of(a.id()), name.first(),
                    name.last(), name.mention().start(), a.kind() == Actor.ActorKind.PERSON || name.place().isEmpty()
                    && a.kind() != Actor.ActorKind.STATE)));
        }
        for (Person person : persons) {
            speakers.add(new Speaker(person.name(), Optional.empty(), person.cue(), person.last(),
                    person.mention().start(), true));
        }
        speakers.sort(java.util.Comparator.comparingInt(Speaker::at));
        return speakers;
    }

    /** The speaker right after the verb (a title counting from its start), else the nearest one before it. */
    private Optional<Speaker> subject(List<Speaker> speakers, int verb, Span quote) {
        Optional<Speaker> after = speakers.stream().filter(c -> c.at() > verb && c.at() - verb <= AFTER_VERB
                && !quote.contains(c.start())).findFirst();
        if (after.isPresent()) {
            return after;
        }
        Speaker best = null;
        for (Speaker c : speakers) {
            if (c.last() < verb && verb - c.last() <= window && !quote.contains(c.start())) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The speaker of the last speech verb that has one, before a position in the quote's sentence or in the
     * {@link #BACK} sentences before it, no earlier than the last quote's sentence.
     */
    private Optional<Speaker> lastSubject(List<Sentence> sentences, List<List<Speaker>> speakers, int sentence,
                                          int position, int previousSentence) {
        for (int k = sentence; k >= Math.max(Math.max(0, sentence - BACK), previousSentence); k--) {
            List<Token> tokens = sentences.get(k).tokens();
            for (int t = tokens.size() - 1; t >= 0; t--) {
                if (tokens.get(t).end() <= position && verbs.any(clitics.variants(tokens.get(t).normal()))) {
                    Optional<Speaker> found = subject(speakers.get(k), t, new Span(position, position));
                    if (found.isPresent() && found.get().start() < position) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The last speaker (a person or organisation, not a state, if asked) named before a position, in its sentence or the ones before it. */
    private static Optional<Speaker> lastBefore(List<List<Speaker>> speakers, int sentence, int position,
                                                boolean preferred) {
        for (int k = sentence; k >= Math.max(0, sentence - BACK); k--) {
            List<Speaker> found = speakers.get(k).stream()
                    .filter(c -> c.start() < position && (!preferred || c.preferred())).toList();
            if (!found.isEmpty()) {
                return Optional.of(found.get(found.size() - 1));
            }
        }
        return Optional.empty();
    }

    /** The speech verb nearest before the quote (within the window), else the first just after it. */
    private Optional<Token> speechVerb(Sentence sentence, Span quote) {
        Token best = null;
        for (Token token : sentence.tokens()) {
            boolean speech = verbs.any(clitics.variants(token.normal()));
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
