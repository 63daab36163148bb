package org.invicta.crime.persistence;

import javax.sql.DataSource;
import org.invicta.shared.ForceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Incident and crime numbers run per force and year, with no gaps an auditor would ask about: the
 * counter row is locked by the transaction that takes a number and released when it commits.
 */
@Repository
public class RecordNumbers {

    private final JdbcClient jdbc;

    RecordNumbers(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public int next(ForceId force, String series, int year) {
        return jdbc.sql("""
                INSERT INTO record_number (force_id, series, year, last) VALUES (:force, :series, :year, 1)
                ON CONFLICT (force_id, series, year) DO UPDATE SET last = record_number.last + 1
                RETURNING last
                """).param("force", force.value()).param("series", series).param("year", year).query(Integer.class).single();
    }
}
