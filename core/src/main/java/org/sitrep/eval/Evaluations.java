package org.sitrep.eval;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.sitrep.coding.Extractor;
import org.sitrep.model.Article;
import org.sitrep.model.Facts;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.nlp.Annotated;
import org.sitrep.nlp.FullPipeline;
import org.sitrep.nlp.SuTimeBaseline;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.TimexMention;
import org.sitrep.nlp.Token;

/**
 * Runs sitrep (and, in the same process, the NLP library's own component) on public test sets and scores both:
 * NER on CoNLL-2003, time expressions on TempEval-3, direct quotes and speakers on PolNeAR.
 */
public final class Evaluations {
    private final Extractor extractor;
    private final PrintWriter out;

    public Evaluations(Extractor extractor, PrintWriter out) {
        this.extractor = extractor;
        this.out = out;
    }

    private Facts extract(String id, String text, Optional<LocalDate> published, List<Annotated> annotatedOut) {
        Article article = new Article(id, "eval", Optional.empty(), id, published, "en", text,
                new Span(0, text.length()), List.of(), id);
        Annotated annotated = extractor.annotate(article);
        annotatedOut.add(annotated);
        return extractor.extract(annotated);
    }

    // ------------------------------------------------------------------ NER

    /** Entity-level (exact span) and token-level scores per CoNLL type, sitrep beside CoreNLP's NER. */
    public void ner(Path conll, int maxDocuments) {
        ConllCorpus corpus = ConllCorpus.read(conll);
        List<TypedSpan> gold = new ArrayList<>();
        List<TypedSpan> ours = new ArrayList<>();
        List<TypedSpan> coreNlp = new ArrayList<>();
        List<TypedSpan> goldTokens = new ArrayList<>();
        List<TypedSpan> ourTokens = new ArrayList<>();
        List<TypedSpan> coreNlpTokens = new ArrayList<>();
        long start = System.nanoTime();
        int tokens = 0;
        for (ConllCorpus.Document doc : corpus.documents().stream().limit(maxDocuments).toList()) {
            List<Annotated> annotated = new ArrayList<>();
            Facts facts = extract(doc.id(), doc.text(), Optional.empty(), annotated);
            gold.addAll(doc.entities());
            List<TypedSpan> docOurs = ourEntities(doc.id(), facts.entities());
            List<TypedSpan> docCoreNlp = coreNlpEntities(doc.id(), annotated.get(0));
            ours.addAll(docOurs);
            coreNlp.addAll(docCoreNlp);
            for (TypedSpan token : doc.tokens()) {
                goldTokens.add(token);
                ourTokens.add(new TypedSpan(token.document(), token.start(), token.end(), labelAt(docOurs, token)));
                coreNlpTokens.add(new TypedSpan(token.document(), token.start(), token.end(), labelAt(docCoreNlp, token)));
            }
            tokens += doc.tokens().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "CoNLL-2003 %s: %d documents, %d tokens, %d gold entities; %.0f tokens/s (full "
                + "sitrep pipeline incl. parsing)%n", conll.getFileName(), Math.min(maxDocuments, corpus.documents().size()),
                tokens, gold.size(), tokens / seconds);
        table("entity level, exact span", gold, ours, coreNlp);
        tokenTable(goldTokens, ourTokens, coreNlpTokens);
        out.flush();
    }

    /**
     * Our mentions as CoNLL spans. Descriptions linked to actors are not names and are left out: a description ends
     * in a word of lower-case letters ("regime forces", "Iraqi troops", "the town"), a name does not ("ex-England",
     * "al-Aqsa", "Hayat Tahrir al-Sham", "Euro 96", "Boatmen 's").
     */
    static List<TypedSpan> ourEntities(String doc, List<Mention> mentions) {
        List<TypedSpan> spans = new ArrayList<>();
        for (Mention m : mentions) {
            if (isName(m.text())) {
                spans.add(new TypedSpan(doc, m.start(), m.end(), m.type().conllTag()));
            }
        }
        return spans;
    }

    static boolean isName(String text) {
        String last = text.substring(text.lastIndexOf(' ') + 1);
        return !last.isEmpty() && (!Character.isLowerCase(last.codePointAt(0))
                || last.chars().anyMatch(Character::isUpperCase));
    }

    static List<TypedSpan> coreNlpEntities(String doc, Annotated annotated) {
        List<TypedSpan> spans = new ArrayList<>();
        for (Sentence sentence : annotated.sentences()) {
            String type = null;
            int start = 0;
            int end = 0;
            for (Token token : sentence.tokens()) {
                String tag = conllTag(token.ner());
                if (type != null && !type.equals(tag)) {
                    spans.add(new TypedSpan(doc, start, end, type));
                    type = null;
                }
                if (tag != null && type == null) {
                    type = tag;
                    start = token.begin();
                }
                if (tag != null) {
                    end = token.end();
                }
            }
            if (type != null) {
                spans.add(new TypedSpan(doc, start, end, type));
            }
        }
        return spans;
    }

    private static String conllTag(String ner) {
        return switch (ner) {
            case "PERSON" -> "PER";
            case "ORGANIZATION" -> "ORG";
            case "LOCATION" -> "LOC";
            case "MISC" -> "MISC";
            default -> null;
        };
    }

    private static String labelAt(List<TypedSpan> entities, TypedSpan token) {
        for (TypedSpan entity : entities) {
            if (entity.start() <= token.start() && token.end() <= entity.end()) {
                return entity.type();
            }
        }
        return "O";
    }

    private void table(String title, List<TypedSpan> gold, List<TypedSpan> ours, List<TypedSpan> coreNlp) {
        out.println(title + ":");
        Map<String, Scores> oursByType = SpanScorer.exactByType(gold, ours);
        Map<String, Scores> coreByType = SpanScorer.exactByType(gold, coreNlp);
        for (String type : List.of("PER", "ORG", "LOC", "MISC")) {
            out.printf(Locale.ROOT, "  %-5s sitrep  %s%n        CoreNLP %s%n", type,
                    oursByType.getOrDefault(type, new Scores(0, 0, 0)).row(),
                    coreByType.getOrDefault(type, new Scores(0, 0, 0)).row());
        }
        out.printf(Locale.ROOT, "  all   sitrep  %s%n        CoreNLP %s%n", SpanScorer.exact(gold, ours).row(),
                SpanScorer.exact(gold, coreNlp).row());
    }

    private void tokenTable(List<TypedSpan> gold, List<TypedSpan> ours, List<TypedSpan> coreNlp) {
        out.println("token level (non-O tokens):");
        out.printf(Locale.ROOT, "  all   sitrep  %s%n        CoreNLP %s%n", tokenScores(gold, ours).row(),
                tokenScores(gold, coreNlp).row());
    }

    /** Token-level scores over entity tokens: a token counts when its predicted type equals the gold one. */
    static Scores tokenScores(List<TypedSpan> gold, List<TypedSpan> predicted) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < gold.size(); i++) {
            String g = gold.get(i).type();
            String p = predicted.get(i).type();
            if (!p.equals("O") && p.equals(g)) {
                tp++;
            } else {
                if (!p.equals("O")) {
                    fp++;
                }
                if (!g.equals("O")) {
                    fn++;
                }
            }
        }
        return new Scores(tp, fp, fn);
    }

    // ------------------------------------------------------------------ TIMEX

    /**
     * TempEval-3 timex scores: strict and relaxed span F1, value F1 and type accuracy; sitrep (its time tagger and
     * normalizer, as extraction runs them) beside, unless {@code withBaseline} is off, CoreNLP's SUTime run on the
     * same files in the same process. {@code printErrors} lists sitrep's errors per document (for development
     * sets only: a test set's errors are not to be read).
     */
    public void timex(String name, List<TimeMlDocument> documents, boolean withBaseline, boolean printErrors) {
        Optional<SuTimeBaseline> baseline = withBaseline ? Optional.of(new SuTimeBaseline()) : Optional.empty();
        List<TypedSpan> gold = new ArrayList<>();
        List<TypedSpan> ours = new ArrayList<>();
        List<TypedSpan> suTime = new ArrayList<>();
        for (TimeMlDocument doc : documents) {
            Facts facts = extract(doc.id(), doc.text(), Optional.of(doc.creationTime()), new ArrayList<>());
            List<TypedSpan> docGold = new ArrayList<>();
            List<TypedSpan> docOurs = new ArrayList<>();
            doc.timexes().forEach(t -> docGold.add(new TypedSpan(doc.id(), t.start(), t.end(), t.type() + "=" + t.value())));
            for (TimeExpression t : facts.times()) {
                docOurs.add(new TypedSpan(doc.id(), t.start(), t.end(), t.type() + "=" + t.value().orElse("")));
            }
            gold.addAll(docGold);
            ours.addAll(docOurs);
            List<TypedSpan> docSuTime = new ArrayList<>();
            baseline.ifPresent(b -> {
                for (TimexMention t : b.find(doc.text(), Optional.of(doc.creationTime()))) {
                    docSuTime.add(new TypedSpan(doc.id(), t.begin(), t.end(), t.type() + "=" + t.value().orElse("")));
                }
            });
            suTime.addAll(docSuTime);
            if (printErrors) {
                TimexErrors.print(doc, docGold, docOurs, baseline.map(b -> docSuTime), out);
            }
        }
        out.printf("TempEval-3 %s: %d gold TIMEX3%n", name, gold.size());
        out.printf(Locale.ROOT, "  sitrep  %s%n", timexRow(gold, ours));
        if (baseline.isPresent()) {
            out.printf(Locale.ROOT, "  SUTime  %s%n", timexRow(gold, suTime));
        }
        out.flush();
    }

    /** The TimeML documents of a folder and its subfolders (TimeBank and AQUAINT are folders of the training set). */
    public static List<TimeMlDocument> timeMlDocuments(Path directory) {
        return filesBelow(directory, ".tml").stream().map(TimeMlDocument::read).toList();
    }

    /** The MEANTIME articles of a folder and its subfolders (one per topic). */
    public static List<TimeMlDocument> meantimeDocuments(Path directory) {
        return filesBelow(directory, ".xml").stream().map(MeantimeDocument::read).toList();
    }

    /** Strict F1, relaxed F1, value F1 (relaxed match with equal value) and type accuracy over relaxed matches. */
    static String timexRow(List<TypedSpan> gold, List<TypedSpan> predicted) {
        TimexScores s = timexScores(gold, predicted);
        return String.format(Locale.ROOT, "strict F1 %6.2f  relaxed F1 %6.2f (P %6.2f R %6.2f)  value F1 %6.2f  "
                + "type accuracy %6.2f", s.strict().f1(), s.relaxed().f1(), s.relaxed().precision(),
                s.relaxed().recall(), s.value().f1(), s.typeAccuracy());
    }

    /** The TempEval-3 timex scores of one system. */
    public record TimexScores(Scores strict, Scores relaxed, Scores value, double typeAccuracy) {
    }

    public static TimexScores timexScores(List<TypedSpan> gold, List<TypedSpan> predicted) {
        Scores strict = SpanScorer.matched(gold, predicted, TypedSpan::sameSpan);
        List<int[]> relaxedPairs = SpanScorer.pairs(gold, predicted, TypedSpan::overlaps);
        int values = 0;
        int types = 0;
        for (int[] pair : relaxedPairs) {
            String g = gold.get(pair[0]).type();
            String p = predicted.get(pair[1]).type();
            if (g.substring(g.indexOf('=') + 1).equals(p.substring(p.indexOf('=') + 1))) {
                values++;
            }
            if (g.substring(0, g.indexOf('=')).equals(p.substring(0, p.indexOf('=')))) {
                types++;
            }
        }
        Scores relaxed = SpanScorer.scores(relaxedPairs.size(), gold.size(), predicted.size());
        Scores value = SpanScorer.scores(values, gold.size(), predicted.size());
        double typeAccuracy = relaxedPairs.isEmpty() ? 0 : 100.0 * types / relaxedPairs.size();
        return new TimexScores(strict, relaxed, value, typeAccuracy);
    }

    // ------------------------------------------------------------------ quotes

    /**
     * Direct-quote detection (overlapping spans) and speaker accuracy on PolNeAR's test split, counted two ways: the
     * contiguous quotes alone (one found quote per gold quote), and every double-quoted content, split ones included
     * (a content is found when a found quote overlaps one of its parts; a found quote is right when it overlaps a
     * part of some content).
     */
    public void quotes(Path polnear, boolean withCoreNlp) {
        Optional<FullPipeline> baseline = withCoreNlp ? Optional.of(new FullPipeline()) : Optional.empty();
        QuoteTally coreTally = new QuoteTally();
        QuoteTally coreAll = new QuoteTally();
        Path texts = polnear.resolve("text");
        Path annotations = polnear.resolve("attributions");
        QuoteTally ours = new QuoteTally();
        QuoteTally oursAll = new QuoteTally();
        for (Path text : files(texts, ".txt")) {
            String stem = text.getFileName().toString().replace(".txt", "");
            Optional<Path> ann = files(annotations, ".ann").stream()
                    .filter(p -> p.getFileName().toString().startsWith(stem + "_")).findFirst();
            if (ann.isEmpty()) {
                continue;
            }
            AttributionDocument doc = AttributionDocument.read(text, ann.get());
            Facts facts = extract(stem, doc.text(), Optional.empty(), new ArrayList<>());
            List<FoundQuote> found = facts.quotes().stream().map(q -> new FoundQuote(
                    new TypedSpan(doc.id(), q.start(), q.end(), q.speaker()), q.speakerWords())).toList();
            ours.addContiguous(doc, found);
            oursAll.addEvery(doc, found);
            if (baseline.isPresent()) {
                List<FoundQuote> core = baseline.get().annotate(doc.text(), Optional.empty()).quotes().stream()
                        .map(f -> new FoundQuote(new TypedSpan(doc.id(), f.start(), f.end(), f.speaker()),
                                f.speakerWords())).toList();
                coreTally.addContiguous(doc, core);
                coreAll.addEvery(doc, core);
            }
        }
        printQuotes("contiguous direct quotes", ours, baseline.map(b -> coreTally));
        printQuotes("double-quoted contents, split ones included", oursAll, baseline.map(b -> coreAll));
        out.flush();
    }

    private void printQuotes(String counted, QuoteTally ours, Optional<QuoteTally> coreNlp) {
        out.printf(Locale.ROOT, "PolNeAR test, %s: %d gold%n  sitrep  detection %s%n  sitrep  speaker accuracy %.1f %% "
                        + "(%d of %d found quotes with an annotated source; %.1f %%, %d of %d, where the source holds "
                        + "a name)%n", counted, ours.gold, ours.detection(), ours.speakerAccuracy(), ours.speakerRight,
                ours.withSpeaker, 100.0 * ours.namedSpeakerRight / Math.max(1, ours.withNamedSpeaker),
                ours.namedSpeakerRight, ours.withNamedSpeaker);
        printSourceWords("sitrep ", ours);
        coreNlp.ifPresent(core -> {
            out.printf(Locale.ROOT, "  CoreNLP detection %s%n  CoreNLP speaker accuracy %.1f %% (%d of %d)%n",
                    core.detection(), core.speakerAccuracy(), core.speakerRight, core.withSpeaker);
            printSourceWords("CoreNLP", core);
        });
    }

    /**
     * The speaker counted by the words that name it: right where the words a system gives for the speaker overlap
     * the annotated source ("he", "the campaign" and names alike), or, either way, where the name matches as above.
     */
    private void printSourceWords(String system, QuoteTally tally) {
        out.printf(Locale.ROOT, "  %s speaker words overlap the gold source %.1f %% (%d of %d); right by name or by "
                        + "words %.1f %% (%d of %d)%n", system, 100.0 * tally.wordsRight / Math.max(1, tally.withSpeaker),
                tally.wordsRight, tally.withSpeaker, 100.0 * tally.eitherRight / Math.max(1, tally.withSpeaker),
                tally.eitherRight, tally.withSpeaker);
    }

    /** A found quote: its span, typed by its speaker's name, and the words that name the speaker, if given. */
    record FoundQuote(TypedSpan span, Optional<Span> speakerWords) {
    }

    /** Running counts for one system's quotes; a predicted span's type carries its speaker. */
    static final class QuoteTally {
        int gold;
        int predicted;
        int goldFound;
        int predictedRight;
        int withSpeaker;
        int speakerRight;
        int withNamedSpeaker;
        int namedSpeakerRight;
        int wordsRight;
        int eitherRight;

        /** The contiguous gold quotes, each paired with at most one found quote that overlaps it. */
        void addContiguous(AttributionDocument doc, List<FoundQuote> found) {
            List<AttributionDocument.GoldQuote> quotes = doc.contiguousQuotes();
            List<TypedSpan> goldSpans = quotes.stream()
                    .map(q -> new TypedSpan(doc.id(), q.start(), q.end(), "Q")).toList();
            List<int[]> pairs = SpanScorer.pairs(goldSpans, found.stream().map(FoundQuote::span).toList(),
                    TypedSpan::overlaps);
            gold += goldSpans.size();
            predicted += found.size();
            goldFound += pairs.size();
            predictedRight += pairs.size();
            pairs.forEach(pair -> speaker(quotes.get(pair[0]), found.get(pair[1])));
        }

        /** Every gold quote, split ones included: found when a found quote overlaps one of its parts. */
        void addEvery(AttributionDocument doc, List<FoundQuote> found) {
            gold += doc.quotes().size();
            predicted += found.size();
            for (AttributionDocument.GoldQuote quote : doc.quotes()) {
                found.stream().filter(f -> quote.overlaps(f.span().start(), f.span().end())).findFirst().ifPresent(f -> {
                    goldFound++;
                    speaker(quote, f);
                });
            }
            predictedRight += (int) found.stream().filter(f -> doc.quotes().stream()
                    .anyMatch(q -> q.overlaps(f.span().start(), f.span().end()))).count();
        }

        /** Counts the speaker, apart where the gold source names someone (not only "he" or "the campaign"). */
        private void speaker(AttributionDocument.GoldQuote quote, FoundQuote found) {
            if (quote.speaker().isPresent()) {
                boolean right = sameSpeaker(quote.speaker().get(), found.span().type());
                boolean named = quote.speaker().get().codePoints().anyMatch(Character::isUpperCase);
                boolean sameWords = found.speakerWords().flatMap(words -> quote.source().map(words::overlaps))
                        .orElse(false);
                withSpeaker++;
                speakerRight += right ? 1 : 0;
                withNamedSpeaker += named ? 1 : 0;
                namedSpeakerRight += named && right ? 1 : 0;
                wordsRight += sameWords ? 1 : 0;
                eitherRight += right || sameWords ? 1 : 0;
            }
        }

        /** P, R and F1; where several found quotes share one split gold quote, P counts each right one. */
        String detection() {
            double precision = predicted == 0 ? 0 : 100.0 * predictedRight / predicted;
            double recall = gold == 0 ? 0 : 100.0 * goldFound / gold;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return String.format(Locale.ROOT, "P %6.2f  R %6.2f  F1 %6.2f  (gold found %d of %d, found right %d of %d)",
                    precision, recall, f1, goldFound, gold, predictedRight, predicted);
        }

        double speakerAccuracy() {
            return withSpeaker == 0 ? 0 : 100.0 * speakerRight / withSpeaker;
        }
    }

    /** A speaker is right when the gold source and ours share a capitalised name word (surnames match). */
    static boolean sameSpeaker(String gold, String ours) {
        for (String word : ours.split("[\\s\\-]+")) {
            if (word.length() > 2 && Character.isUpperCase(word.charAt(0))
                    && gold.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> filesBelow(Path directory, String suffix) {
        try (Stream<Path> all = Files.walk(directory)) {
            return all.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot list " + directory, e);
        }
    }

    private static List<Path> files(Path directory, String suffix) {
        try (Stream<Path> list = Files.list(directory)) {
            return list.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot list " + directory, e);
        }
    }
}
