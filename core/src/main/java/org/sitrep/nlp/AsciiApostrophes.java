package org.sitrep.nlp;

import java.util.Properties;
import java.util.Set;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;

/**
 * The CoreNLP step between the tokenizer and the tagger that gives the models each word with ASCII apostrophes
 * ({@link Apostrophes#forModels}) and keeps the later stages' form of it aside ({@link StageWord}). One pipeline
 * keeps it: CoreNLP builds it by name ({@code customAnnotatorClass}), hence the public constructor.
 */
public final class AsciiApostrophes implements Annotator {

    /** A token's word as the stages after the models read it (see {@link Apostrophes#forStages}). */
    static final class StageWord implements CoreAnnotation<String> {
        @Override
        public Class<String> getType() {
            return String.class;
        }
    }

    /** The signature CoreNLP builds custom annotators with; nothing is configured. */
    public AsciiApostrophes(String name, Properties props) {
    }

    @Override
    public void annotate(Annotation document) {
        for (CoreLabel label : document.get(CoreAnnotations.TokensAnnotation.class)) {
            String written = label.word();
            label.set(StageWord.class, Apostrophes.forStages(written));
            label.setWord(Apostrophes.forModels(written));
            label.setValue(label.word());
        }
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
    }
}
