package org.sitrep.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Normalization and proclitic stripping for lookup. */
class CliticsTest {
    private static final ArabicPack PACK = ArabicPack.load();

    @Test
    void normalizationFoldsAlefTehMarbutaDiacriticsAndEasternDigits() {
        assertThat(PACK.normalizer().normalize("إدلبُ")).isEqualTo("ادلب");
        assertThat(PACK.normalizer().normalize("حماة ٢٠١٥")).isEqualTo("حماه 2015");
    }

    @Test
    void conjunctionPrepositionAndLiBeforeTheArticleAreStripped() {
        assertThat(PACK.clitics().variants("وبحلب")).contains("حلب");
        assertThat(PACK.clitics().variants("للجيش")).contains("الجيش");
        assertThat(PACK.clitics().variants("والرقه")).contains("الرقه");
    }
}
