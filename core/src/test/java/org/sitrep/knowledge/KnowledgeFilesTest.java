package org.sitrep.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;

class KnowledgeFilesTest {
    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();
    private static final Gazetteer GAZETTEER = Gazetteer.load();

    @Test
    void everyActorAliasNamesExactlyItsActor() {
        Set<String> ids = new HashSet<>();
        for (Actor actor : KNOWLEDGE.actors()) {
            assertThat(ids.add(actor.id())).as("duplicate id %s", actor.id()).isTrue();
            assertThat(KNOWLEDGE.byAlias(actor.name())).contains(actor);
            actor.aliases().forEach(alias -> assertThat(KNOWLEDGE.byAlias(alias)).as(alias).contains(actor));
            actor.memberOf().ifPresent(parent -> assertThat(KNOWLEDGE.byId(parent)).as(parent).isPresent());
        }
    }

    @Test
    void aLeaderIsKnownUnderEachSpellingOfHisWarName() {
        assertThat(KNOWLEDGE.byAlias("Abu Mohammad al-Golani").map(Actor::id)).contains("JOLANI");
        assertThat(KNOWLEDGE.byAlias("al-Golani").map(Actor::id)).contains("JOLANI");
        // the bare word also names an Israeli brigade, so it is no alias
        assertThat(KNOWLEDGE.byAlias("Golani")).isEmpty();
    }

    @Test
    void knowsCampsThroughMembership() {
        Actor erdogan = KNOWLEDGE.byAlias("Erdoğan").orElseThrow();
        assertThat(KNOWLEDGE.side(erdogan)).contains("turkey");
        assertThat(KNOWLEDGE.byDescriptor("Regime Forces").map(Actor::name)).contains("Syrian government");
        assertThat(KNOWLEDGE.byMetonym("Ankara").map(Actor::name)).contains("Turkey");
        assertThat(KNOWLEDGE.byAdjective("Iranian").map(Actor::name)).contains("Iran");
    }

    @Test
    void gazetteerCoversTheWorldAndSyrianSpellings() {
        assertThat(GAZETTEER.size()).isGreaterThan(130_000);
        assertThat(GAZETTEER.resolve("Hama", Optional.empty()).orElseThrow().geonameId()).isEqualTo("170017");
        assertThat(GAZETTEER.resolve("Deraa", Optional.empty()).orElseThrow().geonameId()).isEqualTo("170905");
        assertThat(GAZETTEER.resolve("Damascus", Optional.of("US")).orElseThrow().countryCode()).isEqualTo("SY");
        assertThat(GAZETTEER.resolve("Tripoli", Optional.of("LB")).orElseThrow().countryCode()).isEqualTo("LB");
        assertThat(GAZETTEER.resolve("Ankara", Optional.empty()).orElseThrow().countryCode()).isEqualTo("TR");
        assertThat(GAZETTEER.byId("170063").orElseThrow().arabicName()).isPresent();
        assertThat(GAZETTEER.resolve("Springfield", Optional.empty()).orElseThrow().countryCode()).isEqualTo("US");
    }

    @Property
    void foldingIsIdempotent(@ForAll String name) {
        String folded = Names.fold(name);
        assertThat(Names.fold(folded)).isEqualTo(folded);
    }

    /** Case-blind for the scripts place names come in (not for all of Unicode: Greek final sigma folds apart). */
    @Property
    void foldingIgnoresCaseOfLatinNames(@ForAll("latinNames") String name) {
        assertThat(Names.fold(name.toUpperCase(java.util.Locale.ROOT)))
                .isEqualTo(Names.fold(name.toLowerCase(java.util.Locale.ROOT)));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> latinNames() {
        return net.jqwik.api.Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('À', 'ſ').withChars(' ', '-', '‘', '’', '`').ofMaxLength(30)
                .filter(s -> s.chars().noneMatch(c -> "ıİſßŉ".indexOf(c) >= 0));
    }

    @Test
    void foldsTransliterationMarks() {
        assertThat(Names.fold("Ḩamāh")).isEqualTo("hamah");
        assertThat(Names.fold("Dar‘ā")).isEqualTo("dara");
        assertThat(Names.fold("Deir ez-Zor")).isEqualTo("deir ez zor");
    }
}
