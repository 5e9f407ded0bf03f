package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SegmentKeyTest {
    @Test
    void lowerCasesZeroesDigitsAndCollapsesWhitespace() {
        assertThat(SegmentKey.normalize("  Slideshow (3 Images)\t\n Views 1430 "))
                .isEqualTo("slideshow (0 images) views 0000");
    }

    @Property
    void normalizingTwiceChangesNothing(@ForAll @StringLength(max = 80) String segment) {
        String once = SegmentKey.normalize(segment);
        assertThat(SegmentKey.normalize(once)).isEqualTo(once);
    }

    @Property
    void caseDigitsAndSpacingDoNotChangeTheHash(@ForAll("words") String words, @ForAll @LongRange(min = 0) long n) {
        String count = Long.toString(n);
        String otherCount = count.chars().mapToObj(d -> String.valueOf((d - '0' + 1) % 10))
                .reduce("", String::concat); // every digit changed, the same number of digits
        String plain = words + " " + count + " views";
        String noisy = "  " + words.toUpperCase(Locale.ROOT).replace(" ", " \t ") + "   " + otherCount + "\nviews ";
        assertThat(SegmentKey.hash(noisy)).isEqualTo(SegmentKey.hash(plain));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> words() {
        return net.jqwik.api.Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
                .list().ofMinSize(1).ofMaxSize(5).map(list -> String.join(" ", list));
    }

    @Property
    void differentWordsGiveDifferentHashes(@ForAll("words") String a, @ForAll("words") String b) {
        net.jqwik.api.Assume.that(!a.equals(b));
        assertThat(SegmentKey.hash(a)).isNotEqualTo(SegmentKey.hash(b));
    }
}
