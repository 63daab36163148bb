package org.invicta.crime.publicdata;

import java.util.List;
import javax.sql.DataSource;
import org.invicta.crime.recording.Classification;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Loads a counting-rules year's Home Office classifications: national reference data shared by every
 * force, so an operator's command writes it as the schema owner, never a force's user. One statement,
 * so a load is whole or not at all; a classification already held is updated, none is deleted (crimes
 * keep the classification they were recorded under). Running servers read the new year after a restart.
 */
@Service
public class ClassificationLoader {

    private final JdbcClient owner;

    ClassificationLoader(@Qualifier("ownerDataSource") DataSource owner) {
        this.owner = JdbcClient.create(owner);
    }

    public int load(List<Classification> classifications) {
        return owner.sql("""
                INSERT INTO crime_classification (rules_year, class_code, subclass_code, title, category_code, victim, violent, rank)
                SELECT * FROM unnest(CAST(:years AS text[]), CAST(:classes AS text[]), CAST(:subclasses AS text[]), CAST(:titles AS text[]),
                                     CAST(:categories AS text[]), CAST(:victims AS text[]), CAST(:violent AS boolean[]), CAST(:ranks AS int[]))
                ON CONFLICT (rules_year, class_code, subclass_code) DO UPDATE
                   SET title = excluded.title, category_code = excluded.category_code, victim = excluded.victim,
                       violent = excluded.violent, rank = excluded.rank
                """).param("years", classifications.stream().map(Classification::rulesYear).toArray(String[]::new))
                .param("classes", classifications.stream().map(Classification::classCode).toArray(String[]::new))
                .param("subclasses", classifications.stream().map(Classification::subclassCode).toArray(String[]::new))
                .param("titles", classifications.stream().map(Classification::title).toArray(String[]::new))
                .param("categories", classifications.stream().map(Classification::categoryCode).toArray(String[]::new))
                .param("victims", classifications.stream().map(c -> c.personalVictim() ? "PERSON" : "SOCIETY").toArray(String[]::new))
                .param("violent", classifications.stream().map(Classification::violent).toArray(Boolean[]::new))
                .param("ranks", classifications.stream().map(Classification::rank).toArray(Integer[]::new))
                .update();
    }

    public java.util.Set<String> categoryCodes() {
        return java.util.Set.copyOf(owner.sql("SELECT category_code FROM crime_category").query(String.class).list());
    }
}
