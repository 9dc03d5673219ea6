package org.pulseguard.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code pulseguard help [COMMAND [SUBCOMMAND...]]}: the usage of the command named by the path,
 * so that {@code help profiles check} shows check's help (picocli's own help command takes one
 * name only).
 */
@Command(name = "help", helpCommand = true, mixinStandardHelpOptions = true,
        description = "Show the usage of a command, for example: help profiles check.")
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {
    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command (and subcommands) to describe.")
    String[] path = new String[0];

    private CommandLine self;
    private PrintWriter out;
    private CommandLine.Help.ColorScheme colors;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter out,
                     PrintWriter err) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = out;
    }

    @Override
    public void run() {
        CommandLine target = self.getParent();
        for (String name : path) {
            CommandLine next = target.getSubcommands().get(name);
            if (next == null) {
                throw new CommandLine.ParameterException(self, "no command '" + name + "' under '"
                        + target.getCommandSpec().qualifiedName() + "' (commands: "
                        + String.join(", ", target.getSubcommands().keySet()) + ")");
            }
            target = next;
        }
        target.usage(out, colors);
    }
}
