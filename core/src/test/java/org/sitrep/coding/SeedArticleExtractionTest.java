package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.ingest.BoilerplateDetector;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.LanguageIdentifier;
import org.sitrep.model.AcledType;
import org.sitrep.model.Article;
import org.sitrep.model.CalendarDate;
import org.sitrep.model.ControlChange;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Facts;
import org.sitrep.model.Mention;
import org.sitrep.model.Modality;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.TimeExpression;
import org.sitrep.testing.SharedModels;
import org.sitrep.testing.TestData;

/** The seed article, extracted end to end: the facts an analyst would underline, asserted by value. */
class SeedArticleExtractionTest {
    private static Article article;
    private static Facts facts;

    @BeforeAll
    static void extract() {
        InputReader reader = new InputReader(InputReader.DEFAULT_MAX_BYTES);
        ArticleBuilder builder = new ArticleBuilder(BoilerplateDetector.standard(), LanguageIdentifier.load());
        article = builder.build(reader.read(TestData.seedArticle().toString()).documents().get(0)).article();
        facts = SharedModels.extractor().apply(article);
    }

    @Test
    void everyOffsetPointsAtItsText() {
        String text = article.text();
        facts.entities().forEach(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
        facts.times().forEach(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
        facts.quotes().forEach(q -> assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text()));
        facts.events().forEach(e -> assertThat(text.substring(e.evidence().start(), e.evidence().end()))
                .isEqualTo(e.evidence().sentence()));
        facts.control().forEach(c -> assertThat(text.substring(c.evidence().start(), c.evidence().end()))
                .isEqualTo(c.evidence().sentence()));
        facts.stances().forEach(s -> assertThat(text.substring(s.evidence().start(), s.evidence().end()))
                .isEqualTo(s.evidence().sentence()));
    }

    @Test
    void nothingComesFromTheNewsletterFooter() {
        Span footer = article.boilerplate().get(0);
        assertThat(facts.entities()).noneMatch(m -> m.start() >= footer.start());
        assertThat(facts.events()).noneMatch(e -> e.evidence().start() >= footer.start());
    }

    @Test
    void linksCitiesTakenForPeopleToTheirGeoNamesPlaces() {
        assertThat(entity("Hama")).satisfies(m -> {
            assertThat(m.type()).isEqualTo(EntityType.LOCATION);
            assertThat(m.ref()).contains("170017");
            assertThat(m.lat().orElseThrow()).isCloseTo(35.13, org.assertj.core.data.Offset.offset(0.01));
        });
        assertThat(entity("Homs").ref()).contains("169577");
        assertThat(entity("Daraa").ref()).contains("170905");
        assertThat(entity("Aleppo").ref()).contains("170063");
        assertThat(entity("Istanbul").ref()).contains("745044");
    }

    @Test
    void readsCapitalsActingAsTheirStates() {
        assertThat(facts.entities()).filteredOn(m -> m.text().equals("Ankara")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.canonical()).isEqualTo("Turkey"));
        assertThat(facts.entities()).filteredOn(m -> m.text().equals("Moscow")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.canonical()).isEqualTo("Russia"));
        assertThat(facts.entities()).filteredOn(m -> m.text().equals("Tehran")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.canonical()).isEqualTo("Iran"));
        // "the capital, Damascus" and "toward Damascus" are the city
        assertThat(facts.entities()).filteredOn(m -> m.text().equals("Damascus"))
                .anySatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.LOCATION));
    }

    @Test
    void canonicalizesPeopleAndOrganisations() {
        assertThat(facts.entities()).filteredOn(m -> m.text().equals("Erdoğan"))
                .isNotEmpty().allSatisfy(m -> assertThat(m.canonical()).isEqualTo("Recep Tayyip Erdoğan"));
        assertThat(facts.entities()).filteredOn(m -> m.text().equals("Alloush"))
                .isNotEmpty().allSatisfy(m -> {
                    assertThat(m.canonical()).isEqualTo("Mahmoud Alloush");
                    assertThat(m.type()).isEqualTo(EntityType.PERSON);
                });
        assertThat(entity("Harmoon Center").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity("Arabi21").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity("Southern Operations Room").canonical()).isEqualTo("Southern Operations Room");
        assertThat(entity("regime forces").canonical()).isEqualTo("Syrian government");
        assertThat(facts.entities()).noneMatch(m -> m.text().contains("“") || m.text().contains("”"));
    }

    @Test
    void resolvesTimesAgainstPublicationAndNarrative() {
        assertThat(time("November 27").value()).contains("2024-11-27");
        assertThat(time("Friday").value()).contains("2024-12-06");
        assertThat(time("later today").value()).contains("2024-12-07");
        assertThat(facts.times()).extracting(TimeExpression::text).doesNotContain("2254", "following Friday");
    }

    @Test
    void attributesDirectSpeechOnlyToItsSpeakers() {
        assertThat(facts.quotes()).extracting(q -> q.text().substring(0, Math.min(30, q.text().length())),
                Quote::speaker).containsExactly(
                tuple("This is your chance to defect.", "Military Operations Command"),
                tuple("The opposition is advancing. A", "Recep Tayyip Erdoğan"),
                tuple("but unfortunately, we received", "Recep Tayyip Erdoğan"),
                tuple("We are witnessing a strong pus", "Mahmoud Alloush"),
                tuple("Although Turkey has not offici", "Mohammad Sukari"));
        assertThat(facts.quotes().get(1).speakerRef()).contains("ERDOGAN");
    }

    @Test
    void codesTheCaptureOfCitiesAsTerritorialBattles() {
        List<Event> captures = facts.events().stream().filter(e -> e.cameo().equals("192")).toList();
        assertThat(captures).extracting(e -> e.place().orElse(""), e -> e.actor().orElse(""), Event::acled)
                .contains(tuple("Aleppo", "Syrian opposition", AcledType.NON_STATE_OVERTAKES_TERRITORY),
                        tuple("Idlib", "Syrian opposition", AcledType.NON_STATE_OVERTAKES_TERRITORY),
                        tuple("Hama", "Syrian opposition", AcledType.NON_STATE_OVERTAKES_TERRITORY),
                        tuple("Daraa", "Syrian opposition", AcledType.NON_STATE_OVERTAKES_TERRITORY));
        assertThat(captures).isNotEmpty().allSatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.FIGHT);
            assertThat(e.actorSide()).contains("opposition");
        });
    }

    @Test
    void codesTheExpectedDohaMeetingOnItsOwnDate() {
        List<Event> doha = facts.events().stream().filter(e -> e.place().equals(Optional.of("Doha"))).toList();
        assertThat(doha).isNotEmpty().allSatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.CONSULT);
            assertThat(e.modality()).isEqualTo(Modality.EXPECTED);
            assertThat(e.date()).contains(CalendarDate.of("2024-12-07"));
        });
        assertThat(doha).extracting(e -> e.actor().orElseThrow() + "-" + e.target().orElseThrow())
                .containsExactlyInAnyOrder("Turkey-Iran", "Turkey-Russia", "Iran-Russia");
    }

    @Test
    void datesErdogansStatementToFridayInIstanbul() {
        assertThat(facts.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.STATEMENT);
            assertThat(e.actor()).contains("Recep Tayyip Erdoğan");
            assertThat(e.date()).contains(CalendarDate.of("2024-12-06"));
            assertThat(e.place()).contains("Istanbul");
        });
    }

    @Test
    void codesTheAppealToDefectAsADemandOnTheGovernment() {
        assertThat(facts.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.DEMAND);
            assertThat(e.actor()).contains("Military Operations Command");
            assertThat(e.target()).contains("Syrian government");
        });
    }

    @Test
    void keepsBackgroundNormalizationOffTheArticleDate() {
        List<Event> normalization = facts.events().stream().filter(e -> e.type() == EventType.COOPERATE).toList();
        assertThat(normalization).isNotEmpty().allSatisfy(e -> {
            assertThat(e.actor()).contains("Turkey");
            assertThat(e.target()).contains("Syrian government");
            assertThat(e.date()).isEmpty();
        });
    }

    @Test
    void derivesWhoHoldsEachPlaceAsOfTheArticle() {
        assertThat(facts.control()).extracting(ControlChange::place, ControlChange::controller, ControlChange::status)
                .contains(tuple("Aleppo", "Syrian opposition", ControlStatus.HELD),
                        tuple("Idlib", "Syrian opposition", ControlStatus.HELD),
                        tuple("Hama", "Syrian opposition", ControlStatus.HELD),
                        tuple("Daraa", "Syrian opposition", ControlStatus.HELD),
                        // the opposition took security branches in Suwayda: the side making gains does not hold it
                        tuple("Suwayda", ControlChange.HOLDER_NOT_STATED, ControlStatus.CONTESTED));
        assertThat(facts.control()).isNotEmpty().allSatisfy(c -> assertThat(c.asOf()).contains(CalendarDate.of("2024-12-07")));
        assertThat(facts.control()).extracting(ControlChange::place).doesNotContain("Damascus", "Istanbul", "Doha");
    }

    @Test
    void findsStancesBetweenTheSides() {
        assertThat(facts.stances()).anySatisfy(s -> {
            assertThat(s.from()).isEqualTo("Recep Tayyip Erdoğan");
            assertThat(s.to()).isEqualTo("Syrian opposition");
            assertThat(s.value()).isPositive();
            assertThat(s.date()).contains(CalendarDate.of("2024-12-06"));
        });
        assertThat(facts.stances()).anySatisfy(s -> {
            assertThat(s.from()).isEqualTo("Syrian opposition");
            assertThat(s.to()).isEqualTo("Syrian government");
            assertThat(s.value()).isLessThan(-0.5);
        });
        assertThat(facts.stances()).isNotEmpty().extracting(Stance::value)
                .allSatisfy(v -> assertThat(v).isBetween(-1.0, 1.0));
    }

    @Test
    void leavesRelativeDatesUnresolvedAndClaimsNoUndatedControlWithoutAPublicationDate() {
        Article undated = new Article(article.id(), article.source(), article.url(), article.title(), Optional.empty(),
                article.language(), article.text(), article.body(), article.boilerplate(), article.origin());
        Facts result = SharedModels.extractor().apply(undated);
        assertThat(result.times()).filteredOn(t -> t.text().equals("Friday") || t.text().equals("November 27"))
                .isNotEmpty().allSatisfy(t -> assertThat(t.value()).isEmpty());
        // the dated article's claims are there; without a day none can be placed on the timeline, so none is made
        assertThat(facts.control()).isNotEmpty().allSatisfy(c -> assertThat(c.asOf()).isPresent());
        assertThat(result.control()).isEmpty();
    }

    private static Mention entity(String text) {
        return facts.entities().stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + text));
    }

    private static TimeExpression time(String text) {
        return facts.times().stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no time " + text));
    }
}
