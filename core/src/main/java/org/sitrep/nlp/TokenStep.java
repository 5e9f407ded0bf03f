package org.sitrep.nlp;

import java.util.Set;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotator;

/** A step of sitrep's own in the CoreNLP pipeline that mends the tokenizer's words and sentences, adding nothing. */
interface TokenStep extends Annotator {

    @Override
    default Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of();
    }

    @Override
    default Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
    }
}
