package dev.akis.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code akis-studio help [COMMAND]}: prints a command's help, the same as {@code COMMAND --help}. picocli's own
 * help command fixes its parameter's label ("COMMAND") in its annotation, out of reach of the resource bundle;
 * this one takes every text, the label included, from the bundle, so Turkish help is Turkish throughout.
 */
@Command(name = "help", helpCommand = true)
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "helpCommand.help")
    boolean helpRequested;

    @Parameters(paramLabel = "${bundle:label.command:-COMMAND}", arity = "0..1", descriptionKey = "helpCommand.command")
    String command;

    private CommandLine self;
    private CommandLine.Help.ColorScheme colors;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter outWriter,
                     PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = outWriter;
    }

    @Override
    public void run() {
        CommandLine parent = self.getParent();
        if (parent == null) {
            return;
        }
        if (command == null) {
            parent.usage(out, colors);
            return;
        }
        CommandLine named = parent.getSubcommands().get(command);
        if (named == null) {
            // Worded by UsageErrors in the user's language ("unknown command: ...").
            throw new CommandLine.ParameterException(parent, "Unknown subcommand '" + command + "'.", null, command);
        }
        named.usage(out, colors);
    }
}
