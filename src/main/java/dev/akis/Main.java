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
        System.exit(AkisCommand.execute(args));
    }

    /**
     * True when every argument names an existing {@code .json} file and the first is not a command: such a call
     * ({@code java -jar akis-studio.jar siparis.json}, or a file opened from the desktop) opens the files in the
     * studio. A missing file or any option goes to the command line, which says what is wrong.
     */
    static boolean opensInStudio(String[] args) {
        if (args.length == 0 || AkisCommand.commandLine().getSubcommands().containsKey(args[0])) {
            return false;
        }
        for (String argument : args) {
            if (!argument.toLowerCase(Locale.ROOT).endsWith(".json")) {
                return false;
            }
            try {
                if (!Files.isRegularFile(Path.of(argument))) {
                    return false;
                }
            } catch (InvalidPathException notAPath) {
                return false;
            }
        }
        return true;
    }
}
