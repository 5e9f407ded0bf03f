package org.sitrep.coding.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.Article;
import org.sitrep.model.Span;
import org.sitrep.nlp.Token;

/**
 * Where an article's quotation marks open and close (curly, straight and guillemets, mixed as web copy mixes them,
 * never across a paragraph unless the next one reopens the quote), and which quoted spans read as speech rather than
 * a scare quote or a title.
 */
public final class QuoteMarks {
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’\\-]*");
    /** Fewer quoted words are a scare quote ("so-called “moderate” rebels"), not speech. */
    private static final int MIN_SPEECH_WORDS = 3;

    private final LanguagePack pack;

    QuoteMarks(LanguagePack pack) {
        this.pack = pack;
    }

    /** Whether no line break stands between {@code from} and {@code to}: the two lie in one paragraph. */
    static boolean sameParagraph(String text, int from, int to) {
        int lineEnd = text.indexOf('\n', from);
        return from > 0 && (lineEnd < 0 || lineEnd >= to);
    }

    /** Whether a token is a quotation mark of the kinds quotes are found by (PTB's `` and '' included). */
    public static boolean isQuoteMark(String word) {
        return word.equals("``") || word.equals("''") || word.chars().anyMatch(c -> c == '“' || c == '”' || c == '«'
                || c == '»' || c == '"');
    }

    /** Whether a token lies wholly inside a quoted span. */
    static boolean inside(Token token, Span quote) {
        return token.begin() >= quote.start() && token.end() <= quote.end();
    }

    /** Whether an offset lies inside one of the quoted spans. */
    public static boolean inside(List<Span> quoted, int offset) {
        return quoted.stream().anyMatch(span -> span.contains(offset));
    }

    /** The contents of quotation marks inside the article's content, without the marks themselves. */
    public static List<Span> quotedSpans(Article article) {
        String text = article.text();
        List<Span> spans = new ArrayList<>();
        boolean[] content = article.contentMask();
        int open = -1;
        char opener = 0;
        char closer = 0;
        boolean singleMarks = quotesWithSingleMarks(text, article.body());
        for (int i = article.body().start(); i < article.body().end(); i++) {
            if (!content[i]) {
                open = -1;
                continue;
            }
            char c = text.charAt(i);
            if (singleMarks) {
                if (open < 0 && opensSingle(text, i)) {
                    open = i;
                    opener = c;
                } else if (open >= 0 && closesSingle(text, i)) {
                    if (i > open + 1) {
                        spans.add(new Span(open + 1, i));
                    }
                    open = -1;
                } else if (open >= 0 && c == '\n') {
                    // as with double marks: a quote running over paragraphs reopens with the same mark
                    if (reopens(text, i, opener)) {
                        int end = i;
                        while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) {
                            end--;
                        }
                        if (end > open + 1) {
                            spans.add(new Span(open + 1, end));
                        }
                    }
                    open = -1;
                }
                continue;
            }
            if (open < 0) {
                if (c == '“' || c == '«' || (c == '"' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))))) {
                    open = i;
                    opener = c;
                    closer = c == '“' ? '”' : c == '«' ? '»' : '"';
                }
            } else if (opener == '"' && c == '"' && reopensAfterSentence(text, i)) {
                // "… at dawn. "Next …": in a transcript written with straight marks a mark that opens a word after a
                // sentence's end starts the next quote; the open one ended with its sentence
                int end = i;
                while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                if (end > open + 1) {
                    spans.add(new Span(open + 1, end));
                }
                open = i;
            } else if (c == closer || closesEither(opener, c)) {
                if (i > open + 1) {
                    spans.add(new Span(open + 1, i));
                }
                open = -1;
            } else if (c == '\n') {
                // an unclosed quote does not run into the next paragraph; where that paragraph opens with the same
                // mark, as a quote running over paragraphs is written ("“…\n\n“…”"), each paragraph's part is a quote
                if (reopens(text, i, opener)) {
                    int end = i;
                    while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) {
                        end--;
                    }
                    if (end > open + 1) {
                        spans.add(new Span(open + 1, end));
                    }
                }
                open = -1;
            }
        }
        return spans;
    }

    /**
     * Whether the article quotes with single marks, as British copy does ('We will do whatever we can,' he said): its
     * body holds no double mark at all, so a single mark that opens a word is no apostrophe but a quote's start. Copy
     * that writes each double mark as two single ones (''smooth'') does not quote with single marks: there the
     * doubled marks outnumber the single ones that open a word.
     */
    static boolean quotesWithSingleMarks(String text, Span body) {
        String inner = text.substring(body.start(), body.end());
        if (inner.chars().anyMatch(c -> c == '"' || c == '“' || c == '”' || c == '«' || c == '»')) {
            return false;
        }
        int singleOpeners = 0;
        for (int i = body.start(); i < body.end(); i++) {
            if (opensSingle(text, i)) {
                singleOpeners++;
            }
        }
        return singleOpeners > inner.split("''", -1).length - 1;
    }

    /** A single mark opens a quote where no letter or mark stands before it and a word or a bracket starts after it. */
    private static boolean opensSingle(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '‘') && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))
                && text.charAt(i - 1) != '\'')
                && i + 1 < text.length() && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '['
                || text.charAt(i + 1) == '.');
    }

    /** A single mark closes a quote where it ends a word and no letter follows (the apostrophe of "they're" does not). */
    private static boolean closesSingle(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '’') && i > 0 && !Character.isWhitespace(text.charAt(i - 1))
                && (i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)));
    }

    /**
     * Whether the straight mark at {@code mark} has an opening mark's shape (a space before it, a word right after
     * it) and follows a sentence's end ("… at dawn. "The road …"), so it cannot close the quote open before it.
     */
    private static boolean reopensAfterSentence(String text, int mark) {
        if (mark + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(mark + 1)) || mark == 0
                || !Character.isWhitespace(text.charAt(mark - 1))) {
            return false;
        }
        int i = mark - 1;
        while (i > 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        char end = text.charAt(i);
        return end == '.' || end == '?' || end == '!';
    }

    /**
     * Whether a quote goes on from the part before it, which its paragraph left open: "“…\n\n“…”" is one speaker's.
     */
    static boolean continues(String text, Span before, Span quote) {
        return before.end() < quote.start() && Character.isWhitespace(text.charAt(before.end()))
                && text.substring(before.end(), quote.start() - 1).isBlank()
                && text.substring(before.end(), quote.start() - 1).indexOf('\n') >= 0;
    }

    /** Whether the next paragraph after the line break at {@code newline} opens with the mark {@code opener}. */
    private static boolean reopens(String text, int newline, char opener) {
        int i = newline;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == opener;
    }

    /**
     * Web copy mixes curly and straight marks ("“Living conditions are so miserable," Mohammed said): a straight mark
     * closes a curly opening and a curly closing mark a straight opening, so the quote ends where its writer ended it.
     */
    private static boolean closesEither(char opener, char c) {
        return (opener == '“' && c == '"') || (opener == '"' && c == '”');
    }

    /** Speech has a sentence's shape; a quoted name is a few capitalised words. */
    boolean isSpeech(String text, Span span, String inner) {
        String trimmed = inner.strip();
        List<String> words = WORD.matcher(trimmed).results().map(m -> m.group()).toList();
        if (words.isEmpty()) {
            return false;
        }
        boolean titleCase = pack.namesCapitalised() && words.stream().allMatch(w -> Character.isUpperCase(w.charAt(0))
                || pack.has(WordList.NAME_PARTICLES, w));
        boolean endsLikeSentence = trimmed.matches("(?s).*[.!?…][\"'’”]?$");
        if (titleCase && !endsLikeSentence) {
            return false;
        }
        // one or two words are a scare quote even with the sentence's full stop inside the marks (a "great success."),
        // unless a comma or colon introduces them as a reply ("answered, “No, sir.”")
        boolean introduced = precededByColonOrComma(text, span.start() - 1);
        return words.size() >= MIN_SPEECH_WORDS || introduced && words.size() >= 2;
    }

    private static boolean precededByColonOrComma(String text, int quoteMark) {
        int i = quoteMark - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && (text.charAt(i) == ':' || text.charAt(i) == ',');
    }
}
