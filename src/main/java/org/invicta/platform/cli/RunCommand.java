package org.invicta.platform.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Starts Invicta's web server, by default on the embedded PostgreSQL with demo data.",
                "Any --spring.* or --logging.* option is passed to the application, "
                        + "e.g. --spring.profiles.active=production or --logging.structured.format.console=ecs."})
public class RunCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE})")
    private int port;

    @Option(names = "--no-demo-data", description = "Do not load the demo forces' users and organisation")
    private boolean noDemoData;

    @Mixin
    private DatabaseOptions database;

    @Unmatched
    private List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        var arguments = new ArrayList<>(springArguments);
        arguments.add("--server.port=" + port);
        if (noDemoData) arguments.add("--invicta.demo-data=false");
        var context = InvictaRuntime.startServer(database, arguments);
        var closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) closed.countDown();
        });
        System.out.println("Invicta is ready on http://localhost:" + port + "  (Ctrl+C stops it)");
        closed.await();
        return 0;
    }
}
