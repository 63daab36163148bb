package org.invicta.map.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.invicta.map.Area;
import org.invicta.shared.ForceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The force's areas; rows are the force's own under row-level security. */
@Repository
public class Areas {

    private final JdbcClient jdbc;

    Areas(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Replaces the force's areas with these, so a new edition of the boundaries leaves none of the old. */
    public void replace(ForceId force, List<Area> areas) {
        jdbc.sql("DELETE FROM map_area").update();
        for (var area : areas)
            jdbc.sql("""
                    INSERT INTO map_area (force_id, area_code, area_name, district, outline, west, south, east, north)
                    VALUES (:force, :code, :name, :district, :outline, :west, :south, :east, :north)
                    """).param("force", force.value()).param("code", area.code()).param("name", area.name())
                    .param("district", area.district()).param("outline", outline(area.rings()))
                    .param("west", area.bounds().west()).param("south", area.bounds().south())
                    .param("east", area.bounds().east()).param("north", area.bounds().north()).update();
    }

    public List<Area> meeting(Area.Bounds bounds) {
        return jdbc.sql("""
                SELECT area_code, area_name, district, outline, west, south, east, north FROM map_area
                 WHERE west <= :east AND east >= :west AND south <= :north AND north >= :south ORDER BY area_code
                """).param("west", bounds.west()).param("south", bounds.south()).param("east", bounds.east())
                .param("north", bounds.north())
                .query((rs, row) -> new Area(rs.getString("area_code"), rs.getString("area_name"), rs.getString("district"),
                        rings(rs.getString("outline")), new Area.Bounds(rs.getDouble("west"), rs.getDouble("south"),
                        rs.getDouble("east"), rs.getDouble("north")))).list();
    }

    public Optional<Area.Bounds> extent() {
        return jdbc.sql("SELECT min(west), min(south), max(east), max(north), count(*) FROM map_area")
                .query((rs, row) -> rs.getLong(5) == 0 ? Optional.<Area.Bounds>empty()
                        : Optional.of(new Area.Bounds(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4))))
                .single();
    }

    private static String outline(List<Area.Ring> rings) {
        var text = new StringBuilder();
        for (var ring : rings) {
            if (!text.isEmpty()) text.append(';');
            var points = ring.lngLat();
            for (int i = 0; i < points.length; i++) {
                if (i > 0) text.append(' ');
                text.append(String.format(Locale.ROOT, "%.5f", points[i]));
            }
        }
        return text.toString();
    }

    private static List<Area.Ring> rings(String outline) {
        var rings = new ArrayList<Area.Ring>();
        for (var ring : outline.split(";")) {
            var numbers = ring.split(" ");
            var points = new double[numbers.length];
            for (int i = 0; i < numbers.length; i++) points[i] = Double.parseDouble(numbers[i]);
            rings.add(new Area.Ring(points));
        }
        return rings;
    }
}
