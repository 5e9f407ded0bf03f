package org.sitrep.coding.events;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.language.LanguagePack;
import org.sitrep.model.CalendarDate;
import org.sitrep.model.Event;
import org.sitrep.model.Quote;
import org.sitrep.nlp.Annotated;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Sets each coded event's confidence to a learned estimate of the chance that it is right in every field (type,
 * actor, target, place, date, modality): a logistic model over what the event and its sentence show (which fields
 * are filled, its kind and code, where the sentence stands, whether it is quoted or crowded with other events, the
 * coders' own confidence). The weights are data ({@code event-trust.tsv} in the language pack), written by
 * {@code sitrep train trust} from the annotated dev articles; a pack without weights leaves confidences as coded.
 * Analysts filter and rank by this number, so it should mean what it says.
 */
public final class EventTrust {
    /** The pack's file of weights. */
    public static final String FILE = "event-trust.tsv";
    /** The feature every event has: the model's intercept. */
    public static final String BIAS = "bias";
    /** Leaves confidences as coded: what training runs the chain with, so that it sees the coders' own values. */
    public static final EventTrust NONE = new EventTrust(Map.of());
    private final Map<String, Double> weights;

    public EventTrust(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** The pack's weights; a pack without any row changes nothing. */
    public static EventTrust load(LanguagePack pack) {
        Map<String, Double> weights = new HashMap<>();
        for (String[] row : pack.rows(FILE)) {
            if (row.length != 2) {
                throw new IllegalStateException(pack.code() + "/" + FILE + ": want feature, weight, got "
                        + String.join(" | ", row));
            }
            double weight = Double.parseDouble(row[1]);
            if (!Double.isFinite(weight)) {
                throw new IllegalStateException(pack.code() + "/" + FILE + ": weight of " + row[0] + " is not a "
                        + "finite number: " + row[1]);
            }
            weights.put(row[0], weight);
        }
        return new EventTrust(weights);
    }

    /** The events with their confidence replaced by the model's probability, in the same order. */
    public List<Event> rate(List<Event> events, Annotated annotated, List<Quote> quotes) {
        if (weights.isEmpty()) {
            return events;
        }
        return events.stream().map(e -> e.withConfidence(probability(features(e, events, annotated, quotes))))
                .toList();
    }

    /** The logistic of the summed weights of the features and the intercept. */
    public double probability(Collection<String> features) {
        double sum = weights.getOrDefault(BIAS, 0.0)
                + features.stream().mapToDouble(f -> weights.getOrDefault(f, 0.0)).sum();
        return 1 / (1 + Math.exp(-sum));
    }

    /** What the model weighs of one event: binary features named {@code kind=value}. */
    public static Set<String> features(Event event, List<Event> all, Annotated annotated, List<Quote> quotes) {
        Set<String> features = new LinkedHashSet<>();
        features.add("type=" + event.type().name());
        features.add("cameo=" + event.cameo());
        features.add("modality=" + event.modality().label());
        features.add(event.type().physical() ? "physical" : "verbal");
        String sentence = event.evidence().sentence().strip();
        features.add(filled("actor", event.actor(), sentence));
        features.add(filled("target", event.target(), sentence));
        features.add(filled("place", event.place(), sentence));
        features.add(event.actorSide().isPresent() ? "actor-side=known" : "actor-side=none");
        features.add(event.targetSide().isPresent() ? "target-side=known" : "target-side=none");
        features.add(event.placeRef().isPresent() ? "place=gazetteer" : "place=unlisted");
        features.add(event.fatalities().isPresent() ? "fatalities" : "fatalities=none");
        features.add("date=" + dateKind(event.date(), annotated.article().meta().published()));
        features.add("coded=" + tenth(event.confidence()));
        if (event.actor().isPresent() && event.actor().equals(event.target())) {
            features.add("actor=target");
        }
        long sameSentence = all.stream().filter(e -> e.evidence().start() == event.evidence().start()).count();
        features.add("events-in-sentence=" + Math.min(sameSentence, 4));
        int index = sentenceIndex(annotated, event.evidence().start());
        features.add("sentence=" + (index == 0 ? "first" : index <= 3 ? "lead" : index <= 10 ? "body" : "late"));
        features.add("words=" + Math.min(sentence.split("\\s+").length / 10, 5));
        if (!sentence.isEmpty() && ".!?\"”'’".indexOf(sentence.charAt(sentence.length() - 1)) < 0) {
            features.add("unterminated");
        }
        EventCoder.triggerOf(event.id()).filter(at -> at[0] < annotated.sentences().size())
                .ifPresent(at -> triggerFeatures(annotated.sentences().get(at[0]), at[1], features));
        boolean quoted = quotes.stream().anyMatch(q -> q.start() < event.evidence().end()
                && event.evidence().start() < q.end());
        features.add(quoted ? "quoted" : "narrated");
        return features;
    }

    /** The trigger word, its part of speech, and the relation its clause hangs by (root, complement, relative…). */
    private static void triggerFeatures(Sentence sentence, int index, Set<String> features) {
        if (index >= sentence.tokens().size()) {
            return;
        }
        Token trigger = sentence.tokens().get(index);
        features.add("trigger=" + trigger.lemma().toLowerCase(Locale.ROOT));
        features.add(trigger.isVerb() ? "trigger=verb" : trigger.isNoun() ? "trigger=noun" : "trigger=other");
        String relation = sentence.head(index).filter(h -> h.governor() >= 0).map(h -> h.relation())
                .map(r -> r.contains(":") ? r.substring(0, r.indexOf(':')) : r).orElse("root");
        features.add("trigger-relation=" + relation);
    }

    /**
     * Whether a field is empty, named in the event's own sentence (the name's last word as a whole word there), or
     * taken from elsewhere (the context, the knowledge base's canonical name).
     */
    private static String filled(String field, Optional<String> value, String sentence) {
        if (value.isEmpty()) {
            return field + "=none";
        }
        String name = value.get().strip();
        String lastWord = name.substring(name.lastIndexOf(' ') + 1);
        boolean named = !lastWord.isEmpty() && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(lastWord)
                + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(sentence).find();
        return field + (named ? "=in-sentence" : "=elsewhere");
    }

    /** Whether an event's date is the report's day (the default where the text names none), another day, or coarser. */
    private static String dateKind(Optional<CalendarDate> date, Optional<LocalDate> published) {
        if (date.isEmpty()) {
            return "none";
        }
        if (date.get().granularity() != CalendarDate.Granularity.DAY) {
            return date.get().granularity().name().toLowerCase(Locale.ROOT);
        }
        return published.filter(date.get().first()::equals).isPresent() ? "published" : "day";
    }

    /** The tenth a value falls in ("0.3" for 0.3 to 0.39…); the small offset keeps 0.3 out of 0.2's tenth. */
    private static String tenth(double value) {
        return String.format(Locale.ROOT, "%.1f", Math.floor(value * 10 + 1e-9) / 10);
    }

    private static int sentenceIndex(Annotated annotated, int start) {
        List<Sentence> sentences = annotated.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).end() > start) {
                return i;
            }
        }
        return sentences.size();
    }

    /** The weights as the pack file's rows (feature, weight), sorted for stable diffs. */
    public List<String> rows() {
        return weights.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(w -> w.getKey() + "\t" + String.format(Locale.ROOT, "%.4f", w.getValue())).toList();
    }
}
