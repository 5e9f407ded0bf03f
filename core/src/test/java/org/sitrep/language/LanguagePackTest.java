package org.sitrep.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.coding.Extractor;
import org.sitrep.ingest.Fingerprint;
import org.sitrep.model.AcledType;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Models;
import org.sitrep.testing.SharedModels;

class LanguagePackTest {

    @Test
    void bundledPacksLoadWithEveryListFilled() {
        assertThat(LanguagePack.available()).containsExactly("en");
        LanguagePack english = LanguagePack.load("en");
        for (WordList list : WordList.values()) {
            assertThat(english.words(list)).as(list.name()).isNotEmpty();
        }
        assertThat(english.namesCapitalised()).isTrue();
        assertThat(english.words(WordList.WEEKDAYS)).containsExactly("monday", "tuesday", "wednesday", "thursday",
                "friday", "saturday", "sunday");
        assertThat(english.has(WordList.SPEECH_VERBS, "Say")).isTrue();
        assertThat(english.has(WordList.SPEECH_VERBS, "seize")).isFalse();
    }

    @Test
    void aPackMissingAListIsRefusedNamingFileAndList() {
        assertThatThrownBy(() -> LanguagePack.load("broken"))
                .hasMessage("/org/sitrep/lang/broken/words.tsv: list SPEECH_VERBS is missing");
        assertThatThrownBy(() -> LanguagePack.load("zz"))
                .hasMessageContaining("/org/sitrep/lang/zz/pack.tsv").hasMessageContaining("missing");
    }

    @Test
    void aSecondPackIsChosenByTheArticlesLanguageWithoutAnyJava() {
        Models models = Models.shared();
        Extractor both = SharedModels.extractor().withPacks(models.knowledge(), models.gazetteer(),
                List.of(LanguagePack.load("en"), LanguagePack.load("xx")));
        String text = "Rebels seized Idlib on Tuesday.";
        Event english = both.apply(article(text, "en")).events().get(0);
        Event test = both.apply(article(text, "xx")).events().get(0);
        assertThat(List.<Object>of(english.type(), english.acled(), english.place().orElseThrow()))
                .containsExactly(EventType.FIGHT, AcledType.NON_STATE_OVERTAKES_TERRITORY, "Idlib");
        assertThat(List.<Object>of(test.type(), test.cameo(), test.acled()))
                .containsExactly(EventType.COERCE, "173", AcledType.ARRESTS);
        // A language without a pack falls back to English.
        assertThat(both.apply(article(text, "tr")).events().get(0).type()).isEqualTo(EventType.FIGHT);
    }

    private static Article article(String text, String language) {
        return new Article(Fingerprint.of(text).contentHash(), "Test Wire", Optional.empty(), "Idlib",
                Optional.of(LocalDate.of(2015, 3, 31)), language, text, new Span(0, text.length()), List.of(),
                "test.txt");
    }
}
