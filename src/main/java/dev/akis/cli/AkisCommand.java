package dev.akis.cli;

import dev.akis.i18n.Languages;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line: {@code java -jar akis-studio.jar <command> ...}. */
@Command(name = "akis-studio",
        mixinStandardHelpOptions = true,
        versionProvider = AkisCommand.Version.class,
        subcommands = {CommandLine.HelpCommand.class, ValidateCommand.class, FormatCommand.class,
                SimulateCommand.class, BenchCommand.class})
public final class AkisCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs a command line and returns the process exit code. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /**
     * The command line with its help texts in the user's language (see {@link Languages#uiLocale()}). The bundle
     * is set here rather than in the annotation, which would load it for the system locale and fail on systems
     * that are neither Turkish nor English.
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new AkisCommand());
        commandLine.setResourceBundle(ResourceBundle.getBundle("dev.akis.cli.cli", Languages.uiLocale()));
        // simulate keeps its many texts in a bundle of its own, set after the root's so it is not overwritten.
        commandLine.getSubcommands().get("simulate")
                .setResourceBundle(ResourceBundle.getBundle("dev.akis.cli.simulate", Languages.uiLocale()));
        commandLine.setParameterExceptionHandler(new UsageErrors());
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Prints the application name and version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {dev.akis.AppInfo.NAME + " " + dev.akis.AppInfo.version()};
        }
    }
}
