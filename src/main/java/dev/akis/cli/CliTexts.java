package dev.akis.cli;

import dev.akis.flow.json.FileErrors;
import dev.akis.flow.json.FlowFormatException;
import dev.akis.i18n.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** Messages the commands print, in the user's language, and the one way they report a file they cannot read. */
final class CliTexts {

    static final Messages TEXTS = Messages.bundle("dev.akis.cli.cli");

    private CliTexts() {
    }

    /** "FILE:LINE:COLUMN: message" for a file that is not a readable flow. */
    static void reportUnreadable(PrintWriter err, FlowFormatException error, Locale locale) {
        err.println(error.format(locale));
    }

    /** "FILE: the file cannot be read: reason" for a file the system would not give us. */
    static void reportUnreadable(PrintWriter err, Path file, IOException error, Locale locale) {
        err.println(TEXTS.get(locale, "file.unreadable", file, FileErrors.describe(error, locale)));
    }

    /** "FILE: the file could not be written and was left as it was: reason". */
    static void reportUnwritable(PrintWriter err, Path file, IOException error, Locale locale) {
        err.println(TEXTS.get(locale, "file.unwritable", file, FileErrors.describe(error, locale)));
    }
}
