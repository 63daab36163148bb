package org.invicta.crime;

import java.util.List;
import org.invicta.crime.persistence.Crimes;
import org.invicta.map.Area;
import org.invicta.map.Landmarks;
import org.springframework.stereotype.Component;

/**
 * The places the force's crimes were recorded at, as landmarks on its map: police.uk's snap points lie on
 * streets and are named after them, so on a close map they trace the streets and name the nearest one.
 */
@Component
class PublishedPlaces implements Landmarks {

    private final Crimes crimes;

    PublishedPlaces(Crimes crimes) {
        this.crimes = crimes;
    }

    @Override
    public List<Landmark> within(Area.Bounds bounds, int most) {
        return crimes.placesWithin(bounds, most);
    }
}
