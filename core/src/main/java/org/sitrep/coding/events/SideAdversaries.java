package org.sitrep.coding.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sitrep.data.DataFiles;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.knowledge.Linked;
import org.sitrep.knowledge.LinkedMention;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.Actor;
import org.sitrep.model.CalendarDate;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.nlp.Annotated;
import org.sitrep.nlp.Sentence;

/**
 * A fight whose text names no target is against its camp's usual adversary ({@code adversaries.tsv}): "rebels
 * launched an offensive on the town" fights the government, "troops stormed the district" the rebels, or the Islamic
 * State where the article names it more than the rebels (a camp's adversary of a later row, which the article names
 * more than the usual one: Kurdish forces fight the Islamic State, or Turkey in a story of Turkey). Runs last,
 * after the syntax and the context have had their say, only on deeds the text says were done and not at a place of
 * another country or from before the war began, nor in a sentence that names civilians ("civilians were killed by
 * coalition strikes": ACLED's victims), and never gives a side itself as its own target.
 */
public final class SideAdversaries {
    /** Camp, or one actor's id, to its adversaries, the usual one first. */
    private static final Map<String, List<Adversary>> ADVERSARIES = DataFiles
            .rows("/org/sitrep/knowledge/adversaries.tsv").stream()
            .collect(Collectors.groupingBy(r -> r[0], Collectors.mapping(r -> new Adversary(r[1],
                    DataFiles.list(r[2]), CalendarDate.of(r[3])), Collectors.toUnmodifiableList())));
    /**
     * A usual adversary: its actor id, the country codes of the war where the two face each other, and when that war
     * began.
     */
    private record Adversary(String actorId, List<String> countryCodes, CalendarDate since) {
    }

    private final KnowledgeBase knowledge;
    private final Gazetteer gazetteer;
    private final LanguagePack pack;

    public SideAdversaries(KnowledgeBase knowledge, Gazetteer gazetteer, LanguagePack pack) {
        this.knowledge = knowledge;
        this.gazetteer = gazetteer;
        this.pack = pack;
    }

    /** The events, each untargeted fight of a camp with an adversary given that adversary as its target. */
    public List<Event> fill(List<Event> events, Linked linked) {
        return events.stream().map(event -> adversary(event, linked)
                .map(a -> event.withTarget(Optional.of(a.name()), a.side())).orElse(event)).toList();
    }

    private Optional<Actor> adversary(Event event, Linked linked) {
        Annotated annotated = linked.annotated();
        // a strike with a toll and no named target is on civilians by ACLED's convention, not on the other side,
        // and so is one told beside civilians it harmed; an aim or a plan ("an offensive to seize X") is left as the
        // text leaves it
        if (event.type() != EventType.FIGHT || event.target().isPresent() || event.actor().isEmpty()
                || event.fatalities().isPresent() || !event.modality().factual()
                || namesCivilians(event, annotated)) {
            return Optional.empty();
        }
        // an actor's own row ("the coalition fights the Islamic State") before its camp's
        Optional<Adversary> adversary = event.actor().flatMap(knowledge::byAlias).map(a -> ADVERSARIES.get(a.id()))
                .or(() -> event.actorSide().map(ADVERSARIES::get)).map(foes -> mostNamed(foes, linked));
        // "government forces shelled Ramadi": a fight at a known place of another country is not that war's
        boolean elsewhere = adversary.isPresent() && event.placeRef().flatMap(gazetteer::byId)
                .filter(p -> !adversary.get().countryCodes().contains(p.countryCode())).isPresent();
        // "the 2003 invasion of Iraq": a fight from before the war began is not that war's
        Optional<LocalDate> when = event.date().map(CalendarDate::last)
                .or(() -> annotated.article().published());
        boolean before = adversary.isPresent() && when.filter(d -> d.isBefore(adversary.get().since().first()))
                .isPresent();
        return elsewhere || before ? Optional.empty() : adversary.flatMap(a -> knowledge.byId(a.actorId()))
                .filter(a -> !a.side().equals(event.actorSide()));
    }

    /**
     * Of a camp's adversaries, the one the article names most (with its member groups), the usual one where none is
     * named more: a government fighting near Deir ez-Zor in a story of the Islamic State fights the Islamic State.
     */
    private static Adversary mostNamed(List<Adversary> foes, Linked linked) {
        Adversary most = foes.get(0);
        long mostNamed = named(most, linked);
        for (Adversary foe : foes.subList(1, foes.size())) {
            long count = named(foe, linked);
            if (count > mostNamed) {
                most = foe;
                mostNamed = count;
            }
        }
        return most;
    }

    /** How often the article names an adversary or a group that is one of its members. */
    private static long named(Adversary foe, Linked linked) {
        return linked.mentions().stream().map(LinkedMention::actor).flatMap(Optional::stream)
                .filter(a -> a.id().equals(foe.actorId()) || a.memberOf().filter(foe.actorId()::equals).isPresent())
                .count();
    }

    /** Whether the event's sentence names non-combatants ("civilian casualties", "dozens of civilians"). */
    private boolean namesCivilians(Event event, Annotated annotated) {
        return annotated.sentenceAt(event.evidence().start()).stream()
                .map(Sentence::tokens).flatMap(List::stream)
                .anyMatch(t -> pack.has(WordList.NONCOMBATANT_WORDS, t.lemma().toLowerCase(Locale.ROOT)));
    }
}
