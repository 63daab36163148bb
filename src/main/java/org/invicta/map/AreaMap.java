package org.invicta.map;

import java.util.List;
import java.util.Optional;
import org.invicta.map.persistence.Areas;
import org.invicta.platform.tenancy.ForceContext;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The acting force's map: whether it has one, the view of its whole area, the area a point lies in, and
 * the picture of a view. Loading a new edition of the boundaries replaces the old.
 */
@Service
public class AreaMap {

    /** A close view draws at most this many landmarks: enough to show the streets, few enough to stay light. */
    private static final int LANDMARKS = 1500;

    private final Areas areas;
    private final ObjectProvider<Landmarks> landmarks;

    private final org.springframework.transaction.support.TransactionTemplate transactions;

    AreaMap(Areas areas, ObjectProvider<Landmarks> landmarks, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.areas = areas;
        this.landmarks = landmarks;
    }

    /** A point chosen, the area it lies in (if the force's map holds it) and the nearest named place. */
    public record Place(double latitude, double longitude, @Nullable Area area, @Nullable String near) {

        /** How the place reads where no address was typed: "Near Week Street, Maidstone 012A". */
        public String described() {
            var parts = new java.util.ArrayList<String>();
            if (near != null) parts.add("Near " + near.replaceFirst("^On or near ", ""));
            if (area != null) parts.add(area.name());
            if (parts.isEmpty()) return String.format(java.util.Locale.ROOT, "Point %.5f, %.5f", latitude, longitude);
            return String.join(", ", parts);
        }
    }

    /** The view of the force's whole area, or nothing if no boundaries are loaded for it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('pole:read')")
    public Optional<MapView> whole() {
        return areas.extent().map(MapView::of);
    }

    /** Whether a force has a map, for loading the demo's once: asks no user's authority. */
    public boolean held(org.invicta.shared.ForceId force) {
        return ForceContext.actingFor(force, () -> transactions.execute(status -> areas.extent().isPresent()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('pole:read')")
    public Place placeAt(double latitude, double longitude) {
        var area = areaAt(latitude, longitude).orElse(null);
        var search = 0.003; // about 300 m: further than that, a named place no longer says where the point is
        var nearby = new Area.Bounds(longitude - search * 1.6, latitude - search, longitude + search * 1.6, latitude + search);
        var near = landmarks.stream().flatMap(l -> l.within(nearby, 2000).stream())
                .min(java.util.Comparator.comparingDouble(l -> squaredMetres(l, latitude, longitude)))
                .map(Landmarks.Landmark::name).orElse(null);
        return new Place(latitude, longitude, area, near);
    }

    /** The force's area the point lies in, if its map holds one there. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('pole:read')")
    public Optional<Area> areaAt(double latitude, double longitude) {
        var point = new Area.Bounds(longitude, latitude, longitude, latitude);
        return areas.meeting(point).stream().filter(a -> a.contains(latitude, longitude)).findFirst();
    }

    /** The picture of a view, with a marker at the point chosen if there is one. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('pole:read')")
    public String picture(MapView view, @Nullable Double markLatitude, @Nullable Double markLongitude) {
        ForceContext.require();
        List<Landmarks.Landmark> points = view.close()
                ? landmarks.stream().flatMap(l -> l.within(view.bounds(), LANDMARKS).stream()).toList() : List.of();
        return new MapPicture(view).draw(areas.meeting(view.bounds()), points, markLatitude, markLongitude);
    }

    /** For the command line and the demo, which act for a force without a user: no page or API loads boundaries. */
    public int load(org.invicta.shared.ForceId force, List<Area> loaded) {
        ForceContext.actingFor(force, () -> transactions.executeWithoutResult(status -> areas.replace(force, loaded)));
        return loaded.size();
    }

    private static double squaredMetres(Landmarks.Landmark landmark, double latitude, double longitude) {
        var north = (landmark.latitude() - latitude) * 111_320;
        var east = (landmark.longitude() - longitude) * 111_320 * Math.cos(Math.toRadians(latitude));
        return north * north + east * east;
    }
}
