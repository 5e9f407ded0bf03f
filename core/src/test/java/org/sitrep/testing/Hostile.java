package org.sitrep.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.model.AcledType;
import org.sitrep.model.Article;
import org.sitrep.model.CalendarDate;
import org.sitrep.model.ControlChange;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Facts;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.Quote;
import org.sitrep.model.Stance;

/**
 * Script-injection payloads and an extractor that puts them into every stored field a page shows: actors,
 * controllers, targets, places, quotes, speakers and stances (the article's own title, source, URL and
 * text carry them from the posted file). A payload that runs sets {@code window.__xss}; tests assert it stays unset
 * and that no markup survives.
 */
public final class Hostile {
    /** Runs when an {@code <img>} is parsed from text (the attack of issue 12 used this one). */
    public static final String IMG = "<img src=x onerror=\"window.__xss='img'\">";
    /** Runs when an {@code <svg>} is parsed from text. */
    public static final String SVG = "<svg onload=\"window.__xss='svg'\">";
    /** Runs when parsed from text inserted into a page (not via innerHTML, which does not run scripts). */
    public static final String SCRIPT = "<script>window.__xss='script'</script>";
    /** Breaks out of a double-quoted attribute. */
    public static final String ATTRIBUTE = "\" onmouseover=\"window.__xss='attr'\" x=\"";
    /** Runs when a link to it is followed. */
    public static final String JAVASCRIPT_URL = "javascript:window.__xss='url'//";
    /** The controller of the attack: the name extracted from "The Sultan<img …> Brigade took control of …". */
    public static final String CONTROLLER = "The Sultan" + IMG + " Brigade";
    public static final String TARGET = "Army" + SVG;
    public static final String PLACE = "Jarablus" + SCRIPT;
    public static final String QUOTE = "We hold the town" + SVG + ATTRIBUTE;
    public static final String TITLE = "Sultan Brigade" + IMG;
    public static final String SOURCE = "Wire" + SCRIPT;
    public static final LocalDate DAY = LocalDate.of(2025, 3, 2);
    /** An article holding this word makes the extractor fail with internals in its message (a 500 to be hidden). */
    public static final String EXPLODE = "EXPLODE";
    /** What the failure's message says: none of it may reach a client. */
    public static final String INTERNALS = "jdbc:h2:file:/srv/secret/store column ACTOR VARCHAR(300)";

    private Hostile() {
    }

    /** Every payload, to look for (unescaped) in rendered output. */
    public static List<String> payloads() {
        return List.of(IMG, SVG, SCRIPT, ATTRIBUTE);
    }

    /** A text article whose header carries payloads in the title, source and URL, and whose body names them. */
    public static String article() {
        return article(DAY);
    }

    /** The hostile article as published on a given day. */
    public static String article(LocalDate day) {
        return "published: " + day + "\nsource: " + SOURCE + "\nurl: " + JAVASCRIPT_URL + "\ntitle: " + TITLE + "\n\n"
                + CONTROLLER + " took control of Manbij on Sunday.\n\"" + QUOTE + ",\" the brigade said.\n";
    }

    /** An extractor that finds the payloads in every fact of any article, on places the map can show. */
    public static Function<Article, Facts> extractor(Gazetteer gazetteer) {
        Place manbij = gazetteer.resolve("Manbij", Optional.of("SY")).orElseThrow();
        Place jarablus = gazetteer.resolve("Jarablus", Optional.of("SY")).orElseThrow();
        return article -> {
            if (article.text().contains(EXPLODE)) {
                throw new IllegalStateException("cannot store in " + INTERNALS);
            }
            int end = article.text().length();
            Evidence evidence = new Evidence(article.id(), article.body().start(), end,
                    article.text().substring(article.body().start()));
            CalendarDate day = CalendarDate.day(article.published().orElse(DAY));
            ControlChange held = new ControlChange("Manbij", Optional.of(manbij.geonameId()), CONTROLLER,
                    Optional.of("opposition"), ControlStatus.HELD, Optional.of(day), Optional.of(day), 0.9, evidence);
            ControlChange contested = new ControlChange(PLACE, Optional.of(jarablus.geonameId()), TARGET,
                    Optional.empty(), ControlStatus.CONTESTED, Optional.of(day), Optional.of(day), 0.8, evidence);
            Event event = new Event("e1", EventType.ASSAULT, AcledType.ATTACK, "190", Optional.of(CONTROLLER), Optional.of("opposition"),
                    Optional.of(TARGET), Optional.empty(), Optional.of(PLACE), Optional.of(jarablus.geonameId()),
                    Optional.of(jarablus.lat()), Optional.of(jarablus.lon()), Optional.of(day), Optional.of(3),
                    Modality.ASSERTED, 0.9,
                    evidence);
            Quote quote = new Quote(QUOTE, evidence.start(), end, CONTROLLER, Optional.of("sultan-brigade"), Optional.empty(), 0.9,
                    evidence);
            // odd days friendly, even days hostile: two articles make a stance shift
            double value = article.published().orElse(DAY).getDayOfMonth() % 2 == 0 ? -0.8 : 0.6;
            Stance stance = new Stance(CONTROLLER, TARGET, Optional.empty(), value, Optional.of(day), 0.9, evidence);
            return new Facts(article.meta(), List.of(), List.of(), List.of(quote), List.of(event), List.of(held, contested),
                    List.of(stance));
        };
    }
}
