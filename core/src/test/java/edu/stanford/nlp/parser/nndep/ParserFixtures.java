package edu.stanford.nlp.parser.nndep;

import java.util.List;
import java.util.Properties;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;

/** What the parser tests share: tagged sentences, the English UD parser as CoreNLP loads it, dependencies as text. */
final class ParserFixtures {
    private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private ParserFixtures() {
    }

    /** The text's sentences, tokenized and POS-tagged (all the parser needs). */
    static List<CoreMap> tagged(String text) {
        Properties tagging = new Properties();
        tagging.setProperty("annotators", "tokenize,ssplit,pos");
        Annotation document = new Annotation(text);
        new StanfordCoreNLP(tagging).annotate(document);
        return document.get(CoreAnnotations.SentencesAnnotation.class);
    }

    /** A fresh English UD parser with CoreNLP's own scorer and no precomputed table. */
    static DependencyParser coreNlpParser() {
        Properties noTable = new Properties();
        noTable.setProperty("numPreComputed", "0");
        return DependencyParser.loadFromModelFile(MODEL, noTable);
    }

    static List<String> dependencies(GrammaticalStructure structure) {
        return structure.typedDependencies().stream().map(TypedDependency::toString).toList();
    }
}
