package org.sitrep.coding;

import java.util.List;
import java.util.function.Function;
import org.sitrep.knowledge.EntityLinker;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.knowledge.Linked;
import org.sitrep.knowledge.TimeNormalizer;
import org.sitrep.model.Article;
import org.sitrep.model.Facts;
import org.sitrep.model.TimeExpression;
import org.sitrep.nlp.Annotated;
import org.sitrep.nlp.Annotator;

/**
 * The extraction chain for one article: annotate → link entities → normalize times → quotes → events → control →
 * stances. Models and knowledge load once in {@link #load()}; {@link #apply} is thread-safe, so the CLI, a server
 * and a Flink operator run the same chain.
 */
public final class Extractor implements Function<Article, Facts> {
    private final Annotator annotator;
    private final EntityLinker linker;
    private final TimeNormalizer times;
    private final QuoteAttributor quotes;
    private final EventCoder events;
    private final ControlDeriver control;
    private final StanceCoder stances;

    private Extractor(Annotator annotator, KnowledgeBase knowledge, Gazetteer gazetteer) {
        this.annotator = annotator;
        this.linker = new EntityLinker(knowledge, gazetteer);
        this.times = new TimeNormalizer();
        this.quotes = new QuoteAttributor(knowledge);
        this.events = EventCoder.load(knowledge);
        this.control = new ControlDeriver();
        this.stances = StanceCoder.load(knowledge);
    }

    /** Loads the NLP models, the actor knowledge base and the gazetteer (several seconds: do it once). */
    public static Extractor load() {
        return new Extractor(Annotator.load(), KnowledgeBase.load(), Gazetteer.load());
    }

    @Override
    public Facts apply(Article article) {
        Annotated annotated = annotator.annotate(article);
        return extract(annotated);
    }

    /** The facts of an already annotated article (lets benchmarks time annotation and coding apart). */
    public Facts extract(Annotated annotated) {
        Linked linked = linker.link(annotated);
        List<TimeExpression> timeExpressions = times.normalize(annotated);
        List<CodedEvent> coded = events.code(linked, timeExpressions);
        return new Facts(annotated.article(), linked.entities(), timeExpressions, quotes.attribute(linked),
                coded.stream().map(CodedEvent::event).toList(),
                control.derive(coded, annotated.article().published()), stances.code(linked, coded, timeExpressions));
    }

    public Annotator annotator() {
        return annotator;
    }
}
