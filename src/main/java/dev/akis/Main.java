package dev.akis;

import dev.akis.cli.AkisCommand;
import dev.akis.studio.StudioLauncher;

/**
 * Entry point of the single jar: no arguments opens the studio, anything else is a command-line call. It does not
 * extend {@code javafx.application.Application} so that the jar starts from the classpath.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            StudioLauncher.launch(args);
            return;
        }
        System.exit(AkisCommand.execute(args));
    }
}
