package org.sitrep.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.Article;
import org.sitrep.model.ControlChange;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Facts;
import org.sitrep.model.Mention;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.TimeExpression;
import org.sitrep.store.Alias;

/** A readable report of one article's facts, with the evidence sentence under each. */
public final class FactsText {
    private FactsText() {
    }

    public static String render(Article source, Facts facts, List<Alias> aliases) {
        StringBuilder out = new StringBuilder();
        ArticleMeta a = facts.article();
        out.append("Article ").append(a.id()).append('\n')
                .append("  title:     ").append(a.title()).append('\n')
                .append("  published: ").append(a.published().map(Object::toString)
                        .orElse("unknown (relative dates left unresolved)")).append('\n')
                .append("  source:    ").append(a.source()).append(a.url().map(u -> " " + u).orElse("")).append('\n')
                .append("  language:  ").append(a.language()).append('\n')
                .append("  origin:    ").append(a.origin()).append('\n');
        for (Span span : source.boilerplate()) {
            out.append("  boilerplate [").append(span.start()).append(',').append(span.end()).append("): ")
                    .append(abbreviate(span.of(source.text()), 90)).append('\n');
        }
        for (Alias alias : aliases) {
            out.append("  re-published as ").append(alias.origin()).append(" (").append(alias.source())
                    .append(String.format(Locale.ROOT, ", similarity %.2f)", alias.similarity())).append('\n');
        }
        section(out, "Entities", facts.entities().size());
        for (Mention m : facts.entities()) {
            out.append(String.format(Locale.ROOT, "  %-28s %-12s → %s%s%s%n", m.text(), m.type(), m.canonical(),
                    m.ref().map(r -> " [" + r + "]").orElse(""),
                    m.lat().map(lat -> String.format(Locale.ROOT, " (%.4f, %.4f)", lat, m.lon().orElse(0.0)))
                            .orElse("")));
        }
        section(out, "Times", facts.times().size());
        for (TimeExpression t : facts.times()) {
            out.append(String.format(Locale.ROOT, "  %-28s %-8s %s%n", t.text(), t.type(),
                    t.value().orElse("(unresolved)")));
        }
        section(out, "Quotes", facts.quotes().size());
        for (Quote q : facts.quotes()) {
            out.append("  ").append(q.speaker()).append(": “").append(q.text()).append("”\n");
            evidence(out, q.evidence());
        }
        section(out, "Events", facts.events().size());
        for (Event e : facts.events()) {
            out.append(String.format(Locale.ROOT, "  %s %s [%s; CAMEO %s] %s%s%s, %s, confidence %.2f%n",
                    e.date().map(Object::toString).orElse("undated"), e.type(), e.acled().label(), e.cameo(), side(e.actor(), e.actorSide()),
                    e.target().map(t -> " → " + side(e.target(), e.targetSide())).orElse(""),
                    e.place().map(p -> " @ " + p).orElse(""), e.modality().label(), e.confidence()));
            evidence(out, e.evidence());
        }
        section(out, "Control", facts.control().size());
        for (ControlChange c : facts.control()) {
            List<String> against = c.sides().stream().filter(side -> !side.equals(c.controller())).toList();
            out.append(String.format(Locale.ROOT, "  %s: %s by %s%s, since %s, as of %s%n", c.place(),
                    c.status().label(), side(Optional.of(c.controller()), c.controllerSide()),
                    against.isEmpty() ? "" : ", against " + String.join(", ", against),
                    c.since().map(Object::toString).orElse("unknown"),
                    c.asOf().map(Object::toString).orElse("unknown")));
            evidence(out, c.evidence());
        }
        section(out, "Stances", facts.stances().size());
        for (Stance s : facts.stances()) {
            out.append(String.format(Locale.ROOT, "  %s → %s: %+.2f %s%n", s.from(), side(Optional.of(s.to()), s.toSide()),
                    s.value(), s.date().map(Object::toString).orElse("")));
            evidence(out, s.evidence());
        }
        return out.toString();
    }

    private static String side(Optional<String> actor, Optional<String> side) {
        return actor.orElse("?") + side.map(s -> " (" + s + ")").orElse("");
    }

    private static void section(StringBuilder out, String name, int count) {
        out.append('\n').append(name).append(" (").append(count).append(")\n");
    }

    private static void evidence(StringBuilder out, Evidence evidence) {
        out.append("      ▸ [").append(evidence.start()).append(',').append(evidence.end()).append(") ")
                .append(evidence.sentence()).append('\n');
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
