package org.sitrep.nlp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.Article;

/** An article with the NLP library's annotations of its content (body minus boilerplate). */
public record Annotated(Article article, List<Sentence> sentences) {
    public Annotated {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
    }

    /** Whether a line break (a new paragraph) lies between sentence {@code from} and the later sentence {@code to}. */
    public boolean paragraphBreak(int from, int to) {
        return article.text().substring(sentences.get(from).end(), sentences.get(to).begin()).contains("\n");
    }

    /** The sentence that begins at this offset, as a fact's evidence names its sentence by its start. */
    public Optional<Sentence> sentenceAt(int begin) {
        return sentences.stream().filter(s -> s.begin() == begin).findFirst();
    }

    /** The number of sentences the parser ran on. */
    public int parsedSentenceCount() {
        return (int) sentences.stream().filter(Sentence::parsed).count();
    }

    /** The number of tokens annotated. */
    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
