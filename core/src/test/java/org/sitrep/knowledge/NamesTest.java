package org.sitrep.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void foldsPlainNamesToLowerCaseWordsWithoutApostrophesOrHyphens() {
        assertThat(Names.fold("Jaish al-Fatah")).isEqualTo("jaish al fatah");
        assertThat(Names.fold("  Free  Syrian\tArmy- ")).isEqualTo("free syrian army");
        assertThat(Names.fold("Qal'at `Ayn")).isEqualTo("qalat ayn");
        assertThat(Names.fold("U.S.-backed -- ' - rebels")).isEqualTo("u.s. backed rebels");
    }

    @Test
    void foldsMarksAndUnicodeSeparatorsAway() {
        assertThat(Names.fold("Ḩamāh")).isEqualTo("hamah");
        assertThat(Names.fold("Ma‘arrat al‐Nu’man")).isEqualTo("maarrat al numan");
        assertThat(Names.fold("Deir ez–Zor")).isEqualTo("deir ez zor");
    }

    @Test
    void theAsciiShortcutFoldsAsTheFullFoldDoes() {
        List<String> names = List.of("", " ", "-", "'", "A", "ab-CD", "x\u000By", "x\u001Cy", "\u001C x \u001F",
                "Tal Abyad's", "`Ayn al-'Arab", "AL-QAEDA IN IRAQ", "  - -  Raqqa - - ", "a\r\nb\f-c", "9/11 plot",
                "Hay'at Tahrir al-Sham", "Jabhat Fateh al-Sham (JFS)", "O'Brien", "x - ' - y");
        for (String name : names) {
            assertThat(Names.fold(name)).as(name).isEqualTo(Names.foldUnicode(name));
        }
    }
}
