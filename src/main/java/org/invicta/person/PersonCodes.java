package org.invicta.person;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.invicta.shared.InvalidField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The code lists a person's details are checked against and pages offer (gender, ethnicity, warnings...). */
@Component
public class PersonCodes {

    public record Code(String code, String label) {
    }

    private final JdbcClient jdbc;
    private volatile Map<String, List<Code>> lists;

    PersonCodes(javax.sql.DataSource dataSource) {
        jdbc = JdbcClient.create(dataSource);
    }

    public List<Code> list(String name) {
        return loaded().getOrDefault(name, List.of());
    }

    // Read on first use, after the migrations have run, not while the application context starts.
    private Map<String, List<Code>> loaded() {
        var current = lists;
        if (current == null) {
            current = jdbc.sql("SELECT list, code, label FROM person_code ORDER BY list, position")
                    .query((rs, n) -> Map.entry(rs.getString("list"), new Code(rs.getString("code"), rs.getString("label"))))
                    .list().stream()
                    .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
            lists = current;
        }
        return current;
    }

    public String label(String list, String code) {
        return list(list).stream().filter(c -> c.code().equals(code)).map(Code::label).findFirst().orElse(code);
    }

    /** An empty value means not recorded; any other must be on the list. */
    void require(String list, String value, String field, String rule) {
        if (value.isEmpty()) return;
        if (list(list).stream().noneMatch(c -> c.code().equals(value)))
            throw new InvalidField(field, rule + " (" + value + " is not on the " + list + " list)");
    }
}
