package org.sitrep.digest;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sitrep.data.DataFiles;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.ControlChange;
import org.sitrep.model.EventType;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;

/**
 * One language's edition of the digest: its words and direction, and event types, places, actors and dates as that
 * language writes them. Names come from the knowledge base and the gazetteer; a name they have no Arabic for stays
 * English, set apart as left-to-right. Immutable.
 */
final class Edition {
    private static final Map<EventType, Words> EVENT_TYPES = DataFiles.byConstant("/digest/event-types.tsv",
            EventType.class, Words::of);
    private static final Map<Modality, Words> MODALITIES = DataFiles.byConstant("/digest/modalities.tsv",
            Modality.class, Words::of);

    /** How the situation writes the sides of a contest ("A / B") and an event with no actor. */
    private static final String SIDES = " / ";
    private static final String UNKNOWN_ACTOR = "?";
    private final boolean arabic;
    private final Map<String, String> labels;
    private final Gazetteer gazetteer;
    private final KnowledgeBase knowledge;

    Edition(String lang, Gazetteer gazetteer, KnowledgeBase knowledge) {
        this.arabic = lang.equals("ar");
        this.labels = Labels.of(lang);
        this.gazetteer = gazetteer;
        this.knowledge = knowledge;
    }

    /** A word in English and Arabic; "-" is no word. */
    private record Words(String en, String ar) {
        static Words of(String[] row) {
            return new Words(row[1], row[2]);
        }

        Optional<String> in(boolean arabic) {
            String word = arabic ? ar : en;
            return word.equals("-") ? Optional.empty() : Optional.of(word);
        }
    }

    Direction direction() {
        return arabic ? Direction.RTL : Direction.LTR;
    }

    boolean arabic() {
        return arabic;
    }

    Map<String, String> labels() {
        return labels;
    }

    String label(String key) {
        return labels.get(key);
    }

    String eventType(EventType type) {
        return EVENT_TYPES.get(type).in(arabic).orElseThrow();
    }

    /** How an event's modality is marked, none for an asserted one. */
    Optional<String> modality(Modality modality) {
        return MODALITIES.get(modality).in(arabic);
    }

    /** The count of sources with its plural ("1 source", "2 sources"; Arabic's dual and plurals). */
    String sources(int count) {
        return new MessageFormat(label("sourceCount"), Locale.ROOT).format(new Object[] {count});
    }

    /** A place as the edition names it: its gazetteer Arabic name in Arabic, else the name as reported. */
    Phrase place(String name, Optional<String> placeRef) {
        if (arabic) {
            Optional<String> inArabic = arabicName(placeRef);
            if (inArabic.isPresent()) {
                return new Phrase(inArabic.get(), Direction.RTL, direction());
            }
        }
        return new Phrase(name, Direction.LTR, direction());
    }

    /** The gazetteer's Arabic name of a place, shown beside the English one in the English edition. */
    Optional<Phrase> arabicBeside(Optional<String> placeRef) {
        return arabic ? Optional.empty() : arabicName(placeRef).map(n -> new Phrase(n, Direction.RTL, direction()));
    }

    private Optional<String> arabicName(Optional<String> placeRef) {
        return placeRef.flatMap(gazetteer::byId).flatMap(Place::arabicName);
    }

    /**
     * An actor as the edition names it: in Arabic the knowledge base's first Arabic name (each of a contest's sides
     * "A / B" in turn; the placeholders for an unstated holder or actor in the edition's words), else the name as
     * reported: set apart left to right, unless written in Arabic (a person found in Arabic text).
     */
    Phrase actor(String name) {
        if (!arabic) {
            return new Phrase(name, Direction.LTR, direction());
        }
        if (name.equals(ControlChange.HOLDER_NOT_STATED)) {
            return new Phrase(label("holderNotStated"), Direction.RTL, direction());
        }
        if (name.equals(UNKNOWN_ACTOR)) {
            return new Phrase(label("unknownActor"), Direction.RTL, direction());
        }
        List<Optional<String>> parts = Arrays.stream(name.split(SIDES)).map(this::arabicActor).toList();
        if (parts.stream().allMatch(Optional::isPresent)) {
            return new Phrase(parts.stream().map(Optional::get).collect(Collectors.joining(SIDES)), Direction.RTL,
                    direction());
        }
        boolean written = name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
        return new Phrase(name, written ? Direction.RTL : Direction.LTR, direction());
    }

    private Optional<String> arabicActor(String name) {
        return knowledge.byAlias(name).or(() -> knowledge.byDescriptor(name))
                .flatMap(a -> a.arabicAliases().stream().findFirst());
    }

    /** A day, written the ISO way in every edition and always left to right. */
    Phrase date(LocalDate day) {
        return new Phrase(day.toString(), Direction.LTR, direction());
    }

    /** Text of unknown language from an article (a sentence, a source's name): it runs as its letters say. */
    Phrase foreign(String text) {
        return new Phrase(text, Direction.AUTO, direction());
    }

    /** Numbers and signs that must read left to right in any edition. */
    Phrase figures(String text) {
        return new Phrase(text, Direction.LTR, direction());
    }

    /** The mail subject: title and period, the days isolated in Arabic. */
    String subject(LocalDate from, LocalDate to) {
        return label("title") + ": " + date(from).plain() + " – " + date(to).plain();
    }
}
