package org.sitrep.coding;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Modality;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Reads how a sentence asserts an event from cues around its trigger ({@code modality-cues.tsv}): negation and
 * modal auxiliaries on the trigger, the verbs it is embedded under ("expected to", "hopes for", "said that"),
 * and "according to" attribution.
 */
final class ModalityDetector {
    private static final int MAX_CLIMB = 4;
    /** Verbs whose "to"-infinitive happened. */
    private static final java.util.Set<String> IMPLICATIVE = java.util.Set.of("manage", "continue", "begin", "start",
            "go", "succeed", "help", "proceed", "move", "rush", "return", "resume", "dare");
    private final Map<String, Modality> cues;

    private ModalityDetector(Map<String, Modality> cues) {
        this.cues = Map.copyOf(cues);
    }

    static ModalityDetector load() {
        Map<String, Modality> cues = new HashMap<>();
        for (String[] f : CodingResources.rows("modality-cues.tsv")) {
            cues.put(f[0] + ":" + f[1], Modality.valueOf(f[2]));
        }
        return new ModalityDetector(cues);
    }

    Modality detect(Sentence sentence, int trigger) {
        Optional<Modality> own = local(sentence, trigger);
        if (own.isPresent()) {
            return own.get();
        }
        if (isPurposeClause(sentence, trigger)) {
            return Modality.HYPOTHETICAL; // "an offensive to take the town": intended, not done
        }
        Optional<Modality> infinitive = infinitive(sentence, trigger);
        if (infinitive.isPresent()) {
            return infinitive.get();
        }
        int current = trigger;
        for (int climb = 0; climb < MAX_CLIMB; climb++) {
            Optional<Dependency> head = sentence.head(current);
            if (head.isEmpty() || head.get().governor() < 0) {
                break;
            }
            String relation = head.get().relation();
            Token governor = sentence.tokens().get(head.get().governor());
            if (relation.equals("conj")) {
                current = governor.index();
                Optional<Modality> shared = local(sentence, current);
                if (shared.isPresent()) {
                    return shared.get();
                }
                continue;
            }
            Optional<Modality> embedding = cue("governor", governor.lemma());
            if (embedding.isPresent() && isEmbedding(relation)) {
                return embedding.get();
            }
            if (!relation.startsWith("acl") && !relation.equals("xcomp") && !relation.equals("ccomp")
                    && !relation.startsWith("nmod") && !relation.startsWith("obl") && !relation.equals("obj")) {
                break;
            }
            current = governor.index();
        }
        return hasAccordingTo(sentence) ? Modality.REPORTED : Modality.ASSERTED;
    }

    /**
     * A "to"-infinitive names something not (yet) done unless its verb says it was: "managed to take", "went on
     * to capture" are asserted; "expected to meet" is expected; "plans to retake", or a parse that hangs "to retake"
     * off a speech verb, is hypothetical.
     */
    private Optional<Modality> infinitive(Sentence sentence, int trigger) {
        boolean to = sentence.children(trigger, "mark").stream().anyMatch(t -> t.word().equalsIgnoreCase("to"));
        Optional<Dependency> head = sentence.head(trigger);
        if (!to || head.isEmpty() || head.get().governor() < 0 || !head.get().relation().equals("xcomp")) {
            return Optional.empty();
        }
        String governor = sentence.tokens().get(head.get().governor()).lemma().toLowerCase(Locale.ROOT);
        Optional<Modality> cue = cue("governor", governor);
        if (cue.isPresent() && cue.get() != Modality.REPORTED) {
            return cue;
        }
        return IMPLICATIVE.contains(governor) ? Optional.empty() : Optional.of(Modality.HYPOTHETICAL);
    }

    private static boolean isPurposeClause(Sentence sentence, int trigger) {
        boolean infinitive = sentence.children(trigger, "mark").stream().anyMatch(t -> t.word().equalsIgnoreCase("to"));
        Optional<Dependency> head = sentence.head(trigger);
        return infinitive && head.isPresent()
                && (head.get().relation().startsWith("acl") || head.get().relation().equals("advcl"));
    }

    private static boolean isEmbedding(String relation) {
        return relation.equals("xcomp") || relation.equals("ccomp") || relation.startsWith("nmod")
                || relation.startsWith("obl") || relation.startsWith("acl") || relation.startsWith("obj");
    }

    private Optional<Modality> local(Sentence sentence, int trigger) {
        for (Dependency child : sentence.children(trigger)) {
            Token token = sentence.tokens().get(child.dependent());
            String word = token.word().toLowerCase(Locale.ROOT);
            String relation = child.relation();
            Optional<Modality> found = switch (relation) {
                case "aux" -> cue("aux", word);
                case "advmod", "neg" -> cue("neg", word);
                case "det" -> word.equals("no") ? cue("neg", word) : Optional.empty();
                case "mark" -> cue("mark", word);
                case "amod" -> cue("amod", word);
                default -> Optional.empty();
            };
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static boolean hasAccordingTo(Sentence sentence) {
        var tokens = sentence.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).word().equalsIgnoreCase("according") && tokens.get(i + 1).word().equalsIgnoreCase("to")) {
                return true;
            }
        }
        return false;
    }

    private Optional<Modality> cue(String relation, String word) {
        return Optional.ofNullable(cues.get(relation + ":" + word.toLowerCase(Locale.ROOT)));
    }
}
