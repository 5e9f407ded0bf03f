package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

/**
 * The CoreNLP step after the tokenizer (which in CoreNLP 4.5 also splits sentences) that parts two sentences a scraper
 * glued together ("the governor said.The army shelled"): the tokenizer keeps "said.The" as one word, so no sentence
 * ends at the full stop and the tagger, parser and quote stages read one sentence with a verb "said.The". The word is
 * cut into its two words and the stop, each with its own offsets into the text as written, and the sentence is split
 * after the stop. Two lowercase letters before the stop, as most words and few abbreviations end ("Mr.Smith" stays),
 * or a number ("in 2015.The"). The word after the stop may be a name with a capital inside ("said.McCain",
 * "DeMint"), one capitalised part after another.
 */
public final class GluedSentences implements TokenStep {
    private static final Pattern GLUED = Pattern.compile("((?:\\p{L}*\\p{Ll}\\p{Ll})|\\d+)\\.(\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?)");

    /** The signature CoreNLP builds custom annotators with; nothing is configured. */
    public GluedSentences(String name, Properties props) {
    }

    @Override
    public void annotate(Annotation document) {
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<CoreLabel>> parted = new ArrayList<>();
        List<CoreMap> origins = new ArrayList<>(); // the tokenizer's sentence each parted one came from
        for (CoreMap sentence : sentences) {
            List<CoreLabel> current = new ArrayList<>();
            for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                Matcher glued = GLUED.matcher(token.word());
                if (!glued.matches() || !token.word().equals(token.originalText())) {
                    current.add(token);
                    continue;
                }
                int stop = token.beginPosition() + glued.end(1);
                current.add(piece(token, glued.group(1), token.beginPosition(), token.before(), ""));
                current.add(piece(token, ".", stop, "", ""));
                parted.add(current);
                origins.add(sentence);
                current = new ArrayList<>();
                current.add(piece(token, glued.group(2), stop + 1, "", token.after()));
            }
            parted.add(current);
            origins.add(sentence);
        }
        if (parted.size() != sentences.size()) {
            resplit(document, parted, origins);
        }
    }

    /** The document's sentences and tokens as the splitter would have made them had the stops been parted. */
    private static void resplit(Annotation document, List<List<CoreLabel>> parted, List<CoreMap> origins) {
        String text = document.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> sentences = new ArrayList<>(parted.size());
        List<CoreLabel> tokens = new ArrayList<>();
        for (int i = 0; i < parted.size(); i++) {
            List<CoreLabel> words = parted.get(i);
            int begin = words.get(0).beginPosition();
            int end = words.get(words.size() - 1).endPosition();
            CoreMap sentence = new ArrayCoreMap(origins.get(i));
            sentence.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
            sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
            sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
            sentence.set(CoreAnnotations.TokensAnnotation.class, words);
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokens.size());
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokens.size() + words.size());
            for (int w = 0; w < words.size(); w++) {
                words.get(w).setIndex(w + 1);
                words.get(w).setSentIndex(i);
            }
            tokens.addAll(words);
            sentences.add(sentence);
        }
        document.set(CoreAnnotations.TokensAnnotation.class, tokens);
        document.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    }

    private static CoreLabel piece(CoreLabel whole, String word, int begin, String before, String after) {
        CoreLabel piece = new CoreLabel(whole);
        piece.setWord(word);
        piece.setValue(word);
        piece.setOriginalText(word);
        piece.setBeginPosition(begin);
        piece.setEndPosition(begin + word.length());
        piece.setBefore(before);
        piece.setAfter(after);
        return piece;
    }
}
