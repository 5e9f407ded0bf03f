package org.sitrep.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.sitrep.model.Article;

/**
 * The comparison point: Stanford CoreNLP's own full pipeline with coreference and quote attribution, run on the
 * same article bodies. Benchmark-only; sitrep's extraction never uses it.
 */
final class CoreNlpBaseline {
    private final StanfordCoreNLP pipeline;

    CoreNlpBaseline() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        props.setProperty("coref.algorithm", "statistical");
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** Annotates an article's body; returns its token count. */
    long annotate(Article article) {
        CoreDocument document = new CoreDocument(article.body().of(article.text()));
        article.published().ifPresent(date ->
                document.annotation().set(edu.stanford.nlp.ling.CoreAnnotations.DocDateAnnotation.class, date.toString()));
        pipeline.annotate(document);
        return document.tokens().size();
    }
}
