package org.sitrep.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.EventType;
import org.sitrep.model.Modality;

/** Each edition's words, plurals, and names from the knowledge base and gazetteer. */
class EditionTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();
    private static final Edition ENGLISH = new Edition("en", GAZETTEER, KNOWLEDGE);
    private static final Edition ARABIC = new Edition("ar", GAZETTEER, KNOWLEDGE);

    @ParameterizedTest
    @CsvSource({"0,no sources,لا مصادر", "1,1 source,مصدر واحد", "2,2 sources,مصدران", "3,3 sources,3 مصادر",
            "10,10 sources,10 مصادر", "11,11 sources,11 مصدرًا"})
    void countsSourcesWithTheRightPlural(int count, String english, String arabic) {
        assertThat(ENGLISH.sources(count)).isEqualTo(english);
        assertThat(ARABIC.sources(count)).isEqualTo(arabic);
    }

    @Test
    void namesEveryEventTypeAndMarksOnlyUnassertedEvents() {
        for (EventType type : EventType.values()) {
            assertThat(ARABIC.eventType(type)).as(type.name()).isNotBlank().doesNotContainPattern("[A-Za-z]");
        }
        assertThat(ENGLISH.eventType(EventType.FIGHT)).isEqualTo("Fighting");
        assertThat(ARABIC.eventType(EventType.FIGHT)).isEqualTo("قتال");
        assertThat(ENGLISH.modality(Modality.ASSERTED)).isEmpty();
        assertThat(ARABIC.modality(Modality.EXPECTED)).contains("متوقع");
    }

    @Test
    void namesPlacesAndActorsInArabicWhereTheKnowledgeHasIt() {
        assertThat(ARABIC.place("Aleppo", Optional.of(DigestSamples.ALEPPO)))
                .isEqualTo(new Phrase("حلب", Direction.RTL, Direction.RTL));
        assertThat(ARABIC.place("Aleppo", Optional.empty()))
                .isEqualTo(new Phrase("Aleppo", Direction.LTR, Direction.RTL));
        assertThat(ARABIC.actor("Turkey")).isEqualTo(new Phrase("تركيا", Direction.RTL, Direction.RTL));
        assertThat(ARABIC.actor("Someone Unknown")).isEqualTo(new Phrase("Someone Unknown", Direction.LTR, Direction.RTL));
        assertThat(ENGLISH.place("Aleppo", Optional.of(DigestSamples.ALEPPO)).text()).isEqualTo("Aleppo");
        assertThat(ENGLISH.arabicBeside(Optional.of(DigestSamples.ALEPPO))).map(Phrase::text).contains("حلب");
        assertThat(ARABIC.arabicBeside(Optional.of(DigestSamples.ALEPPO))).isEmpty();
        assertThat(ARABIC.date(LocalDate.of(2024, 12, 7)).plain()).isEqualTo("\u20662024-12-07\u2069");
    }

    @Test
    void namesEverySideOfAContestAndThePlaceholdersInArabicAndAnArabicNameRightToLeft() {
        assertThat(ARABIC.actor("Syrian government / Turkey").text()).isEqualTo("الحكومة السورية / تركيا");
        assertThat(ARABIC.actor(org.sitrep.model.ControlChange.HOLDER_NOT_STATED))
                .isEqualTo(new Phrase("(الجهة المسيطرة غير مذكورة)", Direction.RTL, Direction.RTL));
        assertThat(ARABIC.actor("?").text()).isEqualTo("جهة غير معروفة");
        assertThat(ARABIC.actor("سامر بن خالد العتيبي"))
                .isEqualTo(new Phrase("سامر بن خالد العتيبي", Direction.RTL, Direction.RTL));
        assertThat(ENGLISH.actor(org.sitrep.model.ControlChange.HOLDER_NOT_STATED).text())
                .isEqualTo("(holder not stated)");
    }
}
