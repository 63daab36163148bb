package org.invicta.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the ONS boundary files, finding the area a point is in, and turning clicks into degrees. */
class AreaFileTests {

    private static final Path TESTSHIRE = Path.of("src/test/resources/map/testshire.geojson");

    @Test
    void eachAreaIsReadWithItsDistrictAndAPointIsInTheAreaThatHoldsItButNotInAHole() throws Exception {
        var areas = AreaFile.read(TESTSHIRE);

        assertThat(areas).extracting(Area::name).containsExactly("Testville 001A", "Testville 001C", "Testville 001B",
                "Testville 001D", "Otherton 002A");
        assertThat(areas).extracting(Area::district).containsOnly("Testville", "Otherton");
        var southWest = areas.get(0);
        assertThat(southWest.contains(51.265, 0.51)).isTrue();
        assertThat(southWest.contains(51.275, 0.51)).as("the area to its north").isFalse();
        var otherton = areas.get(4);
        assertThat(otherton.contains(51.262, 0.565)).as("the first part").isTrue();
        assertThat(otherton.contains(51.27, 0.575)).as("in the hole").isFalse();
        assertThat(otherton.contains(51.265, 0.615)).as("the second part").isTrue();
    }

    @Test
    void aFileThatIsNotAreasIsRefusedNamingTheFeature(@TempDir Path directory) throws Exception {
        var points = directory.resolve("points.geojson");
        Files.writeString(points, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"LSOA21CD": "E01000001", "LSOA21NM": "City of London 001A"},
                   "geometry": {"type": "Point", "coordinates": [-0.09, 51.51]}}]}""");
        var unnamed = directory.resolve("unnamed.geojson");
        Files.writeString(unnamed, """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                   "geometry": {"type": "Polygon", "coordinates": [[[0, 51], [1, 51], [1, 52], [0, 51]]]}}]}""");

        assertThatThrownBy(() -> AreaFile.read(points)).hasMessageContaining("feature 1 (E01000001) is a Point");
        assertThatThrownBy(() -> AreaFile.read(unnamed)).hasMessageContaining("feature 1 has no area code and name");
    }

    @Test
    void aClickOnTheMapIsThePointUnderItAndTheCloserViewIsCentredOnIt() {
        var view = MapView.of(new Area.Bounds(0.5, 51.26, 0.62, 51.28));
        var lat = 51.271;
        var lng = 0.533;

        assertThat(view.lat(view.y(lat))).isCloseTo(lat, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(view.lng(view.x(lng))).isCloseTo(lng, org.assertj.core.data.Offset.offset(1e-9));
        var closer = view.closerAround(lat, lng);
        assertThat((closer.west() + closer.east()) / 2).isCloseTo(lng, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(closer.east() - closer.west()).isLessThan(view.east() - view.west());
        assertThat(MapView.parse(closer.toString(), "view").toString()).isEqualTo(closer.toString());
        assertThatThrownBy(() -> MapView.parse("1,2,3", "mapView")).hasMessageContaining("west,south,east,north");
        assertThat(Area.districtOf("Tunbridge Wells 003B")).isEqualTo("Tunbridge Wells");
    }
}
