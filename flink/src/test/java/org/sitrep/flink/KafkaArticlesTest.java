package org.sitrep.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.ParsedItem;

class KafkaArticlesTest {
    private final KafkaArticles articles = new KafkaArticles(1_000);

    @Test
    void aRecordIsOneArticleAsInAJsonFile() {
        byte[] value = """
                {"title": "Rebels take Hama", "text": "Rebels took control of Hama on Thursday.",
                 "published": "2024-12-05", "source": "Example Wire", "url": "https://example.org/hama"}
                """.getBytes(StandardCharsets.UTF_8);

        assertThat(articles.items("kafka:news/0@7", value)).singleElement()
                .isInstanceOfSatisfying(ParsedItem.Document.class, item -> {
                    assertThat(item.document().bodyText()).isEqualTo("Rebels took control of Hama on Thursday.");
                    assertThat(item.document().published()).contains(LocalDate.of(2024, 12, 5));
                    assertThat(item.document().source()).contains("Example Wire");
                    assertThat(item.document().origin()).startsWith("kafka:news/0@7");
                });
    }

    @Test
    void aRecordThatIsNotAnArticleIsAProblemNamingIt() {
        assertThat(articles.items("kafka:news/0@8", "not json".getBytes(StandardCharsets.UTF_8))).singleElement()
                .isInstanceOfSatisfying(ParsedItem.Problem.class,
                        item -> assertThat(item.problem().getMessage()).startsWith("kafka:news/0@8"));
        assertThat(articles.items("kafka:news/0@9", new byte[2_000])).singleElement()
                .isInstanceOfSatisfying(ParsedItem.Problem.class, item -> assertThat(item.problem().getMessage())
                        .isEqualTo("kafka:news/0@9: oversized: 2000 bytes exceeds the limit of 1000 bytes"));
    }
}
