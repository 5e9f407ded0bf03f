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
    private static final int SURNAME_MIN = 3;
    private final SpeechVerbs verbs;
    private final PersonFinder finder;
    private final Clitics clitics;
    private final int window;
    private final int minTokens;

    /** A possible speaker in a sentence: a known actor or a cue-found person, from token {@code at} to {@code last}. */
    private record Speaker(String name, Optional<String> ref, int at, int last, Span words, int rank) {
        static final int PERSON = 2;
        static final int ORGANISATION = 1;
        static final int STATE = 0;

        int start() {
            return words.start();
        }
    }

    private ArabicQuotes(ArabicPack pack, PersonFinder persons) {
        this.finder = persons;
        this.clitics = pack.clitics();
        this.window = pack.setting("speaker_window");
        this.minTokens = pack.setting("quote_min_tokens");
        this.verbs = SpeechVerbs.load(pack);
    }

    /** The quote finder of a pack, reading subjects with its person finder. */
    public static ArabicQuotes load(ArabicPack pack, PersonFinder persons) {
        return new ArabicQuotes(pack, persons);
    }

    /** A quote's marks: the span inside them, and where the opening mark is. */
    private record Marked(int open, Span inner) {
    }

    /** The quotes of an article, given its sentences and the names and persons found in each. */
    public List<Quote> find(Article article, List<Sentence> sentences, List<List<Name>> names,
                            List<List<Person>> persons, Normalizer normalizer) {
        String text = article.text();
        List<Marked> marked = marked(article, normalizer);
        List<List<Speaker>> speakers = speakers(sentences, names, persons, marked, text);
        List<Quote> quotes = new ArrayList<>();
        Optional<Speaker> previous = Optional.empty();
        int previousSentence = -BACK - 2;
        for (Marked quote : marked) {
            Span inner = quote.inner();
            Optional<Sentence> sentence = sentences.stream().filter(s -> s.span().contains(quote.open())
                    || s.span().contains(inner.start())).findFirst();
            if (sentence.isEmpty()) {
                continue;
            }
            Sentence s = sentence.get();
            Optional<Token> verb = speechVerb(s, inner);
            boolean unnamed = verb.filter(v -> finder.unnamedSubject(s, text, v.index())).isPresent();
            Optional<Speaker> speaker = verb.filter(v -> !unnamed).flatMap(v -> subject(speakers.get(s.index()),
                    v.index(), finder.subjectReach(s, text, v.index()), inner));
            // a quote that opens its sentence right after a sentence with a quote goes on with that speaker
            boolean continues = previous.isPresent() && s.index() - previousSentence == 1
                    && s.span().start() == quote.open();
            boolean speakerBefore = !unnamed && verb.map(v -> v.start() >= inner.end()
                    || finder.subjectless(s, text, v.index())).orElse(continues);
            if (speaker.isEmpty() && speakerBefore) {
                int before = verb.map(Token::start).filter(v -> v < inner.start()).orElse(quote.open());
                Optional<Speaker> last = previous;
                speaker = lastSubject(sentences, speakers, text, s.index(), before, previousSentence)
                        .or(() -> last)
                        .or(() -> lastBefore(speakers, s.index(), before, Speaker.PERSON))
                        .or(() -> lastBefore(speakers, s.index(), before, Speaker.ORGANISATION))
                        .or(() -> lastBefore(speakers, s.index(), before, Speaker.STATE));
            }
            if (speaker.isPresent()) {
                previous = speaker;
                previousSentence = s.index();
            }
            quotes.add(new Quote(inner.of(text), inner.start(), inner.end(), speaker.map(Speaker::name).orElse(UNKNOWN),
                    speaker.flatMap(Speaker::ref), speaker.map(Speaker::words), speaker.isPresent() ? 0.7 : 0.3,
                    new Evidence(article.id(), s.span().start(), Math.max(s.span().end(), inner.end()),
                            s.text(text))));
        }
        return quotes;
    }

    /** Every span of direct speech in marks, long enough to be speech rather than a quoted name or term. */
    private List<Marked> marked(Article article, Normalizer normalizer) {
        String text = article.text();
        boolean[] content = article.contentMask();
        List<Marked> marked = new ArrayList<>();
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
                    .filter(t -> t.normal().codePoints().anyMatch(Character::isLetter)).count() >= minTokens) {
                marked.add(new Marked(start, inner));
            }
        }
        return marked;
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

    /**
     * Each sentence's possible speakers, ordered by where they (or their titles) start: known actors, cue-found
     * persons, and a person named before met again by the last word of the name ("وأكد العتيبي" after "عبد الله
     * المحيسني"); none inside a quote.
     */
    private List<List<Speaker>> speakers(List<Sentence> sentences, List<List<Name>> names,
                                         List<List<Person>> persons, List<Marked> marked, String text) {
        Map<String, Person> surnames = new java.util.HashMap<>();
        List<List<Speaker>> all = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<Speaker> speakers = new ArrayList<>();
            boolean[] taken = new boolean[sentence.tokens().size()];
            for (Name name : names.get(sentence.index())) {
                java.util.Arrays.fill(taken, name.first(), name.last() + 1, true);
                name.actor().ifPresent(a -> speakers.add(new Speaker(a.name(), Optional.of(a.id()), name.first(),
                        name.last(), name.mention().span(), a.kind() == Actor.ActorKind.PERSON ? Speaker.PERSON
                        : name.place().isEmpty() && a.kind() != Actor.ActorKind.STATE ? Speaker.ORGANISATION
                        : Speaker.STATE)));
            }
            for (Person person : persons.get(sentence.index())) {
                java.util.Arrays.fill(taken, person.first(), person.last() + 1, true);
                speakers.add(new Speaker(person.name(), Optional.empty(), person.cue(), person.last(),
                        person.mention().span(), Speaker.PERSON));
            }
            for (Token token : sentence.tokens()) {
                if (!taken[token.index()]) {
                    clitics.variants(token.normal()).stream().map(surnames::get).filter(java.util.Objects::nonNull)
                            .findFirst().ifPresent(p -> speakers.add(new Speaker(p.name(), Optional.empty(),
                                    token.index(), token.index(), new Span(token.start(), token.end()), Speaker.PERSON)));
                }
            }
            for (Person person : persons.get(sentence.index())) {
                String surname = sentence.tokens().get(person.last()).normal();
                if (surname.length() >= SURNAME_MIN) {
                    surnames.put(surname, person);
                }
            }
            speakers.removeIf(c -> marked.stream().anyMatch(m -> m.inner().contains(c.start())));
            speakers.sort(java.util.Comparator.comparingInt(Speaker::at));
            all.add(speakers);
        }
        return all;
    }

    /**
     * The speaker right after the verb (a title counting from its start) before anything that ends the subject
     * ({@code reach}), else the nearest one before the verb.
     */
    private Optional<Speaker> subject(List<Speaker> speakers, int verb, int reach, Span quote) {
        Optional<Speaker> after = speakers.stream().filter(c -> c.at() > verb && c.at() - verb <= AFTER_VERB
                && c.at() < reach && !quote.contains(c.start())).findFirst();
        if (after.isPresent()) {
            return after;
        }
        Speaker best = null;
        for (Speaker c : speakers) {
            if (c.last() < verb && verb - c.last() <= window && !quote.contains(c.start())
                    && (best == null || c.rank() >= best.rank())) {
                best = c; // the nearest of the most speaker-like: a person before an organisation before a state
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The speaker of the last speech verb that has one, before a position in the quote's sentence or in the
     * {@link #BACK} sentences before it, no earlier than the last quote's sentence.
     */
    private Optional<Speaker> lastSubject(List<Sentence> sentences, List<List<Speaker>> speakers, String text,
                                          int sentence, int position, int previousSentence) {
        for (int k = sentence; k >= Math.max(Math.max(0, sentence - BACK), previousSentence); k--) {
            List<Token> tokens = sentences.get(k).tokens();
            for (int t = tokens.size() - 1; t >= 0; t--) {
                if (tokens.get(t).end() <= position && verbs.any(clitics.variants(tokens.get(t).normal()))) {
                    Optional<Speaker> found = subject(speakers.get(k), t,
                            finder.subjectReach(sentences.get(k), text, t), new Span(position, position));
                    if (found.isPresent() && found.get().start() < position) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The last speaker of at least a rank (person, organisation, any) named before a position, in its sentence or the ones before it. */
    private static Optional<Speaker> lastBefore(List<List<Speaker>> speakers, int sentence, int position,
                                                int rank) {
        for (int k = sentence; k >= Math.max(0, sentence - BACK); k--) {
            List<Speaker> found = speakers.get(k).stream()
                    .filter(c -> c.start() < position && c.rank() >= rank).toList();
            if (!found.isEmpty()) {
                return Optional.of(found.get(found.size() - 1));
            }
        }
        return Optional.empty();
    }

    /** The speech verb nearest before the quote in its sentence, else the first after it. */
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
            return Optional.of(best); // reported speech the quote completes: "وأوضح X أن … «…»"
        }
        return Optional.empty();
    }
}
