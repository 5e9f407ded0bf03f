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
 * Finds Arabic descriptions of control ({@code control-phrases.tsv}: "تحت سيطرة", "الخاضعة لسيطرة"): the holder is
 * the first known actor just after the phrase, the place the nearest known place before it (else just after it),
 * unless the text puts it only near that place ("north of Damascus").
 * Immutable; thread-safe.
 */
public final class ArabicControl {
    private static final int HOLDER_WINDOW = 4;
    private static final int PLACE_WINDOW = 8;

    /** A phrase as normalized words, and the status it states. */
    private record Phrase(List<String> words, ControlStatus status) {
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
            phrases.add(new Phrase(List.of(pack.normalizer().normalize(row[0]).split(" ")),
                    ControlStatus.valueOf(row[1].strip())));
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
                Optional<Place> place = ArabicEvents.nearestBefore(names, at, PLACE_WINDOW, true)
                        .or(() -> ArabicEvents.firstAfter(names, last, PLACE_WINDOW, true, Optional.empty()))
                        .filter(name -> !pack.near(sentence, name)).flatMap(Name::place);
                if (holder.isPresent() && place.isPresent()) {
                    claims.add(new ControlChange(place.get().name(), Optional.of(place.get().geonameId()),
                            holder.get().name(), knowledge.side(holder.get()), phrase.status(), Optional.empty(),
                            published.map(CalendarDate::day), 0.7, new Evidence(articleId, sentence.span().start(),
                            sentence.span().end(), sentence.text(text))));
                }
            }
        }
        return claims;
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
