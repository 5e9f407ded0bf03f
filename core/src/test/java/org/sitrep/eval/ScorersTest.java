package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

/** The scorers on tiny cases whose answers are worked out by hand: a scorer that cannot fail is a defect. */
class ScorersTest {

    @Test
    void exactMatchNeedsSameSpanAndType() {
        List<TypedSpan> gold = List.of(span(0, 5, "PER"), span(10, 15, "LOC"), span(20, 25, "ORG"));
        List<TypedSpan> predicted = List.of(span(0, 5, "PER"), span(10, 15, "ORG"), span(20, 24, "ORG"),
                span(30, 35, "LOC"));
        Scores scores = SpanScorer.exact(gold, predicted);
        assertThat(scores).isEqualTo(new Scores(1, 3, 2));
        assertThat(scores.precision()).isEqualTo(25.0);
        assertThat(scores.recall()).isCloseTo(33.333, org.assertj.core.data.Offset.offset(0.001));
        assertThat(scores.f1()).isCloseTo(28.571, org.assertj.core.data.Offset.offset(0.001));
        assertThat(SpanScorer.exactByType(gold, predicted).get("ORG")).isEqualTo(new Scores(0, 2, 1));
    }

    @Test
    void namesAreScoredAndDescriptionsLinkedToActorsAreNot() {
        List<org.sitrep.model.Mention> mentions = List.of(mention("ex-England", 0, "MISC"),
                mention("Iraqi troops", 20, "ORG"), mention("Hayat Tahrir al-Sham", 40, "ORG"),
                mention("regime forces", 70, "ORG"), mention("Boatmen 's", 90, "ORG"));
        assertThat(Evaluations.ourEntities("d", mentions)).extracting(TypedSpan::start, TypedSpan::type)
                .containsExactly(org.assertj.core.api.Assertions.tuple(0, "MISC"),
                        org.assertj.core.api.Assertions.tuple(40, "ORG"), org.assertj.core.api.Assertions.tuple(90, "ORG"));
    }

    private static org.sitrep.model.Mention mention(String text, int start, String conll) {
        org.sitrep.model.EntityType type = switch (conll) {
            case "MISC" -> org.sitrep.model.EntityType.MISC;
            default -> org.sitrep.model.EntityType.ORGANIZATION;
        };
        return new org.sitrep.model.Mention(text, start, start + text.length(), type, text, Optional.empty(),
                Optional.empty(), Optional.empty(), 0.7);
    }

    @Test
    void emptyPredictionsScoreZeroNotNaN() {
        Scores scores = SpanScorer.exact(List.of(span(0, 1, "PER")), List.of());
        assertThat(scores.precision()).isZero();
        assertThat(scores.f1()).isZero();
    }

    @Test
    void relaxedMatchingPairsEachGoldSpanOnce() {
        List<TypedSpan> gold = List.of(span(0, 10, "DATE=2013-03-22"));
        List<TypedSpan> predicted = List.of(span(2, 6, "DATE=2013-03-22"), span(5, 12, "DATE=2013-03-22"));
        Evaluations.TimexScores scores = Evaluations.timexScores(gold, predicted);
        assertThat(scores.strict()).isEqualTo(new Scores(0, 2, 1));
        assertThat(scores.relaxed()).isEqualTo(new Scores(1, 1, 0));
        assertThat(scores.value()).isEqualTo(new Scores(1, 1, 0));
        assertThat(scores.typeAccuracy()).isEqualTo(100.0);
    }

    @Test
    void valueCountsOnlyWhenTheValueIsEqual() {
        List<TypedSpan> gold = List.of(span(0, 6, "DATE=2013-03-22"), span(10, 17, "DURATION=P1M"));
        List<TypedSpan> predicted = List.of(span(0, 6, "DATE=2013-03-29"), span(10, 17, "DATE=P1M"));
        Evaluations.TimexScores scores = Evaluations.timexScores(gold, predicted);
        assertThat(scores.strict()).isEqualTo(new Scores(2, 0, 0));
        assertThat(scores.value()).isEqualTo(new Scores(1, 1, 1));
        assertThat(scores.typeAccuracy()).isEqualTo(50.0);
    }

    @Test
    void tokenScoresCountTypedEntityTokens() {
        List<TypedSpan> gold = List.of(span(0, 1, "PER"), span(2, 3, "PER"), span(4, 5, "O"), span(6, 7, "LOC"));
        List<TypedSpan> predicted = List.of(span(0, 1, "PER"), span(2, 3, "O"), span(4, 5, "ORG"), span(6, 7, "ORG"));
        assertThat(Evaluations.tokenScores(gold, predicted)).isEqualTo(new Scores(1, 2, 2));
    }

    @Test
    void readsIob1ConllIntoCharacterSpans() {
        ConllCorpus corpus = ConllCorpus.parse("t", List.of("-DOCSTART- -X- O O", "", "Rebels NNS I-NP O",
                "entered VBD I-VP O", "Hama NNP I-NP I-LOC", "and CC O O", "New NNP I-NP I-LOC", "York NNP I-NP I-LOC",
                "Paris NNP I-NP B-LOC", ". . O O", "", "Assad NNP I-NP I-PER", "spoke VBD I-VP O", ""));
        ConllCorpus.Document doc = corpus.documents().get(0);
        assertThat(doc.text()).isEqualTo("Rebels entered Hama and New York Paris .\nAssad spoke\n");
        assertThat(doc.entities()).extracting(e -> doc.text().substring(e.start(), e.end()) + "/" + e.type())
                .containsExactly("Hama/LOC", "New York/LOC", "Paris/LOC", "Assad/PER");
        assertThat(doc.tokens()).hasSize(10);
    }

    @Test
    void readsTimeMlTextAndGoldTimexes() {
        TimeMlDocument doc = TimeMlDocument.parse("d", "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" "
                + "value=\"2013-03-22\">March 22</TIMEX3></DCT><TEXT>It began <TIMEX3 tid=\"t1\" type=\"DURATION\" "
                + "value=\"P1M\">a month</TIMEX3> ago, on <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2013-02-20\">Feb. 20"
                + "</TIMEX3>.</TEXT></TimeML>");
        assertThat(doc.creationTime()).hasToString("2013-03-22");
        assertThat(doc.text()).isEqualTo("It began a month ago, on Feb. 20.");
        assertThat(doc.timexes()).extracting(t -> doc.text().substring(t.start(), t.end()) + "=" + t.value())
                .containsExactly("a month=P1M", "Feb. 20=2013-02-20");
    }

    @Test
    void leavesOutTheTimexesTheTempEvalToolkitDoesNotScore() {
        TimeMlDocument doc = TimeMlDocument.parse("d", "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" "
                + "value=\"2013-03-22\"/></DCT><TEXT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2013-03-22\">Friday"
                + "</TIMEX3>: the talks ended <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2013-03-21\">on <SIGNAL sid="
                + "\"s1\">the</SIGNAL> eve</TIMEX3><TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2D\"/> after "
                + "<TIMEX3 tid=\"t3\" type=\"DURATION\" value=\"P2D\">two days</TIMEX3>.</TEXT></TimeML>");
        assertThat(doc.text()).isEqualTo("Friday: the talks ended on the eve after two days.");
        assertThat(doc.timexes()).extracting(t -> doc.text().substring(t.start(), t.end()) + "=" + t.value())
                .containsExactly("two days=P2D");
    }

    @Test
    void readsOnlyDoubleQuotedPolnearContentsAsDirectQuotes() {
        String text = "Trump said \"we will win big,\" and Clinton said the race was close.";
        AttributionDocument doc = AttributionDocument.parse("p", text, List.of(
                "T1\tSource 0 5\tTrump", "T2\tCue 6 10\tsaid", "T3\tContent 11 29\t\"we will win big,\"",
                "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
                "T4\tSource 34 41\tClinton", "T5\tContent 47 65\tthe race was close",
                "E2\tAttribution:T5 Content:T5 Source:T4"));
        assertThat(doc.quotes()).singleElement().satisfies(q -> {
            assertThat(text.substring(q.start(), q.end())).isEqualTo("we will win big,");
            assertThat(q.speaker()).contains("Trump");
        });
        assertThat(Evaluations.sameSpeaker("President Donald Trump", "Donald Trump")).isTrue();
        assertThat(Evaluations.sameSpeaker("Hillary Clinton", "Donald Trump")).isFalse();
        assertThat(Optional.of(doc.id())).contains("p");
    }

    @Test
    void readsAPolnearContentSplitByItsAttributionAsOneQuoteOfTwoParts() {
        String text = "\"We will win,\" Trump said, \"and win big.\" Clinton disagreed.";
        AttributionDocument doc = AttributionDocument.parse("p", text, List.of(
                "T1\tSource 15 20\tTrump", "T2\tCue 21 25\tsaid", "T3\tContent 0 14;27 41\t\"We will win,\" \"and win big.\"",
                "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1"));
        assertThat(doc.quotes()).singleElement().satisfies(q -> {
            assertThat(q.parts()).extracting(part -> text.substring(part.start(), part.end()))
                    .containsExactly("We will win,", "and win big.");
            assertThat(q.speaker()).contains("Trump");
            assertThat(q.contiguous()).isFalse();
            assertThat(q.overlaps(30, 33)).isTrue();
            assertThat(q.overlaps(15, 20)).isFalse();
        });
        assertThat(doc.contiguousQuotes()).isEmpty();
    }

    @Test
    void countsASplitQuoteFoundWhenEitherPartIsAndEachFoundPartRight() {
        String text = "\"We will win,\" Trump said, \"and win big.\" Clinton disagreed.";
        AttributionDocument doc = AttributionDocument.parse("p", text, List.of(
                "T1\tSource 15 20\tTrump", "T3\tContent 0 14;27 41\tq", "E1\tAttribution:T1 Content:T3 Source:T1"));
        Evaluations.QuoteTally every = new Evaluations.QuoteTally();
        every.addEvery(doc, List.of(found(1, 13, "Donald Trump"), found(28, 40, "Trump"), found(42, 49, "Clinton")));
        assertThat(every.detection()).startsWith("P  66.67  R 100.00  F1  80.00")
                .endsWith("(gold found 1 of 1, found right 2 of 3)");
        assertThat(every.speakerAccuracy()).isEqualTo(100.0);
    }

    @Test
    void countsASpeakerRightByTheWordsThatNameItWhereTheSourceIsAPronoun() {
        String text = "Trump spoke in Ohio. \"We will win,\" he said. \"Big,\" she said.";
        int he = text.indexOf(" he ") + 1;
        int she = text.indexOf("she");
        int first = text.indexOf("We");
        int second = text.indexOf("Big");
        AttributionDocument doc = AttributionDocument.parse("p", text, List.of(
                "T1\tSource " + he + " " + (he + 2) + "\the", "T2\tContent " + (first - 1) + " " + (first + 13) + "\tq",
                "E1\tAttribution:T1 Content:T2 Source:T1", "T3\tSource " + she + " " + (she + 3) + "\tshe",
                "T4\tContent " + (second - 1) + " " + (second + 5) + "\tq", "E2\tAttribution:T3 Content:T4 Source:T3"));
        Evaluations.QuoteTally every = new Evaluations.QuoteTally();
        every.addEvery(doc, List.of(
                new Evaluations.FoundQuote(new TypedSpan("p", first, first + 12, "Donald Trump"),
                        Optional.of(new Span(he, he + 2))),
                new Evaluations.FoundQuote(new TypedSpan("p", second, second + 4, "Donald Trump"),
                        Optional.of(new Span(0, 5)))));
        assertThat(doc.quotes()).extracting(q -> q.source().orElseThrow().of(text)).containsExactly("he", "she");
        assertThat(every.speakerAccuracy()).isZero(); // no name to match in "he" or "she"
        assertThat(every.wordsRight).isEqualTo(1); // the first quote's words are the annotated "he"; "Trump" is not "she"
        assertThat(every.eitherRight).isEqualTo(1);
        assertThat(every.withSpeaker).isEqualTo(2);
    }

    private static Evaluations.FoundQuote found(int start, int end, String speaker) {
        return new Evaluations.FoundQuote(new TypedSpan("p", start, end, speaker), Optional.empty());
    }

    private static TypedSpan span(int start, int end, String type) {
        return new TypedSpan("d", start, end, type);
    }
}
