package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.ingest.Fingerprint;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Facts;
import org.sitrep.testing.Samples;

class StoreIT {
    @TempDir
    Path tempDir;

    static java.util.stream.Stream<String> backends() {
        return org.sitrep.testing.Databases.backends();
    }

    private Store open(String backend) {
        return Store.open(org.sitrep.testing.Databases.fresh(backend, tempDir));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void readsBackAnArticleWithEveryKindOfFact(String backend) {
        Facts facts = Samples.factsOfEveryKind();
        try (Store store = open(backend)) {
            store.save(Samples.articleOfEveryKind(), facts, Fingerprint.of(Samples.TEXT));
            assertThat(store.facts(facts.article().id())).contains(facts);
            assertThat(store.article(facts.article().id())).contains(Samples.articleOfEveryKind());
            assertThat(store.articles()).singleElement().satisfies(summary -> {
                assertThat(summary.id()).isEqualTo(facts.article().id());
                assertThat(List.of(summary.entities(), summary.times(), summary.quotes(), summary.events(),
                        summary.control(), summary.stances())).containsOnly(1);
            });
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void keepsArticlesAcrossReopening(String backend) {
        String location = org.sitrep.testing.Databases.fresh(backend, tempDir);
        Facts facts = Samples.factsOfEveryKind();
        try (Store store = Store.open(location)) {
            store.save(Samples.articleOfEveryKind(), facts, Fingerprint.of(Samples.TEXT));
        }
        try (Store store = Store.open(location)) {
            assertThat(store.facts(facts.article().id())).contains(facts);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void writesNothingWhenOneFactFails(String backend) {
        Facts valid = Samples.factsOfEveryKind();
        Event event = valid.events().get(0);
        // Two events with one id break the event table's key: the whole article must roll back.
        Facts broken = new Facts(valid.article(), valid.entities(), valid.times(), valid.quotes(),
                List.of(event, event), valid.control(), valid.stances());
        try (Store store = open(backend)) {
            assertThatThrownBy(() -> store.save(Samples.articleOfEveryKind(), broken, Fingerprint.of(Samples.TEXT)))
                    .isInstanceOf(StoreException.class).hasMessageContaining(valid.article().id());
            assertThat(store.articles()).isEmpty();
            assertThat(store.facts(valid.article().id())).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void findsExactAndNearDuplicates(String backend) throws java.io.IOException {
        Facts facts = Samples.factsOfEveryKind();
        Article article = Samples.articleOfEveryKind();
        Fingerprint fingerprint = Fingerprint.of(article.text());
        try (Store store = open(backend)) {
            assertThat(store.save(article, facts, fingerprint)).isEmpty();
            assertThat(store.findDuplicate(fingerprint)).contains(new Duplicate(article.id(), 1.0, true));
            assertThat(store.save(article, facts, fingerprint)).contains(new Duplicate(article.id(), 1.0, true));

            String longer = java.nio.file.Files.readString(org.sitrep.testing.TestData.seedArticle());
            Article bigArticle = Samples.article(longer);
            Facts big = Facts.none(bigArticle);
            Fingerprint bigPrint = Fingerprint.of(longer);
            store.save(bigArticle, big, bigPrint);
            String edited = longer.replace("Turkish President", "President").replace("recently ", "");
            Fingerprint editedPrint = Fingerprint.of(edited);
            Optional<Duplicate> near = store.findDuplicate(editedPrint);
            assertThat(near).hasValueSatisfying(d -> {
                assertThat(d.articleId()).isEqualTo(big.article().id());
                assertThat(d.exact()).isFalse();
                assertThat(d.similarity()).isGreaterThanOrEqualTo(0.8);
            });
            store.linkNearDuplicate(Samples.article(edited), editedPrint, near.get());
            assertThat(store.aliases(big.article().id())).singleElement()
                    .satisfies(alias -> assertThat(alias.contentHash()).isEqualTo(editedPrint.contentHash()));
            assertThat(store.findDuplicate(editedPrint)).hasValueSatisfying(d -> assertThat(d.exact()).isTrue());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void storesAnArticleOnceWhenWritersRaceAndLinksTheNearCopy(String backend) throws Exception {
        String seed = java.nio.file.Files.readString(org.sitrep.testing.TestData.seedArticle());
        String edited = seed.replace("Turkish President", "President").replace("recently ", "");
        Article original = Samples.article(seed);
        Article nearCopy = Samples.article(edited);
        int writers = 8;
        try (Store store = open(backend)) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Optional<Duplicate>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                Article article = i % 2 == 0 ? original : nearCopy;
                results.add(pool.submit(() -> {
                    start.await();
                    return store.save(article, Facts.none(article), Fingerprint.of(article.text()));
                }));
            }
            start.countDown();
            long stored = 0;
            for (var result : results) {
                if (result.get().isEmpty()) {
                    stored++;
                }
            }
            pool.shutdown();
            assertThat(stored).isEqualTo(1);
            assertThat(store.articles()).singleElement().satisfies(only -> assertThat(store.aliases(only.id()))
                    .singleElement().satisfies(alias -> assertThat(alias.similarity()).isGreaterThanOrEqualTo(0.8)));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void readsBackTheNamedArticlesOnly(String backend) throws java.io.IOException {
        Article first = Samples.articleOfEveryKind();
        Article second = Samples.article(java.nio.file.Files.readString(org.sitrep.testing.TestData.seedArticle()));
        try (Store store = open(backend)) {
            store.save(first, Samples.factsOfEveryKind(), Fingerprint.of(first.text()));
            store.save(second, Facts.none(second), Fingerprint.of(second.text()));
            assertThat(store.articleIds()).containsExactlyElementsOf(
                    java.util.stream.Stream.of(first.id(), second.id()).sorted().toList());
            List<String> read = new java.util.ArrayList<>();
            store.forEachStored(List.of(second.id(), "0000000000000000"), (article, facts) -> {
                assertThat(article).isEqualTo(second);
                read.add(facts.article().id());
            });
            assertThat(read).containsExactly(second.id());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void readsFactsInTheirOwnOrderNotTheOrderStored(String backend) {
        Facts facts = Samples.factsOfEveryKind();
        org.sitrep.model.Stance turkey = new org.sitrep.model.Stance("Turkey", "Russia", Optional.of("russia"), 0.24,
                Optional.empty(), 0.7, facts.stances().get(0).evidence());
        org.sitrep.model.Stance iran = new org.sitrep.model.Stance("Iran", "Russia", Optional.of("russia"), 0.24,
                Optional.empty(), 0.7, facts.stances().get(0).evidence());
        Facts tied = new Facts(facts.article(), facts.entities(), facts.times(), facts.quotes(), facts.events(),
                facts.control(), List.of(turkey, iran));
        try (Store store = open(backend)) {
            store.save(Samples.articleOfEveryKind(), tied, Fingerprint.of(Samples.TEXT));
            assertThat(store.facts(facts.article().id()).orElseThrow().stances()).containsExactly(iran, turkey);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void readsBackTheChallengersOfAContestAndNoneOfAHold(String backend) {
        Facts facts = Samples.factsOfEveryKind();
        org.sitrep.model.ControlChange hold = facts.control().get(0);
        org.sitrep.model.ControlChange contest = new org.sitrep.model.ControlChange("Homs", Optional.empty(),
                "Syrian government", Optional.of("government"), org.sitrep.model.ControlStatus.CONTESTED,
                Optional.empty(), hold.asOf(), 0.7, hold.evidence(), List.of("Syrian opposition", "Islamic State"));
        Facts fought = new Facts(facts.article(), facts.entities(), facts.times(), facts.quotes(), facts.events(),
                List.of(hold, contest), facts.stances());
        try (Store store = open(backend)) {
            store.save(Samples.articleOfEveryKind(), fought, Fingerprint.of(Samples.TEXT));
            assertThat(store.facts(facts.article().id()).orElseThrow().control())
                    .extracting(org.sitrep.model.ControlChange::place, org.sitrep.model.ControlChange::challengers)
                    .containsExactlyInAnyOrder(org.assertj.core.api.Assertions.tuple("Hama", List.of()),
                            org.assertj.core.api.Assertions.tuple("Homs",
                                    List.of("Syrian opposition", "Islamic State")));
        }
    }
}
