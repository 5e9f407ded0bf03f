package org.sitrep.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.AcledType;
import org.sitrep.model.Span;
import org.sitrep.testing.SharedModels;

/** An Arabic and an English report of one capture merge into one event with both as sources. */
class ArabicEnglishMergeTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2016, 8, 14); // a Sunday

    private static Article article(String id, String source, String language, String text) {
        return new Article(id, source, Optional.empty(), id, Optional.of(PUBLISHED), language, text,
                new Span(0, text.length()), List.of(), id + ".txt");
    }

    @Test
    void anArabicAndAnEnglishReportOfTheSameCaptureAreOneEventWithTwoSources() {
        var extractor = SharedModels.extractor();
        var arabic = extractor.apply(article("ar1", "Arabic Wire", "ar",
                "سيطرت قوات سوريا الديمقراطية على مدينة منبج يوم الجمعة بعد معارك مع تنظيم داعش."));
        var english = extractor.apply(article("en1", "English Wire", "en",
                "The Syrian Democratic Forces took control of the town of Manbij on Friday after weeks of fighting."));
        Situation situation = Situation.of(List.of(arabic, english));
        List<MergedEvent> captures = situation.events().stream()
                .filter(e -> e.acled() == AcledType.NON_STATE_OVERTAKES_TERRITORY
                        && e.placeRef().equals(Optional.of("167357"))).toList(); // the fighting before is its own
        assertThat(captures).hasSize(1);
        assertThat(captures.get(0).sources()).isEqualTo(2);
        assertThat(captures.get(0).reports()).extracting(Report::articleId).containsExactlyInAnyOrder("ar1", "en1");
        assertThat(situation.controlAt(PUBLISHED, "Manbij")).map(ControlInterval::controller)
                .contains("Syrian Democratic Forces");
    }
}
