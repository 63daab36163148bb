package org.invicta.map;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GeoJSON FeatureCollection of areas, as the ONS publishes LSOA boundaries: each feature a Polygon or
 * MultiPolygon in WGS84 longitude and latitude, named by its LSOA21CD/LSOA21NM (or LSOA11CD/LSOA11NM,
 * or code/name) properties. A file that is not one is refused naming the feature and what is wrong.
 */
public final class AreaFile {

    private static final List<String> CODES = List.of("LSOA21CD", "LSOA11CD", "code");
    private static final List<String> NAMES = List.of("LSOA21NM", "LSOA11NM", "name");

    /** Why a file cannot be loaded, naming the feature. */
    public static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    private AreaFile() {
    }

    public static List<Area> read(Path file) throws IOException, Malformed {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(Files.readString(file));
        } catch (JacksonException e) {
            throw new Malformed("not JSON: " + e.getOriginalMessage());
        }
        if (!"FeatureCollection".equals(root.path("type").asString(""))) throw new Malformed("not a GeoJSON FeatureCollection");
        var areas = new ArrayList<Area>();
        var features = root.path("features");
        for (int i = 0; i < features.size(); i++) areas.add(area(features.get(i), i + 1));
        if (areas.isEmpty()) throw new Malformed("the collection holds no features");
        return areas;
    }

    private static Area area(JsonNode feature, int number) throws Malformed {
        var properties = feature.path("properties");
        var code = first(properties, CODES);
        var name = first(properties, NAMES);
        if (code.isEmpty() || name.isEmpty())
            throw new Malformed("feature " + number + " has no area code and name (properties " + CODES + " and " + NAMES + ")");
        var geometry = feature.path("geometry");
        var type = geometry.path("type").asString("");
        var rings = new ArrayList<Area.Ring>();
        switch (type) {
            case "Polygon" -> addPolygon(geometry.path("coordinates"), rings, code);
            case "MultiPolygon" -> {
                for (var polygon : geometry.path("coordinates")) addPolygon(polygon, rings, code);
            }
            default -> throw new Malformed("feature " + number + " (" + code + ") is a " + (type.isEmpty() ? "feature with no geometry" : type)
                    + ", not a Polygon or MultiPolygon");
        }
        return new Area(code, name, Area.districtOf(name), rings, Area.Bounds.around(rings));
    }

    private static void addPolygon(JsonNode polygon, List<Area.Ring> rings, String code) throws Malformed {
        for (var ring : polygon) {
            var points = new double[ring.size() * 2];
            for (int i = 0; i < ring.size(); i++) {
                var lng = ring.get(i).path(0).asDouble(Double.NaN);
                var lat = ring.get(i).path(1).asDouble(Double.NaN);
                if (!(Math.abs(lng) <= 180 && Math.abs(lat) <= 90))
                    throw new Malformed("area " + code + " has a point that is not longitude, latitude in degrees");
                points[2 * i] = Math.round(lng * 1e5) / 1e5; // a metre is close enough to click on
                points[2 * i + 1] = Math.round(lat * 1e5) / 1e5;
            }
            if (ring.size() < 4) throw new Malformed("area " + code + " has a ring of fewer than four points");
            rings.add(new Area.Ring(points));
        }
    }

    private static String first(JsonNode properties, List<String> names) {
        for (var name : names) {
            var value = properties.path(name).asString("").trim();
            if (!value.isEmpty()) return value;
        }
        return "";
    }
}
