package dev.akis.cli;

import dev.akis.flow.json.FlowFormatException;
import dev.akis.i18n.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
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
        String reason;
        if (error instanceof NoSuchFileException) {
            reason = TEXTS.get(locale, "file.notFound");
        } else if (error instanceof AccessDeniedException) {
            reason = TEXTS.get(locale, "file.accessDenied");
        } else {
            reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        }
        err.println(TEXTS.get(locale, "file.unreadable", file, reason));
    }
}
