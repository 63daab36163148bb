package org.invicta.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * The embedded PostgreSQL 17 of a laptop, a demo or a test. Migrations run as the superuser that owns
 * the schema; the application itself connects as the non-superuser role {@code invicta_app}, so
 * row-level security applies to it exactly as in production.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!production")
@ConditionalOnProperty(name = "invicta.database.embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "invicta";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${invicta.database.data-dir:}") String dataDir) throws IOException {
        var builder = EmbeddedPostgres.builder()
                // Spring stops it, after the beans that still need it; a hook of its own would race them.
                .setRegisterShutdownHook(false)
                // zonky waits 10 s for the server; a first start on a busy 2-core machine (initdb) can take longer.
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "128MB")
                // zonky turns synchronous_commit off for speed: a commit acknowledged to a user must be on disk.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on");
        if (dataDir.isBlank()) {
            builder.setCleanDataDirectory(true); // a throwaway database: tests
        } else {
            var directory = Path.of(dataDir).toAbsolutePath();
            Files.createDirectories(directory.getParent());
            OrphanedServer.stopIfRunning(directory);
            // zonky's "clean" means delete on close: keep the data across restarts.
            builder.setDataDirectory(directory).setCleanDataDirectory(false);
        }
        var postgres = builder.start();
        ApplicationRole.prepare(postgres.getPostgresDatabase(), DATABASE);
        return postgres;
    }

    @Bean
    @FlywayDataSource
    DataSource ownerDataSource(EmbeddedPostgres postgres) {
        return postgres.getDatabase("postgres", DATABASE);
    }

    @Bean
    @Primary
    HikariDataSource dataSource(EmbeddedPostgres postgres) throws SQLException {
        var pool = new HikariDataSource();
        pool.setPoolName("invicta");
        pool.setJdbcUrl(postgres.getJdbcUrl(ApplicationRole.NAME, DATABASE));
        pool.setUsername(ApplicationRole.NAME);
        pool.setMaximumPoolSize(10);
        return pool;
    }
}
