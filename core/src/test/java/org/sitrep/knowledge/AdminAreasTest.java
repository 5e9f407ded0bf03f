package org.sitrep.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdminAreasTest {
    private final AdminAreas areas = AdminAreas.syria();

    @Test
    void placesSyrianCitiesInTheirGovernorates() {
        assertThat(areas.at(36.2021, 37.1343)).map(AdminAreas.Area::name).contains("Aleppo");
        assertThat(areas.at(33.5102, 36.2913)).map(AdminAreas.Area::name).contains("Damascus");
        assertThat(areas.at(35.9500, 39.0100)).map(AdminAreas.Area::name).contains("Ar-Raqqa");
        assertThat(areas.at(36.2021, 37.1343)).map(AdminAreas.Area::nameAr).contains("حلب");
    }

    @Test
    void aPointOutsideSyriaHasNoGovernorate() {
        assertThat(areas.at(36.3400, 43.1300)).isEmpty(); // Mosul, Iraq
        assertThat(areas.at(41.0082, 28.9784)).isEmpty(); // Istanbul
    }
}
