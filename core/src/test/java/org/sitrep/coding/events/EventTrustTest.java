package org.sitrep.coding.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.coding.Extractor;
import org.sitrep.model.Event;
import org.sitrep.model.Facts;
import org.sitrep.nlp.Annotated;
import org.sitrep.testing.Samples;
import org.sitrep.testing.SharedModels;

/** The event-trust stage: what it sees of an event, and how its weights become the event's confidence. */
class EventTrustTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2013, 6, 4);
    private static final String NEWS = "Syrian government forces shelled Qusayr on Monday, killing 12 people. "
            + "The opposition said it would respond.";

    private static Extractor untrusted() {
        return SharedModels.extractor().withEventTrust(EventTrust.NONE);
    }

    private static Event shelling(Extractor extractor) {
        return extractor.apply(Samples.news(NEWS, PUBLISHED)).events().stream()
                .filter(e -> e.evidence().sentence().startsWith("Syrian")).findFirst().orElseThrow();
    }

    @Test
    void theFeaturesNameWhatTheEventAndItsSentenceShow() {
        Extractor extractor = untrusted();
        Annotated annotated = extractor.annotate(Samples.news(NEWS, PUBLISHED));
        Facts facts = extractor.extract(annotated);
        Event shelling = facts.events().stream().filter(e -> e.evidence().sentence().startsWith("Syrian"))
                .findFirst().orElseThrow();
        Set<String> features = EventTrust.features(shelling, facts.events(), annotated, facts.quotes());
        assertThat(features).contains("type=FIGHT", "physical", "modality=asserted", "actor=in-sentence",
                "place=in-sentence", "fatalities", "date=day", "sentence=first", "narrated", "actor-side=known",
                "trigger=shell", "trigger=verb", "trigger-relation=root");
    }

    @Test
    void anEventIdNamesItsTriggersSentenceAndTokenAndOtherIdsNone() {
        assertThat(EventCoder.triggerOf("e12.5")).hasValueSatisfying(at -> assertThat(at).containsExactly(12, 5));
        assertThat(EventCoder.triggerOf("e3.0.2")).hasValueSatisfying(at -> assertThat(at).containsExactly(3, 0));
        assertThat(EventCoder.triggerOf("c1.2")).isEmpty();
        assertThat(EventCoder.triggerOf("e1")).isEmpty();
    }

    @Test
    void theConfidenceIsTheLogisticOfTheInterceptAndTheWeightsOfTheEventsFeatures() {
        EventTrust model = new EventTrust(Map.of(EventTrust.BIAS, -1.0, "actor=in-sentence", 2.0, "quoted", 5.0));
        Event rated = shelling(untrusted().withEventTrust(model));
        assertThat(rated.confidence()).isCloseTo(1 / (1 + Math.exp(-1.0)), within(1e-9));
    }

    @Test
    void withoutWeightsTheCodersConfidenceStaysAndThePacksWeightsReplaceIt() {
        Extractor extractor = untrusted();
        Annotated annotated = extractor.annotate(Samples.news(NEWS, PUBLISHED));
        Facts facts = extractor.extract(annotated);
        assertThat(EventTrust.NONE.rate(facts.events(), annotated, facts.quotes())).isSameAs(facts.events());
        Event coded = shelling(extractor);
        Event rated = shelling(SharedModels.extractor());
        assertThat(rated.confidence()).isBetween(0.0, 1.0).isNotEqualTo(coded.confidence());
        assertThat(rated.withConfidence(coded.confidence())).isEqualTo(coded);
    }
}
