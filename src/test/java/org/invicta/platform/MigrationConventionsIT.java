package org.invicta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.invicta.InvictaIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schema as the migrations left it keeps the house rules: force-owned tables lead every key with
 * force_id (what Citus shards by) and are isolated by row-level security; nothing Citus or YugabyteDB
 * refuses (exclusion constraints, GiST indexes, deferrable constraints, stored generated columns).
 */
@InvictaIT
class MigrationConventionsIT {

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    private JdbcClient catalog() {
        return JdbcClient.create(owner);
    }

    @Test
    void everyForceOwnedTableLeadsItsPrimaryKeyWithForceIdAndHasRowLevelSecurity() {
        var violations = catalog().sql("""
                SELECT c.relname || CASE WHEN NOT c.relrowsecurity THEN ' has no row-level security'
                                         WHEN NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid) THEN ' has no policy'
                                         ELSE ' does not lead its primary key with force_id' END
                  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'public' AND c.relkind = 'r'
                   AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'force_id')
                   AND c.relname NOT IN ('force', 'sign_in_name')
                   AND (NOT c.relrowsecurity
                        OR NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid)
                        OR NOT EXISTS (SELECT 1 FROM pg_constraint k JOIN pg_attribute a
                                         ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
                                        WHERE k.conrelid = c.oid AND k.contype = 'p' AND a.attname = 'force_id'))
                """).query(String.class).list();
        assertThat(violations).isEmpty();
    }

    @Test
    void uniqueAndForeignKeysOfForceOwnedTablesLeadWithForceId() {
        var violations = catalog().sql("""
                SELECT c.relname || '.' || k.conname
                  FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
                  JOIN pg_namespace n ON n.oid = c.relnamespace
                  JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
                 WHERE n.nspname = 'public' AND k.contype IN ('u', 'f')
                   AND EXISTS (SELECT 1 FROM pg_attribute f WHERE f.attrelid = c.oid AND f.attname = 'force_id')
                   AND c.relname NOT IN ('force', 'sign_in_name')
                   AND a.attname <> 'force_id'
                   AND NOT (k.contype = 'f' AND k.confrelid IN ('force'::regclass, 'role'::regclass, 'privilege'::regclass))
                """).query(String.class).list();
        assertThat(violations).isEmpty();
    }

    @Test
    void noFeatureThatADistributedPostgreSqlRefuses() {
        assertThat(catalog().sql("SELECT conname FROM pg_constraint WHERE contype = 'x' OR condeferrable")
                .query(String.class).list()).as("exclusion or deferrable constraints").isEmpty();
        assertThat(catalog().sql("""
                SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                  JOIN pg_am am ON am.oid = i.relam JOIN pg_namespace n ON n.oid = i.relnamespace
                 WHERE n.nspname = 'public' AND am.amname IN ('gist', 'spgist')
                """).query(String.class).list()).as("GiST indexes").isEmpty();
        assertThat(catalog().sql("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                 WHERE table_schema = 'public' AND is_generated = 'ALWAYS'
                """).query(String.class).list()).as("stored generated columns").isEmpty();
    }
}
