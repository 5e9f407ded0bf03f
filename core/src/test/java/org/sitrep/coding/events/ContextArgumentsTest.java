package org.sitrep.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.coding.events.ContextArguments.Role;
import org.sitrep.language.LanguagePack;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.testing.Samples;
import org.sitrep.testing.SharedModels;

/** The context-argument stage: what it offers for an empty role, and how a model's weights decide. */
class ContextArgumentsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2013, 6, 4);
    private static final String TWO_SENTENCES = "Syrian government forces advanced on Qusayr on Monday. "
            + "Heavy shelling killed 12 people in the town.";
    /** Fills an actor named the sentence before, and nothing else. */
    private static final ArgumentModel PREVIOUS_SENTENCE = new ArgumentModel(Map.of(Role.ACTOR,
            Map.of("bias", -1.0, "dist=1", 2.0)));

    private static Event shelling(ArgumentModel model) {
        List<Event> events = SharedModels.extractor().withArgumentModel(model).withEventTrust(EventTrust.NONE)
                .apply(Samples.news(TWO_SENTENCES, PUBLISHED)).events();
        return events.stream().filter(e -> e.evidence().sentence().startsWith("Heavy")).findFirst().orElseThrow();
    }

    @Test
    void aDeedWhoseClauseNamesNoActorTakesTheOneTheContextNamesWhereTheModelScoresItAboveZero() {
        Event filled = shelling(PREVIOUS_SENTENCE);
        assertThat(filled.type()).isEqualTo(EventType.FIGHT);
        assertThat(filled.actor()).contains("Syrian government");
        assertThat(filled.actorSide()).isPresent();
        assertThat(filled.confidence()).isLessThan(shelling(ArgumentModel.NONE).confidence());
    }

    @Test
    void withoutWeightsTheRoleStaysEmpty() {
        assertThat(shelling(ArgumentModel.NONE).actor()).isEmpty();
    }

    @Test
    void candidatesComeNearestFirstWithTheirDistanceAndNeverRepeatTheOtherParticipant() {
        var extractor = SharedModels.extractor().withArgumentModel(ArgumentModel.NONE);
        var article = Samples.news(TWO_SENTENCES, PUBLISHED);
        var linked = extractor.link(extractor.annotate(article));
        List<Event> events = extractor.apply(article).events();
        Event shelling = events.stream().filter(e -> e.evidence().sentence().startsWith("Heavy")).findFirst()
                .orElseThrow();
        var candidates = new ContextArguments(org.sitrep.pipeline.Models.shared().knowledge(), ArgumentModel.NONE)
                .candidates(shelling, Role.ACTOR, linked, events);
        assertThat(candidates).extracting(ContextArguments.Candidate::name).containsExactly("Syrian government");
        assertThat(candidates.get(0).features()).contains("dist=1", "kind=STATE", "actor-nearby", "bias");
    }

    @Test
    void aPersonNamedInAnotherSentenceIsNoCandidateDoerOfAPhysicalDeedButIsOfAnAgreement() {
        var extractor = SharedModels.extractor().withArgumentModel(ArgumentModel.NONE);
        var context = new ContextArguments(org.sitrep.pipeline.Models.shared().knowledge(), ArgumentModel.NONE);
        var article = Samples.news("John Kerry met Syrian government officials on Monday. Heavy shelling killed 12 "
                + "people in the town.", PUBLISHED);
        List<Event> events = extractor.apply(article).events();
        Event shelling = events.stream().filter(e -> e.evidence().sentence().startsWith("Heavy")).findFirst()
                .orElseThrow();
        assertThat(context.candidates(shelling, Role.ACTOR, extractor.link(extractor.annotate(article)), events))
                .extracting(ContextArguments.Candidate::name).containsExactly("Syrian government");
        var talks = Samples.news("John Kerry arrived in Geneva on Monday. A ceasefire was agreed on Tuesday.",
                PUBLISHED);
        List<Event> talkEvents = extractor.apply(talks).events();
        Event talk = talkEvents.stream().filter(e -> e.type() == EventType.AGREE).findFirst()
                .orElseThrow();
        assertThat(context.candidates(talk, Role.ACTOR, extractor.link(extractor.annotate(talks)), talkEvents))
                .extracting(ContextArguments.Candidate::name).contains("John Kerry");
    }

    @Test
    void aCaptureIsNeverGivenALoserFromItsContext() {
        var extractor = SharedModels.extractor().withArgumentModel(ArgumentModel.NONE);
        var article = Samples.news("Russian jets hit an outpost in Saraqib. Rebels took the city of Hama.", PUBLISHED);
        var linked = extractor.link(extractor.annotate(article));
        List<Event> events = extractor.apply(article).events();
        Event capture = events.stream().filter(e -> e.acled().territorial()).findFirst().orElseThrow();
        var context = new ContextArguments(org.sitrep.pipeline.Models.shared().knowledge(), ArgumentModel.NONE);
        assertThat(capture.place()).contains("Hama");
        assertThat(context.candidates(capture, Role.TARGET, linked, events)).isEmpty();
        assertThat(context.candidates(events.get(0), Role.PLACE, linked, events)).isEmpty(); // it has its place
    }

    @Test
    void aSymmetricDeedCoordinatedWithAnotherDeedHasItsPartnerDecidedByTheRulesSoTheContextOffersNone() {
        var extractor = SharedModels.extractor().withArgumentModel(ArgumentModel.NONE);
        var context = new ContextArguments(org.sitrep.pipeline.Models.shared().knowledge(), ArgumentModel.NONE);
        var article = Samples.news("Kerry criticised Lavrov in Geneva and agreed to hold more talks.", PUBLISHED);
        List<Event> events = extractor.apply(article).events();
        Event agreement = events.stream().filter(e -> e.type() == EventType.AGREE).findFirst().orElseThrow();
        assertThat(agreement.target()).isEmpty();
        var linked = extractor.link(extractor.annotate(article));
        assertThat(context.candidates(agreement, Role.TARGET, linked, events)).isEmpty();
        // the same deed alone in its clause leaves its partner to be found
        var alone = Samples.news("Kerry criticised Lavrov in Geneva. The two sides agreed to hold more talks.",
                PUBLISHED);
        List<Event> aloneEvents = extractor.apply(alone).events();
        Event talks = aloneEvents.stream().filter(e -> e.type() == EventType.AGREE).findFirst().orElseThrow();
        assertThat(context.candidates(talks, Role.TARGET, extractor.link(extractor.annotate(alone)), aloneEvents))
                .extracting(ContextArguments.Candidate::name).contains("Sergei Lavrov");
    }

    @Test
    void weightsThatWouldFillAPartnerLeaveTheOneTheRulesDecidedEmpty() {
        ArgumentModel anyPartner = new ArgumentModel(Map.of(Role.TARGET,
                Map.of("bias", -1.0, "dist=0", 2.0, "dist=1", 2.0)));
        var extractor = SharedModels.extractor().withArgumentModel(anyPartner).withEventTrust(EventTrust.NONE);
        assertThat(extractor.apply(Samples.news("Kerry criticised Lavrov in Geneva and agreed to hold more talks.",
                        PUBLISHED)).events())
                .filteredOn(e -> e.type() == EventType.AGREE)
                .extracting(e -> e.actor().orElse(""), e -> e.target().orElse(""))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("John Kerry", ""));
        assertThat(extractor.apply(Samples.news("Kerry criticised Lavrov in Geneva. The two sides agreed to hold "
                        + "more talks.", PUBLISHED)).events())
                .filteredOn(e -> e.type() == EventType.AGREE)
                .extracting(e -> e.target().orElse(""))
                .containsExactly("Sergei Lavrov");
    }

    @Test
    void aPackWithoutWeightsFillsNothing() {
        ArgumentModel empty = ArgumentModel.load(LanguagePack.load("xx"));
        assertThat(empty.score(Role.ACTOR, List.of("bias", "dist=1"))).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(empty.rows()).isEmpty();
    }

    @Test
    void theEnglishPackCarriesTrainedWeightsWithABias() {
        List<String> rows = ArgumentModel.load(LanguagePack.load("en")).rows();
        assertThat(rows).anyMatch(r -> r.startsWith("ACTOR\tbias\t"));
    }
}
