package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offsets-only timex gold read against a JSONL corpus. */
class TimexOffsetsGoldTest {

    @TempDir
    Path dir;

    @Test
    void readsTheAnnotatedArticlesWithTheirDatesAndSpans() throws IOException {
        Path articles = Files.writeString(dir.resolve("a.jsonl"), """
                {"id": "x1", "text": "Unrelated text.", "date": "2014-01-02"}
                {"id": "k7", "text": "Envoys met on Monday and will meet again in two weeks.", "date": "2016-05-11"}
                """);
        Path offsets = Files.writeString(dir.resolve("g.tsv"), """
                # a comment line
                k7\t14\t20\tDATE\t2016-05-09
                k7\t44\t53\tDURATION\tP2W
                """);
        List<TimeMlDocument> docs = TimexOffsetsGold.read(offsets, articles);
        assertThat(docs).hasSize(1);
        TimeMlDocument doc = docs.get(0);
        assertThat(doc.id()).isEqualTo("k7");
        assertThat(doc.creationTime()).hasToString("2016-05-11");
        assertThat(doc.timexes()).extracting(t -> doc.text().substring(t.start(), t.end()) + "=" + t.type()
                + "=" + t.value()).containsExactly("Monday=DATE=2016-05-09", "two weeks=DURATION=P2W");
    }

    @Test
    void refusesAnArticleTheCorpusDoesNotHave() throws IOException {
        Path articles = Files.writeString(dir.resolve("a.jsonl"), """
                {"id": "x1", "text": "Unrelated text.", "date": "2014-01-02"}
                """);
        Path offsets = Files.writeString(dir.resolve("g.tsv"), "zz\t0\t3\tDATE\t2014\n");
        assertThatThrownBy(() -> TimexOffsetsGold.read(offsets, articles))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zz");
    }
}
