package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.language.LanguagePack;

/** The English pack's time rules and the first two characters each lets the tagger skip on. */
class TimeRuleTest {
    private static final LanguagePack EN = LanguagePack.load("en");
    private static final List<TimeRule> RULES = TimeRule.load(EN, TimeWords.load(EN));

    private static TimeRule ruleMatching(String words) {
        return RULES.stream().filter(r -> r.pattern().matcher(" " + words + " ").find()).findFirst().orElseThrow();
    }

    @Test
    void aMonthRuleBeginsOnlyWhereAMonthOrItsModifierCan() {
        TimeRule month = ruleMatching("january 2016");
        assertThat(month.mayStartWith('j', 'a')).isTrue();
        assertThat(month.mayStartWith('j', 'x')).isFalse();
        assertThat(month.mayStartWith('x', 'a')).isFalse();
        assertThat(month.mayStartWith('_', 'j')).isFalse(); // a word the tag vetoed as a time word
    }

    @Test
    void aFigureRuleBeginsOnADigit() {
        TimeRule isoDate = ruleMatching("2016-03-03");
        assertThat(isoDate.mayStartWith('2', '0')).isTrue();
        assertThat(isoDate.mayStartWith('2', ' ')).isFalse(); // a one-figure word is no ISO date
        assertThat(isoDate.mayStartWith('q', '2')).isFalse();
    }

    @Test
    void aRuleThatLooksBehindItsStartIsTriedEverywhere() {
        TimeRule posted = RULES.stream().filter(r -> r.pattern().pattern().contains("(?:updated|posted"))
                .findFirst().orElseThrow();
        assertThat(posted.mayStartWith('q', 'q')).isTrue();
    }

    @Test
    void everyCharacterBeyondAsciiIsTried() {
        assertThat(ruleMatching("january 2016").mayStartWith('é', 't')).isTrue();
    }
}
