package org.invicta.crime;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.invicta.crime.publicdata.PoliceUkFiles;
import org.invicta.crime.publicdata.PoliceUkImport;
import org.invicta.platform.tenancy.ForceContext;
import org.invicta.shared.ForceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo a real force's volumes: Kent Police's published 2022 crimes, imported into the demo
 * Kent once, in the background after start-up so the service is up at once. Never in production.
 */
@Component
@ConditionalOnProperty(name = "invicta.demo-data", havingValue = "true")
class DemoCrimes {

    private static final Logger log = LoggerFactory.getLogger(DemoCrimes.class);
    private static final ForceId KENT = ForceId.of("kent");

    private final PoliceUkImport importing;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Path files;

    DemoCrimes(PoliceUkImport importing, DataSource dataSource, PlatformTransactionManager transactions,
               @Value("${invicta.demo.police-uk-files:../shared/data/police-uk/kent-2022}") String files) {
        this.importing = importing;
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(transactions);
        this.files = Path.of(files); // a plain path: Spring would read a Path as a web resource
    }

    @EventListener(ApplicationReadyEvent.class)
    void importOnce() {
        if (!Files.isDirectory(files)) {
            log.info("No police.uk files at {}: the demo has no published crimes (set invicta.demo.police-uk-files)", files.toAbsolutePath());
            return;
        }
        var held = ForceContext.actingFor(KENT, () -> transactions.execute(status ->
                jdbc.sql("SELECT count(*) FROM crime_import").query(Integer.class).single()));
        if (held != null && held > 0) return;
        var worker = new Thread(this::importKent, "demo-police-uk-import");
        worker.setDaemon(true);
        worker.start();
    }

    private void importKent() {
        try {
            var found = PoliceUkFiles.in(files);
            log.info("Importing Kent's published crimes for the demo from {} ({} files)", files.toAbsolutePath(), found.size());
            var read = importing.read(found, rows -> { });
            var report = importing.importInto(KENT, read, found.size(),
                    rows -> log.info("Demo import: {} of {} rows copied", rows, read.crimes().size()));
            report.lines().stream().limit(1).forEach(line -> log.info("Demo import of Kent 2022: {}", line));
        } catch (Exception e) {
            log.warn("The demo import of police.uk files failed: {}", e.getMessage());
        }
    }
}
