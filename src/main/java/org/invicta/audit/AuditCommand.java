package org.invicta.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.invicta.platform.cli.DatabaseOptions;
import org.invicta.platform.cli.InvictaRuntime;
import org.invicta.platform.cli.TerminalProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Unmatched;

/** {@code ./invicta audit ...}: batch work on the audit trail. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Work on the DPA 2018 s.62 audit trail.",
        subcommands = AuditCommand.Verify.class)
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

        @Unmatched
        private List<String> springArguments = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            try (var context = InvictaRuntime.startBatch(database, springArguments)) {
                var verification = context.getBean(AuditChainVerification.class);
                var progress = TerminalProgress.start("verifying audit chain", verification.rowCount());
                var result = verification.verify(progress::at);
                progress.done();
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
}
