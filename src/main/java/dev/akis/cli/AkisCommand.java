package dev.akis.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line: {@code java -jar akis-studio.jar <command> ...}. */
@Command(name = "akis-studio",
        mixinStandardHelpOptions = true,
        versionProvider = AkisCommand.Version.class,
        resourceBundle = "dev.akis.cli.cli",
        subcommands = {CommandLine.HelpCommand.class, SimulateCommand.class})
public final class AkisCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs a command line and returns the process exit code. */
    public static int execute(String... args) {
        return new CommandLine(new AkisCommand()).execute(args);
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
