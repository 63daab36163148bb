package org.invicta.crime.publicdata;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.invicta.audit.AuditDetails;
import org.invicta.audit.AuditTrail;
import org.invicta.audit.Operation;
import org.invicta.crime.CrimeWords;
import org.invicta.platform.db.CopyText;
import org.invicta.platform.tenancy.ForceContext;
import org.invicta.shared.ForceId;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports police.uk street-level files into a force's crimes, in one transaction: the rows are copied
 * into a staging table and added where their key is not yet held, so a second run over the same files
 * adds nothing, and a run that fails adds nothing either. The run and its report are kept.
 */
@Service
public class PoliceUkImport {

    private static final int BATCH = 20_000;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final JsonMapper json;

    PoliceUkImport(DataSource dataSource, PlatformTransactionManager transactions, AuditTrail audit, JsonMapper json, Clock clock) {
        this.json = json;
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(transactions);
        this.audit = audit;
        this.clock = clock;
    }

    /** The files' rows, read and mapped, without importing them: to size a progress bar, or to check files. */
    public PoliceUkFiles.Read read(List<Path> files, IntConsumer rowsRead) throws IOException {
        return files().read(files, rowsRead);
    }

    /** Imports what {@link #read} found into the force; {@code rowsWritten} hears of progress. */
    public ImportReport importInto(ForceId force, PoliceUkFiles.Read read, int files, IntConsumer rowsWritten) {
        var started = clock.instant();
        return ForceContext.actingFor(force, () -> transactions.execute(status -> {
            var added = write(force, read.crimes(), rowsWritten);
            read.report().added(added);
            var importId = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO crime_import (force_id, import_id, started_at, finished_at, files, rows_read, added, report)
                    VALUES (:force, :id, :started, :finished, :files, :rows, :added, CAST(:report AS jsonb))
                    """).param("force", force.value()).param("id", importId).param("started", Timestamp.from(started))
                    .param("finished", Timestamp.from(clock.instant())).param("files", files)
                    .param("rows", read.report().rowsRead()).param("added", added)
                    .param("report", json.writeValueAsString(Map.of("lines", read.report().lines()))).update();
            audit.record(Operation.COLLECT, "crime_import", importId,
                    AuditDetails.purpose("police.uk import: " + added + " published crimes added"));
            return read.report();
        }));
    }

    private int write(ForceId force, List<PublishedCrime> crimes, IntConsumer rowsWritten) {
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            jdbc.sql("""
                    CREATE TEMPORARY TABLE published_crime_staging (
                        import_key TEXT, crime_number TEXT, published_id TEXT, month DATE, longitude NUMERIC(9, 6),
                        latitude NUMERIC(9, 6), location_text TEXT, lsoa_code TEXT, lsoa_name TEXT, category_code TEXT, outcome_code TEXT,
                        search_words TEXT[]
                    ) ON COMMIT DROP
                    """).update();
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            var rows = new StringBuilder(BATCH * 260);
            for (int from = 0; from < crimes.size(); from += BATCH) {
                rows.setLength(0);
                for (var crime : crimes.subList(from, Math.min(crimes.size(), from + BATCH))) {
                    var number = crimeNumber(crime.importKey());
                    append(rows, number, crime, CrimeWords.of(number, crime.location(), crime.lsoaName(), crime.categoryName()));
                }
                copy.copyIn("COPY published_crime_staging FROM STDIN (FORMAT text)", new StringReader(rows.toString()));
                rowsWritten.accept(Math.min(crimes.size(), from + BATCH));
            }
            return jdbc.sql("""
                    INSERT INTO crime (force_id, crime_id, crime_number, source, import_key, published_id, category_code, month,
                                       recorded_at, status, location_text, latitude, longitude, lsoa_code, lsoa_name,
                                       outcome_code, search_words, version, updated_at)
                    SELECT :force, gen_random_uuid(), crime_number, 'POLICE_UK', import_key, published_id, category_code, month,
                           month, 'RECORDED', location_text, latitude, longitude, lsoa_code, lsoa_name, outcome_code, search_words, 1, :now
                      FROM published_crime_staging
                    ON CONFLICT (force_id, import_key) DO NOTHING
                    """).param("force", force.value()).param("now", Timestamp.from(clock.instant())).update();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not copy the published crimes into the database: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** A published crime's number: "P-" and twelve hex digits of its key, the same on every import. */
    private static String crimeNumber(String importKey) {
        try {
            var digest = java.security.MessageDigest.getInstance("MD5").digest(importKey.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "P-" + java.util.HexFormat.of().withUpperCase().formatHex(digest, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void append(StringBuilder text, String number, PublishedCrime crime, java.util.Set<String> words) {
        field(text, crime.importKey()).append('\t');
        field(text, number).append('\t');
        field(text, crime.publishedId()).append('\t');
        text.append(crime.month().atDay(1)).append('\t');
        CopyText.value(text, crime.longitude()).append('\t');
        CopyText.value(text, crime.latitude()).append('\t');
        field(text, crime.location()).append('\t');
        field(text, crime.lsoaCode()).append('\t');
        field(text, crime.lsoaName()).append('\t');
        field(text, crime.categoryCode()).append('\t');
        CopyText.value(text, crime.outcomeCode());
        // An array literal: words are letters, digits, '/' and '-' only, which need no quoting.
        text.append('\t').append('{').append(String.join(",", words)).append('}');
        text.append('\n');
    }

    private static StringBuilder field(StringBuilder text, String value) {
        return CopyText.value(text, value);
    }

    private PoliceUkFiles files() {
        var categories = new HashMap<String, String>();
        var spellings = new HashMap<String, String>();
        var names = new HashMap<String, String>();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("SELECT name, category_code FROM crime_category").query((rs, row) -> categories.put(rs.getString(1), rs.getString(2))).list();
            jdbc.sql("SELECT spelling, outcome_code FROM crime_outcome_spelling").query((rs, row) -> spellings.put(rs.getString(1), rs.getString(2))).list();
            jdbc.sql("SELECT outcome_code, name FROM crime_outcome_category").query((rs, row) -> names.put(rs.getString(1), rs.getString(2))).list();
        });
        return new PoliceUkFiles(categories, spellings, names);
    }
}
