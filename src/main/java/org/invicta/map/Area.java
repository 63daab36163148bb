package org.invicta.map;

import java.util.List;

/**
 * A statistical area of the force (an LSOA such as "Maidstone 012A") with its outline: rings of
 * longitude, latitude pairs, the first of each polygon its outer edge and any after it holes.
 */
public record Area(String code, String name, String district, List<Ring> rings, Bounds bounds) {

    /** One closed ring, as alternating longitudes and latitudes. */
    public record Ring(double[] lngLat) {

        int points() {
            return lngLat.length / 2;
        }

        double lng(int i) {
            return lngLat[2 * i];
        }

        double lat(int i) {
            return lngLat[2 * i + 1];
        }

        /** Even-odd crossing test: is the point inside this ring? */
        boolean encloses(double lat, double lng) {
            var inside = false;
            for (int i = 0, j = points() - 1; i < points(); j = i++) {
                if ((lat(i) > lat) != (lat(j) > lat)
                        && lng < (lng(j) - lng(i)) * (lat - lat(i)) / (lat(j) - lat(i)) + lng(i)) inside = !inside;
            }
            return inside;
        }
    }

    /** West, south, east and north edges in degrees. */
    public record Bounds(double west, double south, double east, double north) {

        public boolean holds(double lat, double lng) {
            return lng >= west && lng <= east && lat >= south && lat <= north;
        }

        public boolean meets(Bounds other) {
            return west <= other.east && east >= other.west && south <= other.north && north >= other.south;
        }

        public static Bounds around(List<Ring> rings) {
            double w = 180, s = 90, e = -180, n = -90;
            for (var ring : rings)
                for (int i = 0; i < ring.points(); i++) {
                    w = Math.min(w, ring.lng(i));
                    e = Math.max(e, ring.lng(i));
                    s = Math.min(s, ring.lat(i));
                    n = Math.max(n, ring.lat(i));
                }
            return new Bounds(w, s, e, n);
        }
    }

    /** Inside by the even-odd rule over all rings, so a hole's point is outside. */
    public boolean contains(double lat, double lng) {
        if (!bounds.holds(lat, lng)) return false;
        var inside = false;
        for (var ring : rings) if (ring.encloses(lat, lng)) inside = !inside;
        return inside;
    }

    /** The district of an LSOA is its name less the area's number: "Tunbridge Wells 003B" is in Tunbridge Wells. */
    public static String districtOf(String name) {
        return name.replaceFirst("\\s+\\d{3}[A-Z]$", "").trim();
    }
}
