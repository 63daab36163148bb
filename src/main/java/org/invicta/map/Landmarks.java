package org.invicta.map;

import java.util.List;

/**
 * Named points another module knows within a view (for crime, the published "On or near" places), drawn
 * on a close map so the streets show, and the nearest named to a point chosen.
 */
public interface Landmarks {

    record Landmark(double latitude, double longitude, String name) {
    }

    /** At most {@code most} of the force's landmarks within the bounds. */
    List<Landmark> within(Area.Bounds bounds, int most);
}
