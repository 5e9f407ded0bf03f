package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.ingest.BoilerplateDetector;
import org.sitrep.ingest.Fingerprint;
import org.sitrep.ingest.LanguageIdentifier;
import org.sitrep.model.Facts;
import org.sitrep.store.Store;
import org.sitrep.testing.Samples;

/** The server's picture follows what other writers (an ingest, a Flink job) store in the same store. */
class SituationServiceTest {
    @TempDir
    Path dir;

    @Test
    void catchesUpWithArticlesAnotherWriterStored() {
        String location = dir.resolve("store").toString();
        try (Store served = Store.open(location); Store other = Store.open(location)) {
            SituationService service = new SituationService(served, new ArticleBuilder(BoilerplateDetector.standard(),
                    LanguageIdentifier.load()), Facts::none);
            long before = service.version();
            Facts facts = Samples.factsOfEveryKind();
            other.save(Samples.articleOfEveryKind(), facts, Fingerprint.of(Samples.TEXT));

            assertThat(service.catchUp()).isEqualTo(1);

            assertThat(service.situation().articleCount()).isEqualTo(1);
            assertThat(service.situation().events()).singleElement()
                    .satisfies(event -> assertThat(event.place()).contains("Hama"));
            assertThat(service.quotes()).singleElement()
                    .satisfies(quote -> assertThat(quote.articleId()).isEqualTo(facts.article().id()));
            assertThat(service.version()).isGreaterThan(before);
            assertThat(service.catchUp()).isZero();
            assertThat(service.quotes()).hasSize(1);
        }
    }
}
