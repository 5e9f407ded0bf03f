package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.ingest.BoilerplateDetector;
import org.sitrep.ingest.IngestOutcome;
import org.sitrep.ingest.LanguageIdentifier;
import org.sitrep.ingest.ParsedDocument;
import org.sitrep.model.Facts;
import org.sitrep.model.Span;
import org.sitrep.store.Store;
import org.sitrep.testing.Samples;

/** The pipeline's stages one at a time, as a distributed runner calls them, and replayed as after a restart. */
class ArticlePipelineTest {
    private static final ArticleBuilder BUILDER = new ArticleBuilder(BoilerplateDetector.standard(),
            LanguageIdentifier.load());

    @TempDir
    Path dir;

    private final AtomicInteger extractions = new AtomicInteger();

    private ArticlePipeline pipeline(Store store) {
        return new ArticlePipeline(BUILDER, article -> {
            extractions.incrementAndGet();
            return Facts.none(article);
        }, store, (article, facts) -> { });
    }

    private static ParsedDocument document(String origin) {
        return new ParsedDocument(origin, Samples.TEXT, new Span(0, Samples.TEXT.length()), Optional.of("Hama"),
                Optional.of(LocalDate.of(2024, 12, 5)), Optional.of("Example Wire"), Optional.empty());
    }

    @Test
    void theStagesInTurnGiveWhatProcessGives() {
        try (Store store = Store.open(dir.resolve("store").toString())) {
            ArticlePipeline pipeline = pipeline(store);
            var built = (ArticlePipeline.Step.Next<ArticleBuilder.Built>) ArticlePipeline.build(BUILDER,
                    document("a.txt"));
            var extracted = (ArticlePipeline.Step.Next<ArticlePipeline.Extracted>) pipeline.extract(built.value());
            ArticlePipeline.Processed stored = pipeline.store(extracted.value());

            assertThat(stored.outcome().kind()).isEqualTo(IngestOutcome.Kind.STORED);
            assertThat(stored.outcome().articleId()).contains(built.value().article().id());
            assertThat(pipeline.process(document("b.txt")).outcome())
                    .isEqualTo(IngestOutcome.duplicate("b.txt", built.value().article().id()));
        }
    }

    @Test
    void storingAnArticleAgainAsAReplayDoesWritesNothing() {
        try (Store store = Store.open(dir.resolve("store").toString())) {
            ArticlePipeline pipeline = pipeline(store);
            var built = (ArticlePipeline.Step.Next<ArticleBuilder.Built>) ArticlePipeline.build(BUILDER,
                    document("a.txt"));
            var extracted = (ArticlePipeline.Step.Next<ArticlePipeline.Extracted>) pipeline.extract(built.value());
            pipeline.store(extracted.value());
            Facts stored = store.facts(built.value().article().id()).orElseThrow();

            ArticlePipeline.Processed again = pipeline.store(extracted.value());

            assertThat(again.outcome().kind()).isEqualTo(IngestOutcome.Kind.DUPLICATE);
            assertThat(again.stored()).isEmpty();
            assertThat(store.articleIds()).containsExactly(built.value().article().id());
            assertThat(store.facts(built.value().article().id())).contains(stored);
        }
    }

    @Test
    void aStoredArticleIsNotExtractedAgain() {
        try (Store store = Store.open(dir.resolve("store").toString())) {
            ArticlePipeline pipeline = pipeline(store);
            pipeline.process(document("a.txt"));
            var built = (ArticlePipeline.Step.Next<ArticleBuilder.Built>) ArticlePipeline.build(BUILDER,
                    document("replayed.txt"));

            ArticlePipeline.Step<ArticlePipeline.Extracted> step = pipeline.extract(built.value());

            assertThat(step).isInstanceOfSatisfying(ArticlePipeline.Step.Done.class, done -> assertThat(
                    done.processed().outcome().kind()).isEqualTo(IngestOutcome.Kind.DUPLICATE));
            assertThat(extractions).hasValue(1);
        }
    }

    @Test
    void aDocumentThatCannotBeBuiltEndsAsAFailureNamingIt() {
        ArticleBuilder failing = new ArticleBuilder(BoilerplateDetector.standard(), null);

        ArticlePipeline.Step<ArticleBuilder.Built> step = ArticlePipeline.build(failing, document("broken.txt"));

        assertThat(step).isInstanceOfSatisfying(ArticlePipeline.Step.Done.class, done -> {
            assertThat(done.processed().outcome().kind()).isEqualTo(IngestOutcome.Kind.FAILED);
            assertThat(done.processed().outcome().describe()).startsWith("error broken.txt: cannot build an article");
        });
    }
}
