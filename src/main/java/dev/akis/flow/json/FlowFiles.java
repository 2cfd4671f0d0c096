package dev.akis.flow.json;

import dev.akis.flow.FlowDocument;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Reading and writing flow files on disk. Every write is atomic: the new content goes to a temporary file in
 * the same folder, is flushed to disk, the previous file is kept as {@code <name>.bak}, and only then is the
 * temporary file moved over the target. A crash at any moment leaves either the old or the new file, whole.
 */
public final class FlowFiles {

    public static final String BACKUP_SUFFIX = ".bak";
    private static final String TEMP_SUFFIX = ".akis-tmp";

    private FlowFiles() {
    }

    public static FlowDocument load(Path file) throws IOException, FlowFormatException {
        return loadWithDetails(file).document();
    }

    public static FlowReader.Result loadWithDetails(Path file) throws IOException, FlowFormatException {
        return new FlowReader().readWithDetails(readText(file), file.toString());
    }

    /** Reads a whole file as strict UTF-8; bytes that are not UTF-8 are reported rather than replaced. */
    public static String readText(Path file) throws IOException, FlowFormatException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new FlowFormatException(file.toString(), SourceLocation.UNKNOWN, "format.notUtf8");
        }
    }

    public static void save(Path file, FlowDocument document) throws IOException {
        writeAtomically(file, new FlowWriter().write(document));
    }

    /** Writes text as UTF-8, atomically, keeping the previous content as a backup. */
    public static void writeAtomically(Path target, String content) throws IOException {
        writeAtomically(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void writeAtomically(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (Files.exists(absolute)) {
                Files.copy(absolute, backupOf(absolute), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }
}
