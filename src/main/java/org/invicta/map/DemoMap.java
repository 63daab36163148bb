package org.invicta.map;

import java.nio.file.Files;
import java.nio.file.Path;
import org.invicta.shared.ForceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Gives the demo Kent a map: the ONS boundaries of Kent and Medway's LSOAs, loaded once. Never in production. */
@Component
@ConditionalOnProperty(name = "invicta.demo-data", havingValue = "true")
class DemoMap {

    private static final Logger log = LoggerFactory.getLogger(DemoMap.class);
    private static final ForceId KENT = ForceId.of("kent");

    private final AreaMap map;
    private final Path file;

    DemoMap(AreaMap map, @Value("${invicta.demo.map-areas:../shared/data/geography/kent-lsoa2021-boundaries.geojson}") String file) {
        this.map = map;
        this.file = Path.of(file);
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnce() {
        if (!Files.isRegularFile(file)) {
            log.info("No boundaries at {}: the demo has no map (set invicta.demo.map-areas)", file.toAbsolutePath());
            return;
        }
        if (map.held(KENT)) return;
        try {
            log.info("Loaded {} areas for the demo Kent's map from {}", map.load(KENT, AreaFile.read(file)), file.toAbsolutePath());
        } catch (Exception e) {
            log.warn("The demo map could not be loaded from {}: {}", file, e.getMessage());
        }
    }
}
