package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import org.sitrep.model.Article;

/**
 * The adapter to Stanford CoreNLP, in three passes: tokens, sentences, POS, lemmas and 4-class NER for every
 * sentence; then the time tagger (SUTime, with the NER it runs inside) only on the sentences the caller picks as
 * holding a time cue, and UD dependencies only on those it finds worth parsing — the tagger and the parser are most
 * of the cost, and most sentences of an article need neither. The pipelines load once (a few seconds) and are
 * shared; {@link #annotate} is thread-safe.
 */
public final class Annotator {
    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP timer;
    private final StanfordCoreNLP parser;

    private Annotator(StanfordCoreNLP tagger, StanfordCoreNLP timer, StanfordCoreNLP parser) {
        this.tagger = tagger;
        this.timer = timer;
        this.parser = parser;
    }

    /** Loads the models; call once per JVM and share the result. */
    public static Annotator load() {
        Properties props = names();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // Headlines and paragraphs are sentences of their own; CoreNLP merges them otherwise.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false"); // numbers and times are the time pass's job
        Properties times = names();
        times.setProperty("annotators", "ner");
        times.setProperty("enforceRequirements", "false"); // the first pass has run on these sentences
        times.setProperty("ner.useSUTime", "true");
        times.setProperty("sutime.includeRange", "true");
        Properties parse = new Properties();
        parse.setProperty("annotators", "depparse");
        parse.setProperty("enforceRequirements", "false");
        parse.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        return new Annotator(new StanfordCoreNLP(props), new StanfordCoreNLP(times), new StanfordCoreNLP(parse));
    }

    /** The names model, the same in the first pass and in the time pass (which re-runs it with SUTime). */
    private static Properties names() {
        Properties props = new Properties();
        // The CoNLL 4-class model alone: as accurate on news entities as the default trio and much cheaper;
        // our knowledge base supplies the fine-grained types the 585k-entry gazetteer would.
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        return props;
    }

    /** Annotates, times and parses every sentence (evaluations of the annotators themselves, tests). */
    public Annotated annotate(Article article) {
        return annotate(article, SentenceSelection.ALL, SentenceSelection.ALL);
    }

    /**
     * Annotates the article's content; text outside it (header, title, boilerplate) is blanked, keeping offsets,
     * and the content is bounded first (see {@link AnalysisLimits}) so that no input makes CoreNLP run long. Only
     * the sentences {@code times} chooses get time expressions, and only those {@code parses} chooses dependencies.
     */
    public Annotated annotate(Article article, SentenceSelection times, SentenceSelection parses) {
        Annotation document = new Annotation(analysedText(article));
        article.published().ifPresent(date -> document.set(CoreAnnotations.DocDateAnnotation.class, date.toString()));
        tagger.annotate(document);
        List<CoreMap> all = document.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<Token>> tagged = all.stream().map(Annotator::tokens).toList();
        run(timer, document, all, times.choose(tagged));
        run(parser, document, all, parses.choose(tagged));
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap sentence : all) {
            sentences.add(convert(article.text(), sentences.size(), sentence));
        }
        return new Annotated(article, sentences);
    }

    /** Runs a pass on the chosen sentences only; it writes onto the very sentence maps of the document. */
    private static void run(StanfordCoreNLP pass, Annotation document, List<CoreMap> all, Set<Integer> chosen) {
        List<CoreMap> some = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (chosen.contains(i)) {
                some.add(all.get(i));
            }
        }
        if (some.isEmpty()) {
            return;
        }
        Annotation part = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
        part.set(CoreAnnotations.SentencesAnnotation.class, some);
        part.set(CoreAnnotations.TokensAnnotation.class, document.get(CoreAnnotations.TokensAnnotation.class));
        if (document.containsKey(CoreAnnotations.DocDateAnnotation.class)) {
            part.set(CoreAnnotations.DocDateAnnotation.class, document.get(CoreAnnotations.DocDateAnnotation.class));
        }
        pass.annotate(part);
    }

    /** The text CoreNLP is given: as long as the article's, its content bounded and everything else blanked. */
    static String analysedText(Article article) {
        char[] chars = contentOnly(article);
        AnalysisLimits.bound(chars);
        return new String(chars);
    }

    /**
     * The article's text with everything but its content and an in-text title blanked (line breaks kept); linear
     * in the text, whatever the number of boilerplate spans or the length of the header lines.
     */
    static char[] contentOnly(Article article) {
        String text = article.text();
        char[] chars = text.toCharArray();
        int bodyStart = article.body().start();
        // Before the body: blank every line but a plain-text headline (a title line without a colon).
        for (int lineStart = 0; lineStart < bodyStart; ) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            String line = text.substring(lineStart, lineEnd).strip();
            if (!(line.equals(article.title()) && !line.contains(":"))) {
                blank(chars, lineStart, Math.min(lineEnd, bodyStart));
            }
            lineStart = lineEnd + 1;
        }
        boolean[] content = article.contentMask();
        for (int i = bodyStart; i < chars.length; i++) {
            if (!content[i] && chars[i] != '\n') {
                chars[i] = ' ';
            }
        }
        return chars;
    }

    private static void blank(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] != '\n') {
                chars[i] = ' ';
            }
        }
    }

    private static List<Token> tokens(CoreMap sentence) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel label = labels.get(i);
            tokens.add(new Token(i, label.word(), label.lemma() == null ? label.word() : label.lemma(), label.tag(),
                    label.ner() == null ? "O" : label.ner(), label.beginPosition(), label.endPosition()));
        }
        return tokens;
    }

    private static Sentence convert(String text, int index, CoreMap sentence) {
        List<Token> tokens = tokens(sentence);
        List<Dependency> dependencies = new ArrayList<>();
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph != null) {
            for (SemanticGraphEdge edge : graph.edgeListSorted()) {
                dependencies.add(new Dependency(edge.getGovernor().index() - 1, edge.getDependent().index() - 1,
                        edge.getRelation().toString()));
            }
            graph.getRoots().forEach(root -> dependencies.add(new Dependency(-1, root.index() - 1, "root")));
        }
        List<TimexMention> timexes = new ArrayList<>();
        List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions != null) {
            for (CoreMap mention : mentions) {
                Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
                if (timex == null) {
                    continue;
                }
                int begin = mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int end = mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                int first = mention.get(CoreAnnotations.TokenBeginAnnotation.class)
                        - sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
                int last = mention.get(CoreAnnotations.TokenEndAnnotation.class)
                        - sentence.get(CoreAnnotations.TokenBeginAnnotation.class) - 1;
                timexes.add(new TimexMention(begin, end, first, last, text.substring(begin, end),
                        timex.timexType() == null ? "DATE" : timex.timexType(), Optional.ofNullable(timex.value())));
            }
        }
        int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, begin, end, text.substring(begin, end), tokens, dependencies, timexes);
    }
}
