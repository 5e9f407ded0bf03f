package org.sitrep.digest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.Place;
import org.sitrep.report.Html;
import org.sitrep.situation.ControlInterval;
import org.sitrep.situation.Freshness;

/** The digest's inline map: Syria's governorate outlines and a dot per place, coloured by side, stale ones faint. */
final class ControlMap {
    // Syria's bounding box for the inline map.
    private static final double WEST = 35.6;
    private static final double EAST = 42.5;
    private static final double SOUTH = 32.2;
    private static final double NORTH = 37.4;
    private static final int WIDTH = 320;
    private static final int HEIGHT = 240;
    private final Gazetteer gazetteer;
    private final Freshness freshness;
    private final String outlines;

    ControlMap(Gazetteer gazetteer, Freshness freshness) {
        this.gazetteer = gazetteer;
        this.freshness = freshness;
        this.outlines = governorateOutlines();
    }

    /**
     * The control picture at a day as an inline SVG: governorate outlines and a dot per place, by side, each labelled
     * with the name {@code label} gives it.
     */
    String svg(List<ControlInterval> control, LocalDate at, Function<ControlInterval, String> label) {
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH
                + "\" height=\"" + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT
                + "\" style=\"background:#e3f2fd;display:block;margin:0 0 8px 0;direction:ltr;\" role=\"img\" aria-label=\"map\">");
        svg.append(outlines);
        for (ControlInterval interval : control) {
            Optional<Place> place = interval.placeRef().flatMap(gazetteer::byId);
            if (place.isEmpty() || place.get().lon() < WEST || place.get().lon() > EAST || place.get().lat() < SOUTH
                    || place.get().lat() > NORTH) {
                continue;
            }
            String colour = interval.status() == ControlStatus.CONTESTED ? "#ef6c00"
                    : DigestBuilder.COLOURS.getOrDefault(interval.side().orElse(""), "#455a64");
            String opacity = freshness.stale(interval, at) ? "0.25" : "1"; // old claims drawn faint
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\" "
                            + "fill-opacity=\"" + opacity + "\" stroke=\"#fff\"/>"
                            + "<text x=\"%.1f\" y=\"%.1f\" font-size=\"9\" font-family=\"Arial\">%s</text>",
                    x(place.get().lon()), y(place.get().lat()), colour, x(place.get().lon()) + 6, y(place.get().lat()) + 3,
                    Html.escape(label.apply(interval))));
        }
        return svg.append("</svg>").toString();
    }

    private static String governorateOutlines() {
        try (InputStream in = DigestBuilder.class.getResourceAsStream("/web/data/syria-governorates.geojson")) {
            if (in == null) {
                return "";
            }
            JsonNode geo = new ObjectMapper().readTree(in);
            StringBuilder paths = new StringBuilder();
            for (JsonNode feature : geo.path("features")) {
                JsonNode geometry = feature.path("geometry");
                List<JsonNode> polygons = new ArrayList<>();
                if (geometry.path("type").asText().equals("Polygon")) {
                    polygons.add(geometry.path("coordinates"));
                } else {
                    geometry.path("coordinates").forEach(polygons::add);
                }
                StringBuilder d = new StringBuilder();
                for (JsonNode polygon : polygons) {
                    JsonNode ring = polygon.get(0);
                    for (int i = 0; i < ring.size(); i++) {
                        d.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f",
                                x(ring.get(i).get(0).asDouble()), y(ring.get(i).get(1).asDouble())));
                    }
                    d.append('Z');
                }
                paths.append("<path d=\"").append(d).append("\" fill=\"#fafafa\" stroke=\"#90a4ae\" stroke-width=\"0.6\"/>");
            }
            return paths.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the governorate outlines", e);
        }
    }

    private static double x(double lon) {
        return (lon - WEST) / (EAST - WEST) * WIDTH;
    }

    private static double y(double lat) {
        return (NORTH - lat) / (NORTH - SOUTH) * HEIGHT;
    }
}
