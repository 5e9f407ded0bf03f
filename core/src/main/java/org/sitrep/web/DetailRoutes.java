package org.sitrep.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.knowledge.AdminAreas;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.report.SituationFormats;
import org.sitrep.situation.ControlInterval;
import org.sitrep.situation.Freshness;
import org.sitrep.situation.MergedEvent;
import org.sitrep.situation.StanceHistory;

/**
 * One thing and all that is known of it, for the workbench's pages: a place (its whole control history with every
 * side's evidence, the events there), an actor (stance toward others over time, quotes, events as actor and as
 * target) and a merged event (every report with its source). Read-only and open, like {@link ReadRoutes}.
 */
final class DetailRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SituationService service;
    private final Gazetteer gazetteer;
    private final KnowledgeBase knowledge;
    private final AdminAreas adminAreas = AdminAreas.syria();
    private final Freshness freshness = Freshness.standard();

    DetailRoutes(SituationService service, Gazetteer gazetteer, KnowledgeBase knowledge) {
        this.service = service;
        this.gazetteer = gazetteer;
        this.knowledge = knowledge;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/places/{name}", this::place);
        routes.get("/api/actors/{name}", this::actor);
        routes.get("/api/events/{id}", this::event);
    }

    private void place(Context ctx) {
        String name = ctx.pathParam("name");
        List<ControlInterval> timeline = service.situation().timeline(name);
        List<MergedEvent> events = service.situation().events().stream()
                .filter(e -> e.place().map(name::equalsIgnoreCase).orElse(false)).toList();
        if (timeline.isEmpty() && events.isEmpty()) {
            throw new ApiException(404, "nothing is known of a place named " + name);
        }
        ObjectNode node = JSON.createObjectNode().put("place", timeline.isEmpty()
                ? events.get(0).place().orElseThrow() : timeline.get(0).place());
        Optional<String> ref = timeline.stream().flatMap(i -> i.placeRef().stream()).findFirst()
                .or(() -> events.stream().flatMap(e -> e.placeRef().stream()).findFirst());
        node.put("placeRef", ref.orElse(null));
        ref.flatMap(gazetteer::byId).ifPresent(p -> {
            node.put("lat", p.lat()).put("lon", p.lon()).put("country", p.countryCode());
            p.arabicName().ifPresent(ar -> node.put("nameAr", ar));
            adminAreas.at(p.lat(), p.lon()).ifPresent(a -> node.put("admin1", a.name()));
        });
        LocalDate today = LocalDate.now();
        ArrayNode history = node.putArray("timeline");
        timeline.forEach(i -> history.add(SituationFormats.control(i, i.to().orElse(today), freshness)));
        ArrayNode happened = node.putArray("events");
        events.forEach(e -> happened.add(SituationFormats.event(e, Optional.empty())));
        WebServer.json(ctx, node);
    }

    private void actor(Context ctx) {
        String name = ctx.pathParam("name");
        List<MergedEvent> asActor = service.situation().events().stream()
                .filter(e -> e.actor().map(name::equalsIgnoreCase).orElse(false)).toList();
        List<MergedEvent> asTarget = service.situation().events().stream()
                .filter(e -> e.target().map(name::equalsIgnoreCase).orElse(false)).toList();
        String lower = name.toLowerCase(Locale.ROOT);
        List<SituationService.QuoteEntry> quotes = service.quotes().stream()
                .filter(q -> q.quote().speaker().toLowerCase(Locale.ROOT).contains(lower)).toList();
        var stances = new StanceHistory(knowledge).series(service.situation(), name, Optional.empty(),
                Optional.empty());
        Optional<Actor> known = knowledge.byAlias(name);
        if (asActor.isEmpty() && asTarget.isEmpty() && quotes.isEmpty() && stances.isEmpty() && known.isEmpty()) {
            throw new ApiException(404, "nothing is known of an actor named " + name);
        }
        ObjectNode node = JSON.createObjectNode().put("actor", name)
                .put("name", known.map(Actor::name).orElse(name))
                .put("side", known.flatMap(knowledge::side).orElse(null))
                .put("kind", known.map(a -> a.kind().name().toLowerCase(Locale.ROOT)).orElse(null));
        known.flatMap(a -> a.arabicAliases().stream().findFirst()).ifPresent(ar -> node.put("nameAr", ar));
        ArrayNode stanceArray = node.putArray("stances");
        stances.forEach(p -> stanceArray.add(SituationFormats.stance(p)));
        ArrayNode quoteArray = node.putArray("quotes");
        quotes.forEach(q -> quoteArray.add(ReadRoutes.quote(q)));
        ArrayNode actorArray = node.putArray("asActor");
        asActor.forEach(e -> actorArray.add(SituationFormats.event(e, Optional.empty())));
        ArrayNode targetArray = node.putArray("asTarget");
        asTarget.forEach(e -> targetArray.add(SituationFormats.event(e, Optional.empty())));
        WebServer.json(ctx, node);
    }

    private void event(Context ctx) {
        String id = ctx.pathParam("id");
        MergedEvent event = service.situation().events().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new ApiException(404, "no event with id " + id));
        ObjectNode node = SituationFormats.event(event, Optional.empty());
        // every report as the evidence lists it, with its article's title for the event page
        ArrayNode reports = node.putArray("reports");
        for (int i = 0; i < event.reports().size(); i++) {
            ObjectNode item = reports.addObject().setAll((ObjectNode) node.get("evidence").get(i));
            service.store().article(event.reports().get(i).articleId()).map(Article::title)
                    .ifPresent(title -> item.put("title", title));
        }
        WebServer.json(ctx, node);
    }
}
