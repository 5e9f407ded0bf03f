package org.sitrep.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.LockstepParser;
import edu.stanford.nlp.parser.nndep.ParserSnapshot;
import edu.stanford.nlp.parser.nndep.VectorizedClassifier;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import org.sitrep.model.Article;

/**
 * The adapter to Stanford CoreNLP, in two passes: tokens, sentences, POS, lemmas and 4-class NER for every
 * sentence, then UD dependencies only on the sentences the caller finds worth parsing (the parser is most of the
 * cost, and most sentences of an article need none); the models read curly apostrophes as ASCII ones
 * ({@link AsciiApostrophes}). Time expressions come from the caller's {@link TimeFinder}
 * (sitrep's own rules, cheap enough for every sentence) over the first pass's tokens; the untagged tokens it covers
 * take its TIMEX3 type as their NER tag, as CoreNLP's own time tagger would give them. The parser is CoreNLP's
 * neural dependency parser called directly for basic dependencies only (its annotator also builds four enhanced
 * graphs nothing here reads), scored by {@link VectorizedClassifier} (same parses, a quarter of the time) and run
 * on an article's chosen sentences in lockstep ({@link LockstepParser}: same parses, its weights read once a step). The
 * models load once (a few seconds) and are shared; {@link #annotate} is thread-safe.
 */
public final class Annotator {
    private static final String PARSER_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP names;
    private final LockstepParser parser;

    private Annotator(StanfordCoreNLP tagger, StanfordCoreNLP names, LockstepParser parser) {
        this.tagger = tagger;
        this.names = names;
        this.parser = parser;
    }

    /**
     * Loads the models, the tagger, the names model and the parser side by side (each takes one to three seconds,
     * mostly reading its file); call once per JVM and share the result.
     */
    public static Annotator load() {
        ExecutorService loaders = Executors.newFixedThreadPool(3, runnable -> {
            Thread thread = new Thread(runnable, "model-loader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<StanfordCoreNLP> tagger = loaders.submit(() -> new StanfordCoreNLP(taggerProperties()));
            Future<StanfordCoreNLP> names = loaders.submit(() -> new StanfordCoreNLP(namesProperties()));
            Future<LockstepParser> parser = loaders.submit(Annotator::loadParser);
            return new Annotator(tagger.get(), names.get(), parser.get());
        } catch (ExecutionException e) {
            throw new IllegalStateException("the CoreNLP models could not be loaded", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the CoreNLP models", e);
        } finally {
            loaders.shutdown();
        }
    }

    private static Properties taggerProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,gluedsentences,ssplit,asciiapostrophes,pos,lemma");
        // Headlines and paragraphs are sentences of their own; CoreNLP merges them otherwise.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // Quotation marks stay as written (the quote stages read them); apostrophes are mended after, for the models.
        props.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        props.setProperty("customAnnotatorClass.gluedsentences", GluedSentences.class.getName());
        props.setProperty("customAnnotatorClass.asciiapostrophes", AsciiApostrophes.class.getName());
        return props;
    }

    private static Properties namesProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "ner");
        props.setProperty("enforceRequirements", "false"); // it runs on the tagger's output
        // The CoNLL 4-class model alone: as accurate on news entities as the default trio and much cheaper;
        // our knowledge base supplies the fine-grained types the 585k-entry gazetteer would.
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false"); // times are the TimeFinder's, counts the coders'
        return props;
    }

    private static LockstepParser loadParser() {
        Properties props = new Properties();
        props.setProperty("numPreComputed", "0"); // the vectorized scorer caches what it needs, in floats
        // the text model takes seconds to parse; its raw snapshot in the user's cache loads in a fraction of that
        return LockstepParser.of(ParserSnapshot.load(PARSER_MODEL, props, ParserSnapshot.defaultCache()));
    }

    /** Annotates and parses every sentence, without times (evaluations of the annotators themselves, tests). */
    public Annotated annotate(Article article) {
        return annotate(article, TimeFinder.NONE, SentenceSelection.ALL);
    }

    /**
     * Annotates the article's content; text outside it (header, title, boilerplate) is blanked, keeping offsets,
     * and the content is bounded first (see {@link AnalysisLimits}) so that no input makes CoreNLP run long. Every
     * sentence gets the time expressions {@code times} finds; only those {@code parses} chooses get dependencies.
     */
    public Annotated annotate(Article article, TimeFinder times, SentenceSelection parses) {
        Annotation document = new Annotation(analysedText(article));
        tagger.annotate(document);
        names.annotate(document);
        List<CoreMap> all = document.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<Token>> tagged = all.stream().map(Annotator::tokens).toList();
        Set<Integer> chosen = parses.choose(tagged);
        List<CoreMap> toParse = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (chosen.contains(i)) {
                toParse.add(all.get(i));
            }
        }
        parse(toParse);
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            sentences.add(convert(article.text(), i, all.get(i), tagged.get(i), times, article.published()));
        }
        return new Annotated(article, sentences);
    }

    /** Basic UD dependencies onto each sentence's map, as CoreNLP's depparse annotator would set them. */
    private void parse(List<CoreMap> sentences) {
        List<GrammaticalStructure> structures = parser.predict(sentences);
        for (int i = 0; i < sentences.size(); i++) {
            sentences.get(i).set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
                    SemanticGraphFactory.makeFromTree(structures.get(i), SemanticGraphFactory.Mode.BASIC,
                            GrammaticalStructure.Extras.NONE, null));
        }
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
            // a label the apostrophe step never saw keeps its own word
            String word = java.util.Objects.requireNonNullElse(label.get(AsciiApostrophes.StageWord.class),
                    label.word());
            tokens.add(new Token(i, word, label.lemma() == null ? word : label.lemma(), label.tag(),
                    label.ner() == null ? "O" : label.ner(), label.beginPosition(), label.endPosition()));
        }
        return tokens;
    }

    private static Sentence convert(String text, int index, CoreMap sentence, List<Token> tagged, TimeFinder times,
                                    Optional<LocalDate> published) {
        List<Dependency> dependencies = new ArrayList<>();
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph != null) {
            for (SemanticGraphEdge edge : graph.edgeListSorted()) {
                dependencies.add(new Dependency(edge.getGovernor().index() - 1, edge.getDependent().index() - 1,
                        edge.getRelation().toString()));
            }
            graph.getRoots().forEach(root -> dependencies.add(new Dependency(-1, root.index() - 1, "root")));
        }
        List<TimexMention> timexes = times.find(text, tagged, published);
        List<Token> tokens = new ArrayList<>(tagged);
        for (TimexMention timex : timexes) {
            for (int i = timex.firstToken(); i <= timex.lastToken(); i++) {
                Token t = tokens.get(i);
                if (t.ner().equals("O")) { // a holiday the names model calls MISC stays MISC
                    tokens.set(i, new Token(t.index(), t.word(), t.lemma(), t.pos(), timex.type(), t.begin(), t.end()));
                }
            }
        }
        int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, begin, end, text.substring(begin, end), tokens, dependencies, timexes);
    }
}
