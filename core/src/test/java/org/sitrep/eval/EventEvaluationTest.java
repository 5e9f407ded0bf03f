package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.AcledType;
import org.sitrep.model.Article;
import org.sitrep.model.CalendarDate;
import org.sitrep.model.ControlChange;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Facts;
import org.sitrep.model.Modality;
import org.sitrep.pipeline.Models;

class EventEvaluationTest {
    private static final String TEXT = "Rebels seized Idlib on Tuesday. The army shelled Hama.";

    @TempDir
    Path dir;

    @Test
    void scoresMatchedMissedAndSpuriousEventsFieldByField() throws Exception {
        List<GoldArticle> gold = goldArticle("a1", TEXT, """
                {"corpus": "allsides-syria-en", "id": "a1", "split": "dev", "published": "2015-03-31",
                 "events": [
                  {"type": "FIGHT", "mentions": [[7, 13]], "actor": "OPP", "target": null, "place": "Idlib",
                   "place_geonames": null, "date": "2015-03-31", "date_granularity": "day", "modality": "asserted"},
                  {"type": "FIGHT", "mentions": [[41, 48]], "actor": "SYR", "target": null, "place": "Hama",
                   "place_geonames": null, "date": null, "date_granularity": "none", "modality": "asserted"}],
                 "control": [], "quotes": []}
                """);
        // One right event, one with the wrong actor, one spurious: extraction stubbed to isolate the scorer.
        java.util.function.Function<Article, Facts> extractor = article -> new Facts(article.meta(), List.of(), List.of(),
                List.of(), List.of(
                event("e1", "Syrian opposition", "Idlib", "2015-03-31", article, 0, 31),
                event("e2", "Russia", "Hama", "2015-03-31", article, 32, 54),
                new Event("e3", EventType.STATEMENT, AcledType.OTHER, "010", Optional.of("Russia"), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Modality.ASSERTED, 0.5, new Evidence(article.id(), 32, 54, "x"))),
                List.of(), List.of());
        StringWriter printed = new StringWriter();
        Models models = Models.shared();
        EventEvaluation.Tally tally = new EventEvaluation(models.articleBuilder(), extractor, models.knowledge(),
                new PrintWriter(printed)).run(gold, true);
        assertThat(List.of(tally.gold, tally.system, tally.matched, tally.fullyRight, tally.emittedAsserted))
                .containsExactly(2, 3, 2, 1, 3);
        assertThat(tally.fields.get("actor")).containsExactly(1, 2);
        assertThat(tally.fields.get("place")).containsExactly(2, 2);
        assertThat(tally.arguments.get("actor")).containsExactly(1, 3, 2);
        assertThat(tally.arguments.get("date")).containsExactly(1, 1, 1);
        assertThat(printed.toString()).contains("detection (any type)      P  66.67  R 100.00  F1  80.00")
                .contains("fully right, of emitted asserted      33.3 %  (1 of 3)")
                .contains("a1 actor≠SYR FIGHT asserted actor=Russia")
                .contains("a1 spurious STATEMENT asserted actor=Russia")
                .contains("  places               P 100.00  R 100.00  F1 100.00  (tp 2, fp 0, fn 0)")
                .contains("  actors               P  33.33  R  50.00  F1  40.00  (tp 1, fp 2, fn 1)");
    }

    @Test
    void aMissedEventSaysWhetherItsSentenceHadNoEventOrOneThatAnsweredAnotherGoldEvent() throws Exception {
        String text = "Rebels seized Idlib and shelled Hama on Tuesday. The army fled Homs.";
        List<GoldArticle> gold = goldArticle("a2", text, """
                {"corpus": "allsides-syria-en", "id": "a2", "split": "dev", "published": "2015-03-31",
                 "events": [
                  {"type": "FIGHT", "mentions": [[7, 13]], "actor": "OPP", "target": null, "place": "Idlib",
                   "place_geonames": null, "date": "2015-03-31", "date_granularity": "day", "modality": "asserted"},
                  {"type": "FIGHT", "mentions": [[24, 31]], "actor": "OPP", "target": null, "place": "Hama",
                   "place_geonames": null, "date": "2015-03-31", "date_granularity": "day", "modality": "asserted"},
                  {"type": "RETREAT", "mentions": [[58, 62]], "actor": "SYR", "target": null, "place": "Homs",
                   "place_geonames": null, "date": null, "date_granularity": "none", "modality": "hypothetical"}],
                 "control": [], "quotes": []}
                """);
        // one event for the two deeds of the first sentence, none in the second
        java.util.function.Function<Article, Facts> extractor = article -> new Facts(article.meta(), List.of(),
                List.of(), List.of(), List.of(new Event("e1", EventType.FIGHT, AcledType.ARMED_CLASH, "190",
                        Optional.of("Syrian opposition"), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of("Idlib"), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of(CalendarDate.of("2015-03-31")), Optional.empty(), Modality.ASSERTED, 0.9,
                        new Evidence(article.id(), 0, 48, text.substring(0, 48)))), List.of(), List.of());
        StringWriter printed = new StringWriter();
        Models models = Models.shared();
        new EventEvaluation(models.articleBuilder(), extractor, models.knowledge(), new PrintWriter(printed))
                .run(gold, true);
        assertThat(printed.toString())
                .contains("a2 missed FIGHT 'shelled' @24 actor=OPP place=Hama asserted [taken: FIGHT answers FIGHT @7]")
                .contains("a2 missed RETREAT 'fled' @58 actor=SYR place=Homs hypothetical [no event in its sentences]")
                .doesNotContain("missed FIGHT 'seized'");
    }

    @Test
    void aSpeakerNamedAsWrittenMatchesTheGoldSpeakersWordsInARow() {
        assertThat(EventEvaluation.namedAsWritten("أحمد السالم", "السالم")).isTrue();
        assertThat(EventEvaluation.namedAsWritten("سامر بن خالد العتيبي", "سامر بن خالد العتيبي")).isTrue();
        assertThat(EventEvaluation.namedAsWritten("نبيل حداد", "سامر العتيبي")).isFalse();
        assertThat(EventEvaluation.namedAsWritten("بن علي", "بن")).isFalse();
        assertThat(EventEvaluation.namedAsWritten("", "أوغلو")).isFalse();
    }

    @Test
    void anUnnamedSpeakerDescribedWithFewerWordsIsTheSameSource() {
        assertThat(EventEvaluation.sameDescription("White House progress report", "the report")).isTrue();
        assertThat(EventEvaluation.sameDescription("another US administration official",
                "another administration official")).isTrue();
        assertThat(EventEvaluation.sameDescription("another traveler", "one traveler with children")).isFalse();
        assertThat(EventEvaluation.sameDescription("a Kurdish news agency", "the official")).isFalse();
        assertThat(EventEvaluation.sameDescription("the UN", "a US official")).isFalse();
    }

    @Test
    void aProvinceAndAGovernorateOfOneNameAreOneAreaButNotItsTown() {
        assertThat(GoldMatcher.sameAdminArea("Idlib province", "Idlib Governorate")).isTrue();
        assertThat(GoldMatcher.sameAdminArea("Idlib province", "Idlib")).isFalse();
        assertThat(GoldMatcher.sameAdminArea("Idlib province", "Hama Governorate")).isFalse();
        assertThat(GoldMatcher.sameAdminArea("Aleppo countryside", "Aleppo province")).isFalse();
    }

    @Test
    void aContestsControllerIsRightWhenTheGoldNamesAnySideItGivesButAHoldsOnlyByItsHolder() throws Exception {
        String text = "Troops besieged Madaya on Sunday. Troops besieged Zabadani on Monday.";
        List<GoldArticle> gold = goldArticle("a3", text, """
                {"corpus": "allsides-syria-en", "id": "a3", "split": "dev", "published": "2015-03-31",
                 "events": [],
                 "control": [
                  {"place": "Madaya", "place_geonames": null, "controller": "SYR", "status": "contested",
                   "as_of": "2015-03-29", "ended": false, "phrase_kind": "siege", "evidence": [0, 33]},
                  {"place": "Zabadani", "place_geonames": null, "controller": "SYR", "status": "contested",
                   "as_of": "2015-03-30", "ended": false, "phrase_kind": "siege", "evidence": [34, 69]}],
                 "quotes": []}
                """);
        // Madaya: a contest held by the rebels, the army its challenger; Zabadani: the same sides on a hold, which
        // names its holder alone
        java.util.function.Function<Article, Facts> extractor = article -> new Facts(article.meta(), List.of(),
                List.of(), List.of(), List.of(), List.of(
                        claim("Madaya", ControlStatus.CONTESTED, article, 0, 33, text),
                        claim("Zabadani", ControlStatus.HELD, article, 34, 69, text)), List.of());
        StringWriter printed = new StringWriter();
        Models models = Models.shared();
        EventEvaluation.Tally tally = new EventEvaluation(models.articleBuilder(), extractor, models.knowledge(),
                new PrintWriter(printed)).run(gold, true);
        assertThat(List.of(tally.controlMatched, tally.controllersRight, tally.holdersRight)).containsExactly(2, 1, 0);
        assertThat(printed.toString())
                .contains("controllers right, of matched         50.0 %  (1 of 2; a contest's is right when")
                .contains("a3 control controller≠SYR HELD Zabadani by Syrian opposition |")
                .doesNotContain("controller≠SYR CONTESTED Madaya");
    }

    /** One AllSides-shaped article of {@code text} in a bench folder and its gold file, read back as the eval reads. */
    private List<GoldArticle> goldArticle(String id, String text, String goldJson) throws java.io.IOException {
        Path bench = dir.resolve("bench");
        Files.createDirectories(bench.resolve("allsides-syria-en"));
        Files.writeString(bench.resolve("allsides-syria-en/articles.jsonl"),
                "{\"id\":\"" + id + "\",\"text\":\"" + text + "\"}\n", StandardCharsets.UTF_8);
        Path gold = dir.resolve("gold");
        Files.createDirectories(gold);
        Files.writeString(gold.resolve(id + ".json"), goldJson);
        return GoldArticle.read(gold, "dev", new Corpora(bench));
    }

    private static ControlChange claim(String place, ControlStatus status, Article article, int start, int end,
                                       String text) {
        return new ControlChange(place, Optional.empty(), "Syrian opposition", Optional.of("OPP"), status,
                Optional.empty(), Optional.of(CalendarDate.of("2015-03-31")), 0.9,
                new Evidence(article.id(), start, end, text.substring(start, end)), List.of("Syrian government"));
    }

    private static Event event(String id, String actor, String place, String date, Article article, int start,
                               int end) {
        return new Event(id, EventType.FIGHT, AcledType.ARMED_CLASH, "190", Optional.of(actor), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(place), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(CalendarDate.of(date)), Optional.empty(), Modality.ASSERTED, 0.9,
                new Evidence(article.id(), start, end, TEXT.substring(start, end)));
    }
}
