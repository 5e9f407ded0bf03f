package org.sitrep.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.Article;
import org.sitrep.model.CalendarDate;
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

/** The JSON shape of one article's facts, as `sitrep extract` and the API publish it. */
public final class FactsJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FactsJson() {
    }

    public static String render(Article source, Facts facts, List<Alias> aliases) {
        try {
            return JSON.writeValueAsString(tree(source, facts, aliases)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The facts as a JSON tree, with the boilerplate spans of their article's text. */
    public static ObjectNode tree(Article source, Facts facts, List<Alias> aliases) {
        ObjectNode root = JSON.createObjectNode();
        ArticleMeta a = facts.article();
        ObjectNode article = root.putObject("article");
        article.put("id", a.id());
        article.put("published", a.published().map(Object::toString).orElse(null));
        article.put("language", a.language());
        article.put("title", a.title());
        article.put("source", a.source());
        article.put("url", a.url().orElse(null));
        article.put("origin", a.origin());
        ArrayNode boiler = article.putArray("boilerplate");
        for (Span span : source.boilerplate()) {
            boiler.addObject().put("start", span.start()).put("end", span.end());
        }
        if (a.published().isEmpty()) {
            article.putArray("notes").add("no publication date: relative time expressions are left unresolved");
        }
        ArrayNode republished = article.putArray("republications");
        for (Alias alias : aliases) {
            republished.addObject().put("source", alias.source()).put("url", alias.url().orElse(null))
                    .put("origin", alias.origin()).put("similarity", alias.similarity());
        }
        ArrayNode entities = root.putArray("entities");
        for (Mention m : facts.entities()) {
            ObjectNode node = entities.addObject().put("text", m.text()).put("start", m.start()).put("end", m.end())
                    .put("type", m.type().name()).put("canonical", m.canonical()).put("ref", m.ref().orElse(null));
            putDouble(node, "lat", m.lat());
            putDouble(node, "lon", m.lon());
            node.put("confidence", m.confidence());
        }
        ArrayNode times = root.putArray("times");
        for (TimeExpression t : facts.times()) {
            times.addObject().put("text", t.text()).put("start", t.start()).put("end", t.end())
                    .put("value", t.value().orElse(null)).put("type", t.type()).put("confidence", t.confidence());
        }
        ArrayNode quotes = root.putArray("quotes");
        for (Quote q : facts.quotes()) {
            ObjectNode node = quotes.addObject().put("text", q.text()).put("start", q.start()).put("end", q.end())
                    .put("speaker", q.speaker()).put("speakerRef", q.speakerRef().orElse(null))
                    .put("speakerStart", q.speakerWords().map(Span::start).orElse(null))
                    .put("speakerEnd", q.speakerWords().map(Span::end).orElse(null))
                    .put("confidence", q.confidence());
            evidence(node, q.evidence());
        }
        ArrayNode events = root.putArray("events");
        for (Event e : facts.events()) {
            ObjectNode node = events.addObject().put("id", e.id()).put("type", e.type().name()).put("acled", e.acled().label())
                    .put("cameo", e.cameo()).put("actor", e.actor().orElse(null))
                    .put("actorSide", e.actorSide().orElse(null)).put("target", e.target().orElse(null))
                    .put("targetSide", e.targetSide().orElse(null)).put("place", e.place().orElse(null))
                    .put("placeRef", e.placeRef().orElse(null));
            putDouble(node, "lat", e.lat());
            putDouble(node, "lon", e.lon());
            e.fatalities().ifPresent(n -> node.put("fatalities", n));
            node.put("date", text(e.date())).put("dateGranularity", e.date().map(d -> d.granularity().name()
                    .toLowerCase(java.util.Locale.ROOT)).orElse(null)).put("modality", e.modality().label())
                    .put("confidence", e.confidence());
            evidence(node, e.evidence());
        }
        ArrayNode control = root.putArray("control");
        for (ControlChange c : facts.control()) {
            ObjectNode node = control.addObject().put("place", c.place()).put("placeRef", c.placeRef().orElse(null))
                    .put("controller", c.controller()).put("controllerSide", c.controllerSide().orElse(null))
                    .put("status", c.status().label()).put("holderStated", c.holderStated())
                    .put("since", text(c.since())).put("asOf", text(c.asOf())).put("confidence", c.confidence());
            // a contest names every side the text gives: the holder above, and those fighting it for the place
            ArrayNode challengers = node.putArray("challengers");
            c.sides().stream().filter(side -> !side.equals(c.controller())).forEach(challengers::add);
            evidence(node, c.evidence());
        }
        ArrayNode stances = root.putArray("stances");
        for (Stance s : facts.stances()) {
            ObjectNode node = stances.addObject().put("from", s.from()).put("to", s.to())
                    .put("toSide", s.toSide().orElse(null)).put("value", s.value()).put("date", text(s.date()))
                    .put("confidence", s.confidence());
            evidence(node, s.evidence());
        }
        return root;
    }

    private static String text(Optional<CalendarDate> date) {
        return date.map(CalendarDate::toString).orElse(null);
    }

    private static void evidence(ObjectNode node, Evidence evidence) {
        node.putObject("evidence").put("start", evidence.start()).put("end", evidence.end())
                .put("text", evidence.sentence());
    }

    private static void putDouble(ObjectNode node, String field, Optional<Double> value) {
        if (value.isPresent()) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
    }
}
