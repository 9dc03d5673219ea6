package org.pulseguard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code pulseguard} command line: the entry point of {@code target/pulseguard.jar}.
 * Subcommands face people (technicians, safety officers, developers); they print results on
 * stdout and operator log lines on stderr.
 */
@Command(name = "pulseguard", mixinStandardHelpOptions = true, version = "pulseguard 0.1.0",
        description = "Supervises Q-switched Nd:YAG laser units over RS-232 and simulates them.",
        subcommands = {DemoCommand.class, SimCommand.class, ProbeCommand.class, PortsCommand.class, ProfilesCommand.class, PlanCommand.class,
                CommandLine.HelpCommand.class})
public final class PulseguardCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new PulseguardCommand());
    }
}
