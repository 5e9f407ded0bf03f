package org.sitrep.arabic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/** Arabic dates resolved against the publication date. */
class ArabicDatesTest {
    private static final ArabicPack PACK = ArabicPack.load();
    private static final ArabicDates DATES = ArabicDates.load(PACK);

    private static List<TimeExpression> dates(String text, LocalDate published) {
        Article article = new Article("t", "Test", Optional.empty(), "T", Optional.of(published), "ar", text,
                new Span(0, text.length()), List.of(), "t");
        return ArabicText.sentences(article, PACK.normalizer()).stream()
                .flatMap(s -> DATES.find(s, text, Optional.of(published)).stream()).toList();
    }

    @Test
    void levantineAndEgyptianMonthsWithEasternDigitsAndLastYearForALaterDay() {
        assertThat(dates("وقعت المجزرة في ٢٧ تشرين الثاني، وبدأ الحصار في 3 يناير 2015.", LocalDate.of(2016, 1, 10)))
                .extracting(TimeExpression::text, t -> t.value().orElse(""))
                .containsExactly(tuple("٢٧ تشرين الثاني", "2015-11-27"), tuple("3 يناير 2015", "2015-01-03"));
    }

    @Test
    void yesterdayTodayAndAWeekdayCountBackFromPublication() {
        assertThat(dates("قتل خمسة مدنيين أمس، وتجددت الاشتباكات اليوم بعد هدوء يوم الخميس.",
                LocalDate.of(2016, 8, 14)))
                .extracting(t -> t.value().orElse(""))
                .containsExactly("2016-08-13", "2016-08-14", "2016-08-11");
    }

    @Test
    void aMonthNameWithoutANumberIsNoDate() {
        assertThat(dates("مارس الجيش ضغوطا كبيرة على المعارضة.", LocalDate.of(2016, 8, 14))).isEmpty();
    }
}
