package org.invicta.platform.cli;

import java.io.PrintStream;

/**
 * A progress bar on the terminal for batch work: redrawn in place on a console, a line every tenth of
 * the way when the output is a file or a pipe.
 */
public final class TerminalProgress {

    private static final int WIDTH = 30;

    private final String task;
    private final long total;
    private final PrintStream out;
    private final boolean console;
    private long lastDrawn;
    private int lastTenth = -1;

    private TerminalProgress(String task, long total, PrintStream out, boolean console) {
        this.task = task;
        this.total = Math.max(total, 1);
        this.out = out;
        this.console = console;
    }

    public static TerminalProgress start(String task, long total) {
        return new TerminalProgress(task, total, System.err, System.console() != null);
    }

    public void at(long done) {
        var now = System.nanoTime();
        var fraction = Math.min(1.0, (double) done / total);
        if (console) {
            if (now - lastDrawn < 100_000_000L && done < total) return;
            lastDrawn = now;
            var filled = (int) Math.round(fraction * WIDTH);
            out.printf("\r%s [%s%s] %3d%% %,d/%,d", task, "#".repeat(filled), " ".repeat(WIDTH - filled),
                    Math.round(fraction * 100), done, total);
        } else {
            var tenth = (int) (fraction * 10);
            if (tenth == lastTenth) return;
            lastTenth = tenth;
            out.printf("%s: %d%% (%,d of %,d)%n", task, tenth * 10, done, total);
        }
    }

    public void done() {
        if (console) out.println();
    }
}
