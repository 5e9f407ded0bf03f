package org.sitrep.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The governorate (first-level administrative area) a point lies in, by point-in-polygon over the bundled OCHA
 * COD-AB boundaries of Syria (the same file the map draws). Points outside Syria have none: no boundaries of the
 * neighbours are bundled, and no second level (districts) under an open licence was at hand.
 */
public final class AdminAreas {
    /** The map's boundary file, shared with the web UI and the digest. */
    public static final String RESOURCE = "/web/data/syria-governorates.geojson";
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /** A governorate: English and Arabic names and OCHA's P-code. */
    public record Area(String name, String nameAr, String pcode) {
    }

    private record Shape(Area area, PreparedGeometry geometry) {
    }

    private final List<Shape> shapes;

    private AdminAreas(List<Shape> shapes) {
        this.shapes = List.copyOf(shapes);
    }

    /** The bundled governorates of Syria. */
    public static AdminAreas syria() {
        try (InputStream in = AdminAreas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return of(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Areas from a GeoJSON FeatureCollection whose features carry {@code name}, {@code name_ar}, {@code pcode}. */
    static AdminAreas of(JsonNode collection) {
        List<Shape> shapes = new ArrayList<>();
        for (JsonNode feature : collection.path("features")) {
            JsonNode properties = feature.path("properties");
            Area area = new Area(properties.path("name").asText(), properties.path("name_ar").asText(),
                    properties.path("pcode").asText());
            shapes.add(new Shape(area, PreparedGeometryFactory.prepare(geometry(feature.path("geometry")))));
        }
        return new AdminAreas(shapes);
    }

    /** The area containing the point, if any. */
    public Optional<Area> at(double lat, double lon) {
        Geometry point = GEOMETRY.createPoint(new Coordinate(lon, lat));
        return shapes.stream().filter(s -> s.geometry().covers(point)).map(Shape::area).findFirst();
    }

    private static Geometry geometry(JsonNode geometry) {
        String type = geometry.path("type").asText();
        JsonNode coordinates = geometry.path("coordinates");
        return switch (type) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                List<Polygon> parts = new ArrayList<>();
                coordinates.forEach(part -> parts.add(polygon(part)));
                yield GEOMETRY.createMultiPolygon(parts.toArray(Polygon[]::new));
            }
            default -> throw new IllegalArgumentException("a boundary must be a Polygon or MultiPolygon, was " + type);
        };
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) {
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < positions.size(); i++) {
            coordinates[i] = new Coordinate(positions.get(i).get(0).asDouble(), positions.get(i).get(1).asDouble());
        }
        return GEOMETRY.createLinearRing(coordinates);
    }
}
