package org.sitrep.arabic;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.Span;

/**
 * Reads an Arabic article without a parser: sentences split at . ! ? ؟ followed by space and at line ends, words
 * cut from the original text (offsets stay true to it) and normalized for lookup; boilerplate is skipped.
 */
public final class ArabicText {
    private ArabicText() {
    }

    /** The sentences of the article's content. */
    public static List<Sentence> sentences(Article article, Normalizer normalizer) {
        String text = article.text();
        boolean[] content = article.contentMask();
        List<Sentence> sentences = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inside = i < text.length() && content[i];
            if (inside && start < 0 && !Character.isWhitespace(text.charAt(i))) {
                start = i;
            }
            boolean end = !inside || text.charAt(i) == '\n' || (isStop(text.charAt(i))
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
            if (end && start >= 0) {
                int stop = inside && text.charAt(i) != '\n' ? i + 1 : i;
                Span span = new Span(start, stop).strip(text);
                List<Token> tokens = tokens(text, span, normalizer);
                if (!tokens.isEmpty()) {
                    sentences.add(new Sentence(sentences.size(), span, tokens));
                }
                start = -1;
            }
        }
        return sentences;
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?' || c == '؟';
    }

    /** The words of a span of text: runs of letters, digits and combining marks. */
    static List<Token> tokens(String text, Span span, Normalizer normalizer) {
        List<Token> tokens = new ArrayList<>();
        int i = span.start();
        while (i < span.end()) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < span.end() && isWordChar(text.charAt(i))) {
                i++;
            }
            String word = text.substring(s, i);
            String normal = normalizer.normalize(word);
            if (!normal.isEmpty()) {
                tokens.add(new Token(word, normal, s, i, tokens.size()));
            }
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
