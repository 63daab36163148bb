package org.invicta.platform.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.invicta.platform.db.ProductionDatabaseGuard;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the part of Invicta a command needs: the whole web server for {@code run}, the application
 * without a web server for batch work on the database.
 */
public final class InvictaRuntime {

    private static Class<?> application = Object.class;

    private InvictaRuntime() {
    }

    /** Called once by the entry point, naming the Spring Boot application class. */
    public static void use(Class<?> applicationClass) {
        application = Objects.requireNonNull(applicationClass);
    }

    public static ConfigurableApplicationContext startServer(DatabaseOptions database, List<String> springArguments) {
        return start(WebApplicationType.SERVLET, database, springArguments);
    }

    public static ConfigurableApplicationContext startBatch(DatabaseOptions database, List<String> springArguments) {
        var arguments = new ArrayList<>(springArguments);
        arguments.add("--invicta.demo-data=false");
        arguments.add("--spring.main.banner-mode=off");
        arguments.add("--logging.level.root=ERROR");
        // A batch command says in one line why it could not start (see reasonOf), not in a stack trace.
        arguments.add("--logging.level.org.springframework.boot.SpringApplication=OFF");
        return start(WebApplicationType.NONE, database, arguments);
    }

    /** The innermost cause's message: what a person at a terminal needs to read. */
    public static String reasonOf(Throwable failure) {
        var cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static ConfigurableApplicationContext start(WebApplicationType type, DatabaseOptions database,
                                                        List<String> springArguments) {
        var arguments = new ArrayList<String>(springArguments);
        database.dataDirectory().ifPresent(dir -> arguments.add("--invicta.database.data-dir=" + dir.toAbsolutePath()));
        return new SpringApplicationBuilder(application)
                .web(type)
                .initializers(new ProductionDatabaseGuard())
                .run(arguments.toArray(String[]::new));
    }
}
