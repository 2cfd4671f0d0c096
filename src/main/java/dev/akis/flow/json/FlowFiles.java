package dev.akis.flow.json;

import dev.akis.flow.FlowDocument;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Set;

/**
 * Reading and writing flow files on disk. Every write is atomic: the new content goes to a temporary file in
 * the same folder, is flushed to disk, the previous file is kept as {@code <name>.bak}, and only then is the
 * temporary file moved over the target, and the folder flushed so the move is on disk too (where the system
 * allows). A crash at any moment leaves either the old or the new file, whole.
 * A symbolic link is written through (the file it names is replaced, the link kept) and the file's POSIX
 * permissions survive the replacement.
 */
public final class FlowFiles {

    public static final String BACKUP_SUFFIX = ".bak";
    private static final String TEMP_SUFFIX = ".akis-tmp";
    /** As many links as Linux follows before giving up (ELOOP). */
    private static final int MAX_LINKS = 40;

    private FlowFiles() {
    }

    public static FlowDocument load(Path file) throws IOException, FlowFormatException {
        return loadWithDetails(file).document();
    }

    public static FlowReader.Result loadWithDetails(Path file) throws IOException, FlowFormatException {
        return new FlowReader().readWithDetails(readText(file), file.toString());
    }

    /**
     * Reads a whole file as strict UTF-8; bytes that are not UTF-8 are reported at the line and column of the
     * first of them rather than replaced.
     */
    public static String readText(Path file) throws IOException, FlowFormatException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (result.isError()) {
            throw new FlowFormatException(file.toString(), positionAfter(out.flip()), "format.notUtf8",
                    String.format(Locale.ROOT, "%02X", bytes[in.position()] & 0xFF));
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The line and column just after the decoded text, counted as the JSON parser counts (a BOM not counted). */
    private static SourceLocation positionAfter(CharSequence decoded) {
        int line = 1;
        int column = 1;
        for (int i = decoded.length() > 0 && decoded.charAt(0) == '\uFEFF' ? 1 : 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '\n' || c == '\r') {
                line++;
                column = 1;
                if (c == '\r' && i + 1 < decoded.length() && decoded.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                column++;
            }
        }
        return new SourceLocation(line, column);
    }

    public static void save(Path file, FlowDocument document) throws IOException {
        writeAtomically(file, new FlowWriter().write(document));
    }

    /** Writes text as UTF-8, atomically, keeping the previous content as a backup. */
    public static void writeAtomically(Path target, String content) throws IOException {
        writeAtomically(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes bytes atomically, keeping the previous content as a backup. When {@code target} is a symbolic link,
     * the file it leads to is written (temporary file and backup next to that file) and the link stays a link.
     * The new file gets the previous file's POSIX permissions (and group, where allowed), so saving a flow
     * never widens or narrows who may read it.
     */
    public static void writeAtomically(Path target, byte[] content) throws IOException {
        Path absolute = followLinks(target.toAbsolutePath());
        Path folder = absolute.getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + TEMP_SUFFIX);
        PosixFileAttributes previous = Files.exists(absolute) ? posixAttributes(absolute) : null;
        try {
            FileAttribute<?>[] createAs = previous == null ? new FileAttribute<?>[0]
                    : new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(previous.permissions())};
            Files.deleteIfExists(temp);
            try (FileChannel channel = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), createAs)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (previous != null) {
                keepAttributes(previous, temp);
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
            syncFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Flushes the folder itself to disk, so that after a power cut the flow's name points to the new content and
     * not still to the old file (the rename lives in the folder, not in the file). Best effort: Windows cannot open
     * a folder this way and some file systems refuse to sync one; the new content is on disk already.
     */
    private static void syncFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notPossibleHere) {
            // Nothing more can be done here; the save itself has succeeded.
        }
    }

    /**
     * The file a path finally names: symbolic links are followed one by one (a relative link from the folder it
     * lies in), also when the last one leads to a file that does not exist yet, which the save then creates.
     */
    static Path followLinks(Path path) throws IOException {
        Path current = path;
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == MAX_LINKS) {
                throw new FileSystemLoopException(path.toString());
            }
            Path link = Files.readSymbolicLink(current);
            current = current.resolveSibling(link);
        }
        return current;
    }

    /** The file's POSIX attributes, or null on a file system without them (Windows). */
    private static PosixFileAttributes posixAttributes(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        return view == null ? null : view.readAttributes();
    }

    /** Gives the new file the old one's permissions; its group too when the user may (else the folder's). */
    private static void keepAttributes(PosixFileAttributes previous, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        if (!previous.group().equals(view.readAttributes().group())) {
            try {
                view.setGroup(previous.group());
            } catch (IOException e) {
                // Not a member of that group: the file keeps the user's group; its permissions are still kept.
            }
        }
        view.setPermissions(previous.permissions());
    }

    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }
}
