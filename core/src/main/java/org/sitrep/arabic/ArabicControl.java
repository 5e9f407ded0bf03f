package org.sitrep.arabic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.Actor;
import org.sitrep.model.CalendarDate;
import org.sitrep.model.ControlChange;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.Evidence;
import org.sitrep.model.Place;

/**
 * Finds Arabic descriptions of control ({@code control-phrases.tsv}: "تحت سيطرة", "الموالية ل", "تحاصر"): the holder
 * is the first known actor just after the phrase; the place the nearest known place before it that the text neither
 * puts the place only near ("شمال دمشق", "بريف دمشق") nor names only as where another place lies ("كفرنبل الواقعة
 * في ريف إدلب"), else the first such place after it, or, for a phrase that qualifies a place ("محردة والسقيلبية
 * الموالية للنظام"), the place right before it; places joined to it by "و" share the claim. Immutable;
 * thread-safe.
 */
public final class ArabicControl {
    private static final int HOLDER_WINDOW = 4;
    private static final int PLACE_WINDOW = 8;
    private static final String AND = "و";

    /** Where a phrase's place is: the nearest either side, or right before it (the phrase qualifies it). */
    private enum Side { EITHER, ADJACENT }

    /** A phrase as normalized words, the status it states, and where its place is. */
    private record Phrase(List<String> words, ControlStatus status, Side side) {
    }

    private final List<Phrase> phrases = new ArrayList<>();
    private final KnowledgeBase knowledge;
    private final Clitics clitics;
    private final ArabicPack pack;

    private ArabicControl(KnowledgeBase knowledge, ArabicPack pack) {
        this.knowledge = knowledge;
        this.pack = pack;
        this.clitics = pack.clitics();
        for (String[] row : ArabicPack.rows("control-phrases.tsv")) {
            Side side = row.length > 2 ? Side.valueOf(row[2].strip().toUpperCase(java.util.Locale.ROOT)) : Side.EITHER;
            for (String form : row[0].split("\\|")) {
                phrases.add(new Phrase(List.of(pack.normalizer().normalize(form.strip()).split(" ")),
                        ControlStatus.valueOf(row[1].strip()), side));
            }
        }
    }

    public static ArabicControl load(KnowledgeBase knowledge, ArabicPack pack) {
        return new ArabicControl(knowledge, pack);
    }

    /** The claims of control one sentence states. */
    public List<ControlChange> find(String articleId, String text, Sentence sentence, List<Name> names,
                                    Optional<LocalDate> published) {
        List<ControlChange> claims = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            for (Phrase phrase : phrases) {
                int last = i + phrase.words().size() - 1;
                if (last >= tokens.size() || !matches(tokens, i, phrase.words())) {
                    continue;
                }
                int at = i;
                Optional<Actor> holder = names.stream()
                        .filter(n -> n.actor().isPresent() && n.place().isEmpty() && n.first() > last && n.first() - last <= HOLDER_WINDOW)
                        .findFirst().flatMap(Name::actor);
                if (holder.isEmpty()) {
                    continue;
                }
                for (Place place : places(sentence, names, at, last, phrase.side())) {
                    claims.add(new ControlChange(place.name(), Optional.of(place.geonameId()),
                            holder.get().name(), knowledge.side(holder.get()), phrase.status(), Optional.empty(),
                            published.map(CalendarDate::day), 0.7, new Evidence(articleId, sentence.span().start(),
                            sentence.span().end(), sentence.text(text))));
                }
            }
        }
        return claims;
    }

    /** The place a phrase at tokens {@code [at, last]} speaks of, with the places joined to it by "و". */
    private List<Place> places(Sentence sentence, List<Name> names, int at, int last, Side side) {
        Name found = null;
        for (Name name : names) {
            boolean usable = name.place().isPresent() && !pack.near(sentence, name) && !pack.locating(sentence, name);
            if (side == Side.ADJACENT) {
                found = usable && name.last() == at - 1 ? name : found;
            } else if (usable && name.last() < at && at - name.last() <= PLACE_WINDOW) {
                found = name; // the nearest before wins: later names overwrite
            }
        }
        if (found == null && side == Side.EITHER) {
            found = names.stream().filter(n -> n.place().isPresent() && n.first() > last
                            && n.first() - last <= PLACE_WINDOW && !pack.near(sentence, n) && !pack.locating(sentence, n))
                    .findFirst().orElse(null);
        }
        if (found == null) {
            return List.of();
        }
        List<Place> places = new ArrayList<>();
        places.add(found.place().get());
        int k = names.indexOf(found);
        for (int j = k - 1; j >= 0 && joined(sentence, names.get(j), names.get(j + 1)); j--) {
            names.get(j).place().ifPresent(places::add);
        }
        for (int j = k + 1; j < names.size() && joined(sentence, names.get(j - 1), names.get(j)); j++) {
            names.get(j).place().ifPresent(places::add);
        }
        return places;
    }

    /** Whether the second name follows the first at once, joined by "و" ("محردة والسقيلبية"). */
    private static boolean joined(Sentence sentence, Name first, Name second) {
        return second.first() == first.last() + 1 && first.place().isPresent() && second.place().isPresent()
                && sentence.tokens().get(second.first()).normal().startsWith(AND);
    }

    private boolean matches(List<Token> tokens, int i, List<String> words) {
        if (!clitics.variants(tokens.get(i).normal()).contains(words.get(0))) {
            return false;
        }
        for (int k = 1; k < words.size(); k++) {
            if (!clitics.variants(tokens.get(i + k).normal()).contains(words.get(k))) {
                return false;
            }
        }
        return true;
    }
}
