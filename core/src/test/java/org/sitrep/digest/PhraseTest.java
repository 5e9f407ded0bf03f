package org.sitrep.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A phrase in the plain-text part: isolated only where it would otherwise take the Arabic text's direction. */
class PhraseTest {
    @Test
    void isolatesWhatIsNotRightToLeftInsideArabicText() {
        assertThat(new Phrase("2024-12-07", Direction.LTR, Direction.RTL).plain()).isEqualTo("\u20662024-12-07\u2069");
        assertThat(new Phrase("Reuters", Direction.AUTO, Direction.RTL).plain()).isEqualTo("\u2068Reuters\u2069");
        assertThat(new Phrase("حلب", Direction.RTL, Direction.RTL).plain()).isEqualTo("حلب");
    }

    @Test
    void leavesEnglishTextAsItIs() {
        assertThat(new Phrase("حلب", Direction.RTL, Direction.LTR).plain()).isEqualTo("حلب");
        assertThat(new Phrase("2024-12-07", Direction.LTR, Direction.LTR).plain()).isEqualTo("2024-12-07");
    }

    @Test
    void keepsToOneLine() {
        assertThat(new Phrase("  Rebels\n took\tHama ", Direction.AUTO, Direction.LTR).text()).isEqualTo("Rebels took Hama");
    }
}
