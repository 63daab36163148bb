package org.invicta.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws a view as SVG: each area's outline (points closer than a pixel dropped, so the whole county stays
 * light), district names on the whole map and area names on a close one, landmarks as dots that trace the
 * streets, and the point chosen. Coordinates are whole pixels in tenths, the least that looks true.
 */
final class MapPicture {

    private static final String[] FILLS = {"#e8f1f8", "#f3f2f1", "#eef7e4", "#fcf0e4", "#f4ecf7", "#e9f5f4"};

    private final MapView view;

    MapPicture(MapView view) {
        this.view = view;
    }

    String draw(List<Area> areas, List<Landmarks.Landmark> landmarks, @Nullable Double markLatitude, @Nullable Double markLongitude) {
        var svg = new StringBuilder(64 * 1024);
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
                + "font-family=\"arial,sans-serif\" role=\"img\">", MapView.WIDTH, view.height(), MapView.WIDTH, view.height()));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        var districts = new HashMap<String, Integer>();
        svg.append("<g fill-rule=\"evenodd\" stroke=\"#6f777b\" stroke-width=\"").append(view.close() ? "1" : "0.3").append("\">");
        for (var area : areas) {
            var fill = FILLS[districts.computeIfAbsent(area.district(), d -> districts.size()) % FILLS.length];
            svg.append("<path fill=\"").append(fill).append("\" d=\"");
            for (var ring : area.rings()) outline(ring, svg);
            svg.append("\"/>");
        }
        svg.append("</g>");
        if (!landmarks.isEmpty()) {
            svg.append("<g fill=\"#505a5f\">");
            for (var landmark : landmarks)
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"1.6\"/>", view.x(landmark.longitude()),
                        view.y(landmark.latitude())));
            svg.append("</g>");
        }
        labels(areas, svg);
        if (markLatitude != null && markLongitude != null) {
            var x = view.x(markLongitude);
            var y = view.y(markLatitude);
            svg.append(String.format(Locale.ROOT, "<g id=\"mark\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"7\" fill=\"none\" stroke=\"#d4351c\" "
                    + "stroke-width=\"3\"/><circle cx=\"%.1f\" cy=\"%.1f\" r=\"2\" fill=\"#d4351c\"/></g>", x, y, x, y));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * A ring as a path. On a close view, tenths of a pixel; on the whole force's, whole pixels, each step
     * relative to the last and none shorter than two pixels: some thirty thousand points would otherwise
     * weigh a third of a megabyte.
     */
    private void outline(Area.Ring ring, StringBuilder svg) {
        if (view.close()) {
            for (int i = 0; i < ring.points(); i++)
                svg.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f", view.x(ring.lng(i)), view.y(ring.lat(i))));
            svg.append('Z');
            return;
        }
        long lastX = Math.round(view.x(ring.lng(0))), lastY = Math.round(view.y(ring.lat(0)));
        svg.append('M').append(lastX).append(' ').append(lastY);
        for (int i = 1; i < ring.points() - 1; i++) {
            long x = Math.round(view.x(ring.lng(i))), y = Math.round(view.y(ring.lat(i)));
            if (Math.abs(x - lastX) + Math.abs(y - lastY) < 2) continue;
            svg.append('l').append(x - lastX).append(' ').append(y - lastY);
            lastX = x;
            lastY = y;
        }
        svg.append('Z');
    }

    /** District names at the middle of their areas on the whole map; on a close one, each area's name. */
    private void labels(List<Area> areas, StringBuilder svg) {
        Map<String, double[]> middles = new HashMap<>();
        for (var area : areas) {
            var key = view.close() ? area.name() : area.district();
            var sum = middles.computeIfAbsent(key, k -> new double[3]);
            sum[0] += (area.bounds().west() + area.bounds().east()) / 2;
            sum[1] += (area.bounds().south() + area.bounds().north()) / 2;
            sum[2]++;
        }
        var placed = new ArrayList<double[]>();
        svg.append("<g font-size=\"").append(view.close() ? "12" : "11").append("\" fill=\"#0b0c0c\" text-anchor=\"middle\" "
                + "stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">");
        middles.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            var x = view.x(entry.getValue()[0] / entry.getValue()[2]);
            var y = view.y(entry.getValue()[1] / entry.getValue()[2]);
            if (x < 30 || x > MapView.WIDTH - 30 || y < 10 || y > view.height() - 5) return;
            for (var other : placed) if (Math.abs(other[0] - x) < 70 && Math.abs(other[1] - y) < 14) return; // no label over another
            placed.add(new double[] {x, y});
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">", x, y)).append(HtmlUtils.htmlEscape(entry.getKey()))
                    .append("</text>");
        });
        svg.append("</g>");
    }
}
