package org.sitrep.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;

/**
 * Pairs system events with gold events and compares their fields as the evaluation counts them: a system event answers
 * a gold event when its evidence sentence holds one of the gold event's triggers; pairs are matched one to one, best
 * agreement first. Shared by the evaluation and by the training of learned stages, so both read the gold alike.
 */
final class GoldMatcher {
    /** The gold place names are English whatever the article's language. */
    private static final LanguagePack ENGLISH = LanguagePack.load("en");
    private final KnowledgeBase knowledge;

    GoldMatcher(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /** A gold event and the system event that answers it, with how much they agree (type weighs most). */
    record Pair(GoldArticle.GoldEvent gold, Event system, int agreement) {
    }

    /** The one-to-one pairs of an article's gold events and the system's events, best agreement first. */
    List<Pair> pairs(GoldArticle article, List<Event> events) {
        List<Pair> candidates = new ArrayList<>();
        for (GoldArticle.GoldEvent gold : article.events()) {
            for (Event system : events) {
                if (gold.mentions().stream().anyMatch(m -> system.evidence().span().contains(m.start()))) {
                    int agreement = (gold.type().equals(system.type().name()) ? 8 : 0)
                            + (actorRight(gold, system) ? 2 : 0)
                            + (placeRight(gold, system) ? 2 : 0) + (targetRight(gold, system) ? 1 : 0)
                            + (dateRight(gold, system, article) ? 1 : 0);
                    candidates.add(new Pair(gold, system, agreement));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Pair::agreement).reversed());
        Set<GoldArticle.GoldEvent> goldUsed = new HashSet<>();
        Set<Event> systemUsed = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        for (Pair pair : candidates) {
            if (!goldUsed.contains(pair.gold()) && !systemUsed.contains(pair.system())) {
                goldUsed.add(pair.gold());
                systemUsed.add(pair.system());
                pairs.add(pair);
            }
        }
        return pairs;
    }

    /** Right in every field the evaluation checks: type, actor, target, place, date and modality. */
    boolean fullyRight(GoldArticle.GoldEvent gold, Event system, GoldArticle article) {
        return gold.type().equals(system.type().name()) && actorRight(gold, system) && targetRight(gold, system)
                && placeRight(gold, system) && dateRight(gold, system, article) && modalityRight(gold, system);
    }

    boolean actorRight(GoldArticle.GoldEvent gold, Event system) {
        return sameName(gold.actor(), system.actor());
    }

    boolean targetRight(GoldArticle.GoldEvent gold, Event system) {
        return sameName(gold.target(), system.target());
    }

    static boolean placeRight(GoldArticle.GoldEvent gold, Event system) {
        return samePlace(gold.place(), gold.placeGeonames(), system.place(), system.placeRef());
    }

    static boolean samePlace(String goldName, String goldGeonames, Optional<String> name,
                                     Optional<String> ref) {
        if (goldName == null) {
            return name.isEmpty();
        }
        if (goldGeonames != null && ref.isPresent()) {
            return goldGeonames.equals(ref.get());
        }
        return name.map(n -> normal(n).equals(normal(goldName)) || sameAdminArea(n, goldName)).orElse(false);
    }

    /**
     * "Idlib province" and "Idlib Governorate" name one first-level area (the annotators write both): the same name
     * before a noun of such an area. A town ("Idlib") is not its province.
     */
    static boolean sameAdminArea(String a, String b) {
        String[] x = normal(a).split(" ");
        String[] y = normal(b).split(" ");
        return x.length > 1 && y.length > 1 && ENGLISH.has(WordList.ADMIN_AREA_NOUNS, x[x.length - 1])
                && ENGLISH.has(WordList.ADMIN_AREA_NOUNS, y[y.length - 1])
                && String.join(" ", java.util.Arrays.copyOf(x, x.length - 1))
                .equals(String.join(" ", java.util.Arrays.copyOf(y, y.length - 1)));
    }

    /** An event dated the report's day where the text gives no date is acceptable, unless it is background. */
    static boolean dateRight(GoldArticle.GoldEvent gold, Event system, GoldArticle article) {
        if (gold.date() == null) {
            return system.date().isEmpty()
                    || (!gold.background() && system.date().get().toString().equals(article.published().toString()));
        }
        return system.date().map(Object::toString)
                .map(d -> d.startsWith(gold.date()) || gold.date().startsWith(d)).orElse(false);
    }

    static boolean modalityRight(GoldArticle.GoldEvent gold, Event system) {
        String label = system.modality().label();
        return label.equals(gold.modality()) || (gold.asserted() && (label.equals("asserted")
                || label.equals("reported")));
    }

    /** A gold actor (knowledge-base id or name) against a system actor name; a member counts as its group. */
    boolean sameName(String gold, Optional<String> system) {
        if (gold == null) {
            return system.isEmpty();
        }
        if (system.isEmpty()) {
            return false;
        }
        Optional<Actor> goldActor = knowledge.byId(gold);
        String goldName = goldActor.map(Actor::name).orElse(gold);
        if (normal(goldName).equals(normal(system.get()))) {
            return true;
        }
        Optional<Actor> systemActor = knowledge.byAlias(system.get());
        if (goldActor.isPresent() && systemActor.isPresent()) {
            return systemActor.get().memberOf().filter(goldActor.get().id()::equals).isPresent()
                    || goldActor.get().memberOf().filter(systemActor.get().id()::equals).isPresent();
        }
        String a = normal(goldName);
        String b = normal(system.get());
        return a.length() > 3 && b.length() > 3 && (a.endsWith(" " + b) || b.endsWith(" " + a));
    }


    static String normal(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("^the ", "").replaceAll("[^\\p{L}\\p{N} ]", "").strip();
    }
}
