package org.invicta;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.invicta.platform.cli.InvictaRuntime;
import picocli.CommandLine;

/**
 * Invicta: a policing information system shared by several forces.
 * The process starts through {@link InvictaCommand}, which decides what each command needs started.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class InvictaApplication {

    public static void main(String[] args) {
        InvictaRuntime.use(InvictaApplication.class);
        System.exit(new CommandLine(new InvictaCommand()).execute(args));
    }
}
