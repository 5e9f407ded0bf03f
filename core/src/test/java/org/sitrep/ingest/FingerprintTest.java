package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.sitrep.testing.TestData;

class FingerprintTest {

    @Test
    void sameTextUpToWhitespaceHasSameHash() {
        assertThat(Fingerprint.of("Rebels  entered\nHama.").contentHash())
                .isEqualTo(Fingerprint.of("Rebels entered Hama.\n").contentHash());
    }

    @Test
    void republicationWithSmallEditsIsSimilar() throws Exception {
        String seed = Files.readString(TestData.seedArticle());
        String edited = seed.replace("Turkish President", "President").replace("recently", "on Friday")
                .replace("Sunna Files Free Newsletter", "Other Outlet Newsletter");
        Fingerprint original = Fingerprint.of(seed);
        Fingerprint copy = Fingerprint.of(edited);
        assertThat(copy.contentHash()).isNotEqualTo(original.contentHash());
        assertThat(copy.similarity(original.minHash())).isGreaterThan(0.8);
        assertThat(copy.bandKeys()).containsAnyOf(original.bandKeys());
    }

    @Test
    void differentStoriesAreDissimilar() throws Exception {
        String seed = Files.readString(TestData.seedArticle());
        Fingerprint other = Fingerprint.of("Fresh fighting shook Aleppo on Saturday as rebels battled to break a "
                + "siege of the city by the Syrian regime, accused by Washington of using starvation as a weapon.");
        assertThat(other.similarity(Fingerprint.of(seed).minHash())).isLessThan(0.2);
    }
}
