package org.sitrep.nlp;

import java.util.Properties;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;

/**
 * The CoreNLP step between the tokenizer and the tagger that gives the models each word with ASCII apostrophes
 * ({@link Apostrophes#forModels}) and keeps the later stages' form of it aside ({@link StageWord}). One pipeline
 * keeps it: CoreNLP builds it by name ({@code customAnnotatorClass}), hence the public constructor.
 */
public final class AsciiApostrophes implements TokenStep {

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
}
