package dev.akis.studio.files;

import dev.akis.flow.FlowDocument;
import dev.akis.flow.json.FlowFiles;
import dev.akis.flow.json.FlowWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Copies of unsaved flows in the recovery folder, so that a crash loses at most the last half minute. Each
 * running studio writes into its own session folder and holds a lock on it; a clean exit deletes the folder. A
 * session folder whose lock nobody holds was left by a crash, and its copies are offered for recovery.
 */
public final class RecoveryStore {

    private static final String LOCK = "session.lock";

    /** A flow found in a crashed session. */
    public record Recovered(Path sessionFolder, Path copy, Path originalFile, String name, Instant savedAt) {
    }

    private final Path root;
    /** This run's folder; read by the autosave thread too. */
    private volatile Path session;
    private FileChannel lockChannel;
    private FileLock lock;

    public RecoveryStore(Path home) {
        this.root = home.resolve("recovery");
    }

    public Path root() {
        return root;
    }

    /** Opens this run's session folder and locks it. */
    public void start() throws IOException {
        session = root.resolve(Instant.now().toEpochMilli() + "-" + UUID.randomUUID().toString().substring(0, 8));
        Files.createDirectories(session);
        lockChannel = FileChannel.open(session.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        lock = lockChannel.lock();
    }

    public Path session() {
        return session;
    }

    /** Writes (atomically) a copy of an unsaved flow under its editor key. */
    public void save(String key, FlowDocument document, Path originalFile, String name) throws IOException {
        saveText(key, new FlowWriter().write(document), originalFile, name);
    }

    /** Writes (atomically) a copy already turned into flow-file text; the autosave does that off the JavaFX thread. */
    public void saveText(String key, String flowJson, Path originalFile, String name) throws IOException {
        Path folder = session;
        if (folder == null) {
            return;
        }
        FlowFiles.writeAtomically(folder.resolve(key + ".json"), flowJson);
        Properties info = new Properties();
        info.setProperty("name", name == null ? "" : name);
        info.setProperty("original", originalFile == null ? "" : originalFile.toString());
        info.setProperty("savedAt", Instant.now().toString());
        StringWriter text = new StringWriter();
        info.store(text, null);
        FlowFiles.writeAtomically(folder.resolve(key + ".properties"), text.toString());
    }

    /** Forgets the copy of a flow that was saved or closed. */
    public void discard(String key) {
        if (session == null) {
            return;
        }
        for (String suffix : List.of(".json", ".json" + FlowFiles.BACKUP_SUFFIX, ".properties", ".properties" + FlowFiles.BACKUP_SUFFIX)) {
            try {
                Files.deleteIfExists(session.resolve(key + suffix));
            } catch (IOException e) {
                System.err.println("Could not delete a recovery copy: " + e.getMessage());
            }
        }
    }

    /** A clean exit: this session leaves nothing to recover. */
    public void closeCleanly() {
        releaseLock();
        if (session != null) {
            deleteFolder(session);
            session = null;
        }
    }

    /** Lets go of the lock without cleaning up, as a crash would (tests use it to simulate one). */
    public void abandon() {
        releaseLock();
        session = null;
    }

    private void releaseLock() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            System.err.println("Could not release the recovery lock: " + e.getMessage());
        }
        lock = null;
        lockChannel = null;
    }

    /** Copies left by sessions that did not end cleanly, newest first. */
    public List<Recovered> leftovers() {
        List<Recovered> found = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return found;
        }
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                if (folder.equals(session) || isAlive(folder)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path copy : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                        found.add(describe(folder, copy));
                    }
                }
            }
        } catch (IOException e) {
            System.err.println("Could not look for recovery copies: " + e.getMessage());
        }
        found.sort(Comparator.comparing(Recovered::savedAt).reversed());
        return found;
    }

    /** Deletes the folders of crashed sessions (after their flows were declined). */
    public void discardLeftovers(List<Recovered> recovered) {
        recovered.stream().map(Recovered::sessionFolder).distinct().forEach(this::deleteFolder);
    }

    /**
     * Deletes the copy of one flow that was recovered, and its crashed session's folder once no copy is left in
     * it. Copies that could not be recovered stay where they are (and are offered again at the next start).
     */
    public void discardRecovered(Recovered recovered) {
        String base = recovered.copy().getFileName().toString().replaceAll("\\.json$", "");
        for (String suffix : List.of(".json", ".json" + FlowFiles.BACKUP_SUFFIX, ".properties", ".properties" + FlowFiles.BACKUP_SUFFIX)) {
            try {
                Files.deleteIfExists(recovered.sessionFolder().resolve(base + suffix));
            } catch (IOException e) {
                System.err.println("Could not delete a recovery copy: " + e.getMessage());
            }
        }
        if (copiesIn(recovered.sessionFolder()) == 0) {
            deleteFolder(recovered.sessionFolder());
        }
    }

    /**
     * Deletes the folders of crashed sessions that hold no copy (the session had nothing unsaved when it ended),
     * which nothing would otherwise ever offer or remove. A folder without a lock file is left alone for a minute,
     * since a studio starting right now creates its folder just before locking it.
     */
    public void removeEmptyCrashedSessions() {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                if (folder.equals(session) || isAlive(folder) || copiesIn(folder) > 0) {
                    continue;
                }
                boolean locked = Files.exists(folder.resolve(LOCK));
                Instant changed = Files.getLastModifiedTime(folder).toInstant();
                if (locked || changed.isBefore(Instant.now().minusSeconds(60))) {
                    deleteFolder(folder);
                }
            }
        } catch (IOException e) {
            System.err.println("Could not tidy the recovery folder: " + e.getMessage());
        }
    }

    private static long copiesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).count();
        } catch (IOException e) {
            return 1;
        }
    }

    private Recovered describe(Path folder, Path copy) throws IOException {
        String base = copy.getFileName().toString().replaceAll("\\.json$", "");
        Path infoFile = folder.resolve(base + ".properties");
        Properties info = new Properties();
        if (Files.isRegularFile(infoFile)) {
            try (Reader reader = Files.newBufferedReader(infoFile, StandardCharsets.UTF_8)) {
                info.load(reader);
            }
        }
        String original = info.getProperty("original", "");
        Instant savedAt;
        try {
            savedAt = Instant.parse(info.getProperty("savedAt"));
        } catch (RuntimeException e) {
            savedAt = Files.getLastModifiedTime(copy).toInstant();
        }
        return new Recovered(folder, copy, original.isBlank() ? null : Path.of(original),
                info.getProperty("name", base), savedAt);
    }

    private static boolean isAlive(Path folder) {
        Path lockFile = folder.resolve(LOCK);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException heldHere) {
            return true;
        } catch (IOException e) {
            return true;
        }
    }

    private void deleteFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("Could not delete " + folder + ": " + e.getMessage());
        }
    }
}
