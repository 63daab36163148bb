package org.invicta.platform.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.invicta.shared.ForceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Forces' names for the page header: reference data, read once per force and kept. */
@Component
public class ForceNames {

    private final JdbcClient jdbc;
    private final Map<ForceId, String> names = new ConcurrentHashMap<>();

    ForceNames(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public String of(ForceId force) {
        return names.computeIfAbsent(force, id -> jdbc.sql("SELECT name FROM force WHERE force_id = :id")
                .param("id", id.value()).query(String.class).optional().orElse(id.value()));
    }
}
