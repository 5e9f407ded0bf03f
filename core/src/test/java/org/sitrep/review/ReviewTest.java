package org.sitrep.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CalendarDate;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.EventType;

class ReviewTest {
    private static final String CLAIM = "c0123456789abcdef";
    private static final String EVENT = "m0123456789abcdef";
    private static final Instant AT = Instant.parse("2025-01-02T10:00:00.123456789Z");

    @Test
    void aCorrectionIsNormalisedSoStoredAndParsedOnesCompareEqual() {
        Corrections corrections = Corrections.of(TargetKind.CONTROL, Map.of("Status", " Contested ", "date", "2016-12",
                "controller", "Syrian government"));
        assertThat(corrections.status()).contains(ControlStatus.CONTESTED);
        assertThat(corrections.date()).contains(CalendarDate.of("2016-12"));
        assertThat(corrections.values()).containsEntry(Corrections.Field.STATUS, "contested");
        assertThat(new Corrections(corrections.values())).isEqualTo(corrections);
        assertThat(Corrections.of(TargetKind.EVENT, Map.of("type", "fight", "actor-side", "opposition")).type())
                .contains(EventType.FIGHT);
    }

    @Test
    void aReviewKeepsWhatSqlTimestampsKeep() {
        Review review = Review.draft(TargetKind.CONTROL, CLAIM, Verdict.ACCEPT, Corrections.NONE, " Ana ", "", AT);
        assertThat(review.at()).isEqualTo(Instant.parse("2025-01-02T10:00:00.123456Z"));
        assertThat(review.reviewer()).isEqualTo("Ana");
    }

    @Test
    void aRejectOrCorrectNeedsAReason() {
        assertThatThrownBy(() -> Review.draft(TargetKind.CONTROL, CLAIM, Verdict.REJECT, Corrections.NONE, "Ana", " ", AT))
                .isInstanceOf(ReviewException.class).hasMessage("a reject needs a reason: say why the machine is wrong");
        assertThatThrownBy(() -> Review.draft(TargetKind.EVENT, EVENT, Verdict.CORRECT,
                Corrections.of(TargetKind.EVENT, Map.of("actor", "ISIL")), "Ana", "", AT))
                .hasMessageContaining("a correct needs a reason");
    }

    @Test
    void onlyACorrectCarriesFieldsAndItCarriesAtLeastOne() {
        assertThatThrownBy(() -> Review.draft(TargetKind.EVENT, EVENT, Verdict.CORRECT, Corrections.NONE, "Ana", "why",
                AT)).hasMessage("a correct needs at least one corrected field");
        assertThatThrownBy(() -> Review.draft(TargetKind.EVENT, EVENT, Verdict.ACCEPT,
                Corrections.of(TargetKind.EVENT, Map.of("actor", "ISIL")), "Ana", "why", AT))
                .hasMessage("only a correct carries corrected fields, not an accept");
    }

    @Test
    void anIdMustBeOfItsKind() {
        assertThatThrownBy(() -> Review.draft(TargetKind.CONTROL, EVENT, Verdict.ACCEPT, Corrections.NONE, "Ana", "", AT))
                .isInstanceOf(ReviewException.class)
                .hasMessage("not a control id: \"m0123456789abcdef\" (control ids are \"c\" and 16 hex digits)");
        assertThatThrownBy(() -> Review.draft(TargetKind.EVENT, "m1\n<script>", Verdict.ACCEPT, Corrections.NONE, "Ana",
                "", AT)).hasMessageStartingWith("not an event id: \"m1 <script>\"");
    }

    @Test
    void aFieldMustBelongToTheKindAndAValueMustParse() {
        assertThatThrownBy(() -> Corrections.of(TargetKind.EVENT, Map.of("controller", "x")))
                .hasMessage("cannot correct \"controller\" of an event: fields are type, acled, actor, actor_side, "
                        + "target, target_side, place, date");
        assertThatThrownBy(() -> Corrections.of(TargetKind.CONTROL, Map.of("place_ref", "170017")))
                .hasMessageStartingWith("cannot correct \"place_ref\" of a control");
        assertThatThrownBy(() -> Corrections.of(TargetKind.CONTROL, Map.of("status", "won")))
                .hasMessage("correction status must be held or contested, was \"won\"");
        assertThatThrownBy(() -> Corrections.of(TargetKind.CONTROL, Map.of("date", "last week")))
                .hasMessageStartingWith("correction date must be YYYY-MM-DD");
        assertThatThrownBy(() -> Corrections.of(TargetKind.EVENT, Map.of("type", "war")))
                .hasMessageStartingWith("correction type must be a PLOVER type (AGREE, ");
        assertThatThrownBy(() -> Corrections.of(TargetKind.EVENT, Map.of("actor", "  ")))
                .hasMessage("correction actor is empty: give a value or leave the field out");
    }

    @Test
    void verdictsAndKindsParseTheirLabels() {
        assertThat(Verdict.parse("Reject")).contains(Verdict.REJECT);
        assertThat(Verdict.parse("approve")).isEmpty();
        assertThat(TargetKind.parse("control")).contains(TargetKind.CONTROL);
    }
}
