package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Span;
import java.util.Properties;

/**
 * CoreNLP's own full pipeline with coreference and quote attribution: the baseline that benchmarks and quote
 * evaluation compare sitrep with. Never used for extraction (it costs several seconds per article).
 */
public final class FullPipeline {
    private final StanfordCoreNLP pipeline;

    public FullPipeline() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        props.setProperty("coref.algorithm", "statistical");
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** What the pipeline found in one text: its token count and its quotes. */
    public record Result(int tokens, List<FoundQuote> quotes) {
    }

    /**
     * A quote: the span of its words (without the marks), its speaker as CoreNLP attributes it, and the words that
     * name the speaker at the quote (CoreNLP's speaker mention, before it resolves it to a canonical name).
     */
    public record FoundQuote(int start, int end, String speaker, Optional<Span> speakerWords) {
    }

    public Result annotate(String text, Optional<LocalDate> published) {
        CoreDocument document = new CoreDocument(text);
        published.ifPresent(date -> document.annotation().set(CoreAnnotations.DocDateAnnotation.class, date.toString()));
        pipeline.annotate(document);
        List<FoundQuote> quotes = new ArrayList<>();
        for (CoreQuote quote : document.quotes()) {
            int start = quote.quoteCharOffsets().first;
            int end = quote.quoteCharOffsets().second;
            quotes.add(new FoundQuote(Math.min(end, start + 1), Math.max(start + 1, end - 1),
                    quote.canonicalSpeaker().or(quote::speaker).orElse(""),
                    quote.speakerCharOffsets().map(offsets -> new Span(offsets.first, offsets.second))));
        }
        return new Result(document.tokens().size(), quotes);
    }
}
