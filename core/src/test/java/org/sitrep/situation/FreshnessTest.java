package org.sitrep.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.Evidence;

class FreshnessTest {
    private static final LocalDate TAKEN = LocalDate.of(2016, 8, 12);

    private static ControlInterval manbij(LocalDate... reported) {
        List<Report> reports = java.util.Arrays.stream(reported).map(day -> new Report("a" + day, "wire " + day,
                Optional.empty(), Optional.of(day), new Evidence("a" + day, 0, 4, "text"), 0.8)).toList();
        return new ControlInterval("Manbij", Optional.of("167357"), "Syrian Democratic Forces", Optional.of("kurdish"),
                ControlStatus.HELD, TAKEN, Optional.empty(), reports, List.of());
    }

    @Test
    void confidenceHalvesPerHalfLifeWithoutNewsAndAClaimTurnsStaleAfterHalfAYear() {
        Freshness freshness = new Freshness(120, 180);
        ControlInterval once = manbij(TAKEN);
        assertThat(once.lastReported()).isEqualTo(TAKEN);
        assertThat(freshness.confidence(once, TAKEN)).isEqualTo(0.8);
        assertThat(freshness.confidence(once, TAKEN.plusDays(120))).isEqualTo(0.4);
        assertThat(freshness.stale(once, TAKEN.plusDays(180))).isFalse();
        assertThat(freshness.stale(once, TAKEN.plusDays(181))).isTrue();
    }

    @Test
    void aLaterReportFromAnotherSourceConfirmsAndCorroborates() {
        Freshness freshness = Freshness.standard();
        ControlInterval confirmed = manbij(TAKEN, TAKEN.plusDays(200));
        assertThat(confirmed.lastReported()).isEqualTo(TAKEN.plusDays(200));
        assertThat(confirmed.confidence()).isEqualTo(0.96, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(freshness.stale(confirmed, TAKEN.plusDays(250))).isFalse();
    }
}
