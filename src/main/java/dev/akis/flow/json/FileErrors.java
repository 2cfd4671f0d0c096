package dev.akis.flow.json;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Map;

/**
 * Says in the user's language why the operating system refused to read or write a file. Java reports these as
 * exception types for some causes and as the system's English text ("Is a directory") for others; both are
 * mapped to texts of the {@code dev/akis/flow/json/format} bundle. A cause not known here is shown with the
 * system's own words after a translated lead-in, so nothing is hidden.
 */
public final class FileErrors {

    /** The system's reason texts (Linux and macOS strerror wording) and what they mean. */
    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("is a directory", "file.isFolder"),
            Map.entry("not a directory", "file.notAFolder"),
            Map.entry("no such file or directory", "file.notFound"),
            Map.entry("permission denied", "file.accessDenied"),
            Map.entry("operation not permitted", "file.accessDenied"),
            Map.entry("read-only file system", "file.readOnly"),
            Map.entry("no space left on device", "file.diskFull"),
            Map.entry("disk quota exceeded", "file.diskFull"),
            Map.entry("file name too long", "file.nameTooLong"),
            Map.entry("too many levels of symbolic links", "file.linkLoop"),
            Map.entry("directory not empty", "file.folderInTheWay"),
            Map.entry("file exists", "file.exists"));

    private FileErrors() {
    }

    /** Why the file could not be read or written, without the file name, in the locale's language. */
    public static String describe(IOException error, Locale locale) {
        return FlowFormatException.TEXTS.get(locale, key(error), systemReason(error));
    }

    private static String key(IOException error) {
        if (error instanceof NoSuchFileException) {
            return "file.notFound";
        }
        if (error instanceof AccessDeniedException) {
            return "file.accessDenied";
        }
        if (error instanceof NotDirectoryException) {
            return "file.notAFolder";
        }
        if (error instanceof DirectoryNotEmptyException) {
            return "file.folderInTheWay";
        }
        if (error instanceof FileAlreadyExistsException) {
            return "file.exists";
        }
        if (error instanceof FileSystemLoopException) {
            return "file.linkLoop";
        }
        String reason = systemReason(error).strip().toLowerCase(Locale.ROOT);
        String known = REASONS.get(reason);
        return known == null ? "file.systemError" : known;
    }

    /** The system's words alone: a FileSystemException's reason without the file name it repeats. */
    private static String systemReason(IOException error) {
        String reason = error instanceof FileSystemException fileError ? fileError.getReason() : error.getMessage();
        if (reason == null || reason.isBlank()) {
            reason = error.getMessage();
        }
        return reason == null || reason.isBlank() ? error.getClass().getSimpleName() : reason;
    }
}
