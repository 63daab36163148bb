package org.invicta.map;

import java.util.Locale;
import org.invicta.shared.InvalidField;

/**
 * The part of the map an image shows, and the arithmetic between its pixels and degrees: an
 * equirectangular projection corrected for latitude, which at a county's scale is true enough to click on.
 */
public record MapView(double west, double south, double east, double north) {

    public static final int WIDTH = 640;
    /** A click on the whole force's map shows this many kilometres across around the point. */
    private static final double CLOSER_KM = 3;

    public static MapView of(Area.Bounds bounds) {
        var padLng = (bounds.east() - bounds.west()) * 0.02;
        var padLat = (bounds.north() - bounds.south()) * 0.02;
        return new MapView(bounds.west() - padLng, bounds.south() - padLat, bounds.east() + padLng, bounds.north() + padLat);
    }

    /** "west,south,east,north" as written by {@link #toString()}; anything else is refused. */
    public static MapView parse(String text, String field) {
        var parts = text.split(",");
        if (parts.length != 4) throw new InvalidField(field, "a map view is west,south,east,north in degrees");
        try {
            var view = new MapView(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]),
                    Double.parseDouble(parts[3]));
            if (!(view.west < view.east && view.south < view.north) || Math.abs(view.south) > 85 || Math.abs(view.north) > 85
                    || Math.abs(view.west) > 180 || Math.abs(view.east) > 180)
                throw new InvalidField(field, "a map view is west,south,east,north in degrees, west of east and south of north");
            return view;
        } catch (NumberFormatException e) {
            throw new InvalidField(field, "a map view is west,south,east,north in degrees");
        }
    }

    /** A closer view centred on the point, a few kilometres across. */
    public MapView closerAround(double lat, double lng) {
        var halfLat = CLOSER_KM / 2 / 111.32 * height() / WIDTH;
        var halfLng = CLOSER_KM / 2 / (111.32 * Math.cos(Math.toRadians(lat)));
        if (halfLng * 2 >= east - west) return new MapView(lng - (east - west) / 4, lat - (north - south) / 4, lng + (east - west) / 4,
                lat + (north - south) / 4);
        return new MapView(lng - halfLng, lat - halfLat, lng + halfLng, lat + halfLat);
    }

    public int height() {
        var midLat = Math.toRadians((south + north) / 2);
        return (int) Math.round(WIDTH * (north - south) / ((east - west) * Math.cos(midLat)));
    }

    public double x(double lng) {
        return (lng - west) / (east - west) * WIDTH;
    }

    public double y(double lat) {
        return (north - lat) / (north - south) * height();
    }

    public double lng(double x) {
        return west + x / WIDTH * (east - west);
    }

    public double lat(double y) {
        return north - y / height() * (north - south);
    }

    public boolean close() {
        return (east - west) * Math.cos(Math.toRadians((south + north) / 2)) * 111.32 < 10;
    }

    public Area.Bounds bounds() {
        return new Area.Bounds(west, south, east, north);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.5f,%.5f,%.5f,%.5f", west, south, east, north);
    }
}
