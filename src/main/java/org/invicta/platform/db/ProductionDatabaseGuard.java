package org.invicta.platform.db;

import java.util.Arrays;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** The production profile never runs on the embedded database: it needs an external PostgreSQL. */
public class ProductionDatabaseGuard implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        if (!Arrays.asList(environment.getActiveProfiles()).contains("production")) return;
        if (environment.getProperty("invicta.database.embedded", Boolean.class, false))
            throw new IllegalStateException(
                    "the production profile refuses the embedded database: set invicta.database.embedded=false");
        if (environment.getProperty("spring.datasource.url", "").isBlank())
            throw new IllegalStateException("the production profile needs an external PostgreSQL: "
                    + "set spring.datasource.url, spring.datasource.username and spring.datasource.password");
    }
}
