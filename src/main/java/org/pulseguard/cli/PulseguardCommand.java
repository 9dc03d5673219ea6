package org.pulseguard.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code pulseguard} command line: the entry point of {@code target/pulseguard.jar}.
 * Subcommands face people (technicians, safety officers, developers); they print results on
 * stdout and operator log lines on stderr. Every command takes {@code --help}, lists its exit
 * codes there, and reports failures through {@link FailureHandler} (one line, no stack trace).
 */
@Command(name = "pulseguard", mixinStandardHelpOptions = true, version = Software.VERSION,
        description = "Supervises Q-switched Nd:YAG laser units over RS-232 and simulates them.",
        subcommands = {DemoCommand.class, ServeCommand.class, SimCommand.class, ProbeCommand.class, PortsCommand.class, ProfilesCommand.class,
                PlanCommand.class, AuditCommand.class, HelpCommand.class})
public final class PulseguardCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests. */
    public static CommandLine commandLine() {
        CommandLine root = new CommandLine(new PulseguardCommand());
        FailureHandler failures = new FailureHandler();
        root.setExecutionExceptionHandler(failures);
        root.setParameterExceptionHandler(failures);
        root.setDefaultValueProvider(new ProfilesFolder.DefaultProvider());
        listExitCodes(root);
        return root;
    }

    /** Adds the common exit codes to the help of every command that does not list its own. */
    private static void listExitCodes(CommandLine command) {
        CommandLine.Model.UsageMessageSpec usage = command.getCommandSpec().usageMessage();
        if (usage.exitCodeList().isEmpty()) {
            Map<String, String> codes = new LinkedHashMap<>();
            for (ExitStatus status : ExitStatus.values()) {
                codes.putIfAbsent(Integer.toString(status.code()), status.meaning());
            }
            usage.exitCodeListHeading("Exit codes:%n").exitCodeList(codes);
        }
        command.getSubcommands().values().forEach(PulseguardCommand::listExitCodes);
    }
}
