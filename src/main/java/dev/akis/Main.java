package dev.akis;

import dev.akis.cli.AkisCommand;
import dev.akis.cli.ConsoleEncoding;
import dev.akis.i18n.Languages;
import dev.akis.i18n.Messages;
import dev.akis.studio.StudioLauncher;
import dev.akis.studio.StudioUnavailableException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Entry point of the single jar: no arguments opens the studio, flow files ({@code FILE.json ...}) open in the
 * studio, anything else is a command-line call. It does not extend {@code javafx.application.Application} so that
 * the jar starts from the classpath. Without a display the studio's start fails with one translated line that
 * points to the command line, and exit status 1.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        ConsoleEncoding.useUtf8WhereAscii();
        if (args.length == 0 || opensInStudio(args)) {
            try {
                StudioLauncher.launch(args);
            } catch (StudioUnavailableException e) {
                System.err.println(Messages.bundle("dev.akis.cli.cli").get(Languages.uiLocale(), "startup.noDisplay",
                        e.reason()));
                System.exit(1);
            }
            return;
        }
        int missing = reportMissingFlowFiles(args, System.err);
        System.exit(missing != 0 ? missing : AkisCommand.execute(args));
    }

    /**
     * True when every argument names a {@code .json} file (and the first is not a command) and at least one of
     * them exists: such a call ({@code java -jar akis-studio.jar siparis.json}, or a file opened from the desktop)
     * opens the files in the studio, which says which of them it could not find. Any option goes to the command
     * line.
     */
    static boolean opensInStudio(String[] args) {
        return namesFlowFiles(args) && java.util.Arrays.stream(args).anyMatch(Main::isFile);
    }

    /**
     * When every argument names a {@code .json} file and none of them exists, prints "file not found: FILE" for
     * each (in the user's language) and returns 2, the exit status of unusable input; otherwise prints nothing
     * and returns 0. Without this, a mistyped file name would be read as an unknown command.
     */
    static int reportMissingFlowFiles(String[] args, java.io.PrintStream err) {
        if (!namesFlowFiles(args) || java.util.Arrays.stream(args).anyMatch(Main::isFile)) {
            return 0;
        }
        Locale locale = dev.akis.i18n.Languages.uiLocale();
        dev.akis.i18n.Messages texts = dev.akis.i18n.Messages.bundle("dev.akis.cli.cli");
        for (String argument : args) {
            err.println(texts.get(locale, "file.notFound", argument));
        }
        return 2;
    }

    private static boolean namesFlowFiles(String[] args) {
        if (args.length == 0 || AkisCommand.commandLine().getSubcommands().containsKey(args[0])) {
            return false;
        }
        for (String argument : args) {
            if (argument.startsWith("-") || !argument.toLowerCase(Locale.ROOT).endsWith(".json")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFile(String argument) {
        try {
            return Files.isRegularFile(Path.of(argument));
        } catch (InvalidPathException notAPath) {
            return false;
        }
    }
}
