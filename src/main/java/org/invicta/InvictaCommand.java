package org.invicta;

import org.invicta.audit.AuditCommand;
import org.invicta.crime.CrimeCommand;
import org.invicta.identity.IdentityCommand;
import org.invicta.platform.cli.RunCommand;
import picocli.CommandLine.Command;

/** The launcher's top command: {@code ./invicta <command>}. Each subcommand starts only what it needs. */
@Command(name = "invicta", mixinStandardHelpOptions = true, versionProvider = InvictaVersion.class,
        description = "Invicta, the shared policing information system.",
        subcommands = {RunCommand.class, AuditCommand.class, IdentityCommand.class, CrimeCommand.class, org.invicta.map.MapCommand.class})
class InvictaCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
