package org.invicta.map.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.invicta.map.AreaMap;
import org.invicta.map.MapView;
import org.invicta.shared.InvalidField;
import org.invicta.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The map's picture for a view ({@code /maps/area.svg?view=w,s,e,n&mark=lat,lng}), and what a point on it
 * is ({@code /api/v1/map/place}): the area it lies in, the nearest named place, and the closer view around it.
 */
@RestController
class MapImages {

    private static final MediaType SVG = MediaType.valueOf("image/svg+xml");

    private final AreaMap map;

    MapImages(AreaMap map) {
        this.map = map;
    }

    @GetMapping("/maps/area.svg")
    ResponseEntity<String> picture(@RequestParam(required = false) @Nullable String view, @RequestParam(required = false) @Nullable String mark) {
        var whole = wholeOrNotFound(); // first: who may see the map is decided before what was asked is checked
        var shown = view == null ? whole : MapView.parse(view, "view");
        Double latitude = null, longitude = null;
        if (mark != null && !mark.isBlank()) {
            var point = point(mark);
            latitude = point[0];
            longitude = point[1];
        }
        return ResponseEntity.ok().contentType(SVG).cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePrivate())
                .body(map.picture(shown, latitude, longitude));
    }

    @GetMapping("/api/v1/map/place")
    Map<String, Object> place(@RequestParam(required = false) @Nullable Double latitude, @RequestParam(required = false) @Nullable Double longitude,
                              @RequestParam(required = false) @Nullable String view) {
        var whole = wholeOrNotFound();
        if (latitude == null || Math.abs(latitude) > 85) throw new InvalidField("latitude", "give the latitude in degrees, for example 51.27");
        if (longitude == null || Math.abs(longitude) > 180) throw new InvalidField("longitude", "give the longitude in degrees, for example 0.52");
        var from = view == null ? whole : MapView.parse(view, "view");
        var place = map.placeAt(latitude, longitude);
        var answer = new LinkedHashMap<String, Object>();
        answer.put("latitude", place.latitude());
        answer.put("longitude", place.longitude());
        if (place.area() != null)
            answer.put("area", Map.of("code", place.area().code(), "name", place.area().name(), "district", place.area().district()));
        if (place.near() != null) answer.put("near", place.near());
        answer.put("described", place.described());
        answer.put("closerView", from.closerAround(latitude, longitude).toString());
        return answer;
    }

    private MapView wholeOrNotFound() {
        return map.whole().orElseThrow(() -> new NotFound("a map of your force's area: none is loaded"));
    }

    private static double[] point(String text) {
        var parts = text.split(",");
        try {
            if (parts.length == 2) return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidField("mark", "a point is latitude,longitude in degrees");
    }
}
