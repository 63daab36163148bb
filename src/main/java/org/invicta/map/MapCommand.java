package org.invicta.map;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.invicta.platform.cli.DatabaseOptions;
import org.invicta.platform.cli.InvictaRuntime;
import org.invicta.platform.web.ForceNames;
import org.invicta.shared.ForceId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/** {@code ./invicta map load-areas FILE --force F}: the force's map, from the ONS boundaries of its areas. */
@Command(name = "map", mixinStandardHelpOptions = true, description = "The force's map.", subcommands = MapCommand.LoadAreas.class)
public class MapCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "load-areas", mixinStandardHelpOptions = true,
            description = {"Loads the areas a force covers from a GeoJSON FeatureCollection of LSOA boundaries (ONS, WGS84),",
                    "replacing any loaded before. Officers then choose places by clicking the map.",
                    "Exit status: 0 loaded, 1 refused (naming the feature), 2 could not load."})
    static class LoadAreas implements Callable<Integer> {

        @Mixin
        private DatabaseOptions database;

        @Parameters(index = "0", paramLabel = "FILE", description = "The GeoJSON file of the force's LSOAs")
        private Path file;

        @Option(names = "--force", required = true, paramLabel = "FORCE", description = "The force whose map it is, e.g. kent")
        private String force;

        @Unmatched
        private List<String> springArguments = new ArrayList<>();

        @Override
        public Integer call() {
            List<Area> areas;
            try {
                areas = AreaFile.read(file);
            } catch (AreaFile.Malformed e) {
                System.err.println("cannot load " + file.getFileName() + ": " + e.getMessage());
                return 1;
            } catch (IOException e) {
                System.err.println("cannot read " + file + ": " + e.getMessage());
                return 1;
            }
            try (var context = InvictaRuntime.startBatch(database, springArguments)) {
                var forceId = ForceId.of(force);
                if (!context.getBean(ForceNames.class).exists(forceId)) {
                    System.err.println("cannot load: there is no force '" + force + "'");
                    return 1;
                }
                var loaded = context.getBean(AreaMap.class).load(forceId, areas);
                System.out.printf("loaded %,d areas in %,d districts for %s%n", loaded,
                        areas.stream().map(Area::district).distinct().count(), force);
                return 0;
            } catch (RuntimeException e) {
                System.err.println("could not load the areas: " + InvictaRuntime.reasonOf(e));
                return 2;
            }
        }
    }
}
