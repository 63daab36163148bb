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

    public boolean exists(ForceId force) {
        return names.containsKey(force) || !of(force).equals(force.value());
    }

    public String of(ForceId force) {
        var known = names.get(force);
        if (known != null) return known;
        var name = jdbc.sql("SELECT name FROM force WHERE force_id = :id").param("id", force.value())
                .query(String.class).optional();
        name.ifPresent(found -> names.put(force, found)); // a force not there yet is asked again next time
        return name.orElse(force.value());
    }
}
