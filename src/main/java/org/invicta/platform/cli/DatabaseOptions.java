package org.invicta.platform.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The database options every command that uses the database takes. */
public class DatabaseOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the embedded PostgreSQL keeps its data (default: ./.invicta/data). "
                    + "Ignored when spring.datasource.url names an external database.")
    private Path dataDirectory;

    public Optional<Path> dataDirectory() {
        return Optional.ofNullable(dataDirectory);
    }
}
