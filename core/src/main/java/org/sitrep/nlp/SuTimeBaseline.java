package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * CoreNLP's time tagger (SUTime, inside its NER) as it ran in sitrep's pipeline before sitrep's own tagger: the
 * baseline {@code eval timex} scores beside sitrep in the same run. Never used for extraction.
 */
public final class SuTimeBaseline {
    private final StanfordCoreNLP pipeline;

    public SuTimeBaseline() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("tokenize.options",
                "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("sutime.includeRange", "true");
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** SUTime's expressions in a text, normalized against the document date when there is one. */
    public List<TimexMention> find(String text, Optional<LocalDate> documentDate) {
        Annotation document = new Annotation(text);
        documentDate.ifPresent(d -> document.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        pipeline.annotate(document);
        List<TimexMention> found = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
            int sentenceStart = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
            for (CoreMap mention : mentions == null ? List.<CoreMap>of() : mentions) {
                Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
                if (timex == null) {
                    continue;
                }
                int begin = mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int end = mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                found.add(new TimexMention(begin, end,
                        mention.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceStart,
                        mention.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceStart - 1,
                        text.substring(begin, end), timex.timexType() == null ? "DATE" : timex.timexType(),
                        Optional.ofNullable(timex.value())));
            }
        }
        return found;
    }
}
