package org.invicta.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * An external PostgreSQL: the application serves through {@code spring.datasource.*} (the
 * non-superuser application role) and migrates, and verifies the audit chain, as the schema owner
 * given by {@code spring.flyway.user} and {@code spring.flyway.password}. Both pools are declared here:
 * with a second DataSource bean Boot would not create the first.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "invicta.database.embedded", havingValue = "false")
class ExternalDatabaseConfiguration {

    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties) {
        var pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        pool.setPoolName("invicta");
        return pool;
    }

    @Bean
    @FlywayDataSource
    DataSource ownerDataSource(@Value("${spring.flyway.url:${spring.datasource.url}}") String url,
                               @Value("${spring.flyway.user}") String user,
                               @Value("${spring.flyway.password:}") String password) {
        return DataSourceBuilder.create().url(url).username(user).password(password).build();
    }
}
