package org.invicta.crime.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.invicta.crime.recording.Classification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The Home Office classifications of the latest counting-rules year held: reference data, read once. */
@Repository
public class Classifications {

    private final JdbcClient jdbc;
    private volatile List<Classification> current;
    private volatile java.util.Map<String, String> categoryNames;

    Classifications(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The current year's classifications, most serious first. */
    public List<Classification> current() {
        var known = current;
        if (known != null) return known;
        known = jdbc.sql("""
                SELECT * FROM crime_classification
                 WHERE rules_year = (SELECT max(rules_year) FROM crime_classification)
                 ORDER BY violent DESC, rank, title
                """).query(Classifications::classification).list();
        current = known;
        return known;
    }

    public java.util.Set<String> categoryCodes() {
        return java.util.Set.copyOf(jdbc.sql("SELECT category_code FROM crime_category").query(String.class).list());
    }

    /** The police.uk name of a category code: "Violence and sexual offences" for violent-crime. */
    public String categoryName(String categoryCode) {
        var names = categoryNames;
        if (names == null) {
            var loaded = new java.util.HashMap<String, String>();
            jdbc.sql("SELECT category_code, name FROM crime_category").query((rs, row) -> loaded.put(rs.getString(1), rs.getString(2))).list();
            names = categoryNames = java.util.Map.copyOf(loaded);
        }
        return names.getOrDefault(categoryCode, categoryCode);
    }

    /** By code as officers write it: "46/0", or "46" for the class's first subclass. */
    public Optional<Classification> byCode(String code) {
        var wanted = code.trim().toUpperCase(java.util.Locale.ROOT);
        var exact = current().stream().filter(c -> c.code().equalsIgnoreCase(wanted)).findFirst();
        if (exact.isPresent()) return exact;
        return current().stream().filter(c -> c.classCode().equalsIgnoreCase(wanted)).findFirst();
    }

    public Optional<Classification> of(String rulesYear, String classCode, String subclassCode) {
        return current().stream().filter(c -> c.rulesYear().equals(rulesYear) && c.classCode().equals(classCode)
                && c.subclassCode().equals(subclassCode)).findFirst()
                .or(() -> jdbc.sql("SELECT * FROM crime_classification WHERE rules_year = :y AND class_code = :c AND subclass_code = :s")
                        .param("y", rulesYear).param("c", classCode).param("s", subclassCode)
                        .query(Classifications::classification).optional());
    }

    private static Classification classification(ResultSet rs, int row) throws SQLException {
        return new Classification(rs.getString("rules_year"), rs.getString("class_code"), rs.getString("subclass_code"),
                rs.getString("title"), rs.getString("category_code"), rs.getString("victim").equals("PERSON"),
                rs.getBoolean("violent"), rs.getInt("rank"));
    }
}
