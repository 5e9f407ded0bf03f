package org.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EventTypeTest {

    @Test
    void theOntologyFileMarksTheActsOnTheGroundAsPhysical() {
        assertThat(Arrays.stream(EventType.values()).filter(EventType::physical))
                .containsExactlyInAnyOrder(EventType.FIGHT, EventType.ASSAULT, EventType.COERCE, EventType.MOBILIZE,
                        EventType.RETREAT);
        assertThat(EventType.CONSULT.symmetric()).isTrue();
        assertThat(EventType.ASSAULT.symmetric()).isFalse();
        assertThat(Arrays.stream(EventType.values()).filter(type -> !type.aimed()))
                .containsExactly(EventType.STATEMENT);
        assertThat(EventType.PROTEST.quad()).isEqualTo(EventType.Quad.MATERIAL_CONFLICT);
        assertThat(EventType.PROTEST.quad().label()).isEqualTo("material-conflict");
    }

    @Test
    void acledTypesReadBackFromTheirLabelsWithEventAndDisorderType() {
        for (AcledType type : AcledType.values()) {
            assertThat(AcledType.parse(type.label())).contains(type);
        }
        assertThat(AcledType.parse("Battles: Armed clash")).contains(AcledType.ARMED_CLASH);
        assertThat(AcledType.SHELLING.subEventType()).isEqualTo("Shelling/artillery/missile attack");
        assertThat(AcledType.ARRESTS.disorderType()).isEqualTo("Strategic developments");
        assertThat(AcledType.parse("Battles")).isEmpty();
    }
}
