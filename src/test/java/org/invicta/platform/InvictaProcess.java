package org.invicta.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Invicta started as a user starts it, from the built jar in a process of its own. */
final class InvictaProcess {

    private final Process process;
    private final int port;
    private final Path log;

    private InvictaProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static Path jar() {
        return Path.of(System.getProperty("invicta.test.jar", "target/invicta.jar"));
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static InvictaProcess start(Path dataDir, String... extra) throws IOException, InterruptedException {
        var arguments = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        arguments.addAll(List.of(extra));
        return startWith(arguments.toArray(String[]::new));
    }

    /** {@code invicta run} on a free port with these arguments, once it says it is healthy. */
    static InvictaProcess startWith(String... arguments) throws IOException, InterruptedException {
        var port = freePort();
        var log = Files.createTempFile("invicta-process", ".log");
        var command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-jar", jar().toString(), "run",
                "--port", String.valueOf(port)));
        command.addAll(List.of(arguments));
        var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var started = new InvictaProcess(process, port, log);
        started.awaitHealthy(Duration.ofSeconds(120));
        return started;
    }

    static CommandResult command(String... arguments) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-jar", jar().toString()));
        command.addAll(List.of(arguments));
        var output = Files.createTempFile("invicta-command", ".log");
        var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("command did not finish: " + command);
        }
        return new CommandResult(process.exitValue(), Files.readString(output));
    }

    record CommandResult(int exitCode, String output) {
    }

    int port() {
        return port;
    }

    /** kill -9: no shutdown hook runs, nothing is flushed or closed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly();
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    private void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        var client = HttpClient.newHttpClient();
        var deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) throw new IllegalStateException("Invicta exited while starting:\n" + log());
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Invicta was not healthy within " + timeout + ":\n" + log());
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
