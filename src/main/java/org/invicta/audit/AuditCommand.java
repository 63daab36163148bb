package org.invicta.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.invicta.platform.cli.DatabaseOptions;
import org.invicta.platform.cli.InvictaRuntime;
import org.invicta.platform.cli.TerminalProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code ./invicta audit ...}: batch work on the audit trail. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Work on the DPA 2018 s.62 audit trail.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Checkpoint.class})
public class AuditCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Recomputes every force's hash chain and names the first row that is broken.",
                    "Exit status: 0 intact, 1 broken, 2 could not verify."})
    static class Verify implements Callable<Integer> {

        @Mixin
        private DatabaseOptions database;

        @Option(names = "--against", paramLabel = "CHECKPOINTS_CSV",
                description = "Also prove that no chain was cut short or rewritten since these checkpoints were taken")
        private Path checkpointFile;

        @Unmatched
        private List<String> springArguments = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            List<AuditCheckpoints.Checkpoint> checkpoints = List.of();
            try {
                if (checkpointFile != null) checkpoints = AuditCheckpoints.read(checkpointFile);
            } catch (IOException | IllegalArgumentException e) {
                System.err.println("could not read the checkpoints: " + e.getMessage());
                return 2;
            }
            try (var context = InvictaRuntime.startBatch(database, springArguments)) {
                var verification = context.getBean(AuditChainVerification.class);
                var progress = TerminalProgress.start("verifying audit chain", verification.rowCount());
                var result = verification.verify(progress::at);
                progress.done();
                if (result.intact() && !checkpoints.isEmpty()) {
                    var departure = context.getBean(AuditCheckpoints.class).firstDeparture(checkpoints);
                    if (departure.isPresent())
                        result = new AuditChainVerification.Result(result.rowsChecked(), result.chains(), departure, result.took());
                    else System.out.printf("all %d checkpoints still in their chains%n", checkpoints.size());
                }
                var rate = result.rowsChecked() / Math.max(result.took().toNanos() / 1e9, 1e-9);
                if (result.intact()) {
                    System.out.printf("audit chain intact: %,d rows in %d force chains, %.2f s (%,.0f rows/s)%n",
                            result.rowsChecked(), result.chains(), result.took().toNanos() / 1e9, rate);
                    return 0;
                }
                var broken = result.firstBroken().orElseThrow();
                System.out.printf("audit chain BROKEN at force %s row %d%s: %s (%,d rows checked before it)%n",
                        broken.force(), broken.seq(), broken.eventId().isEmpty() ? "" : " (event " + broken.eventId() + ")",
                        broken.problem(), result.rowsChecked());
                return 1;
            } catch (RuntimeException e) {
                System.err.println("could not verify the audit chain: " + InvictaRuntime.reasonOf(e));
                return 2;
            }
        }
    }

    @Command(name = "checkpoint", mixinStandardHelpOptions = true,
            description = {"Writes every force's chain head (force, last row, its hash) to a CSV file.",
                    "Keep it where Invicta cannot change it; 'audit verify --against FILE' checks the chains still hold it."})
    static class Checkpoint implements Callable<Integer> {

        @Mixin
        private DatabaseOptions database;

        @Option(names = "--out", required = true, paramLabel = "CHECKPOINTS_CSV")
        private Path out;

        @Unmatched
        private List<String> springArguments = new ArrayList<>();

        @Override
        public Integer call() {
            try (var context = InvictaRuntime.startBatch(database, springArguments)) {
                var checkpoints = context.getBean(AuditCheckpoints.class).take();
                AuditCheckpoints.write(checkpoints, out);
                System.out.printf("%d force chains checkpointed -> %s%n", checkpoints.size(), out);
                return 0;
            } catch (Exception e) {
                System.err.println("could not checkpoint the audit chains: " + InvictaRuntime.reasonOf(e));
                return 2;
            }
        }
    }
}
