package dev.akis.studio.files;

import dev.akis.flow.FlowDocument;
import dev.akis.flow.json.FlowFormatException;
import dev.akis.flow.json.FlowReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sample flows offered by File → New: those bundled in the jar under {@code dev/akis/samples/} first, then
 * those in a folder (the repository's {@code flows-samples/} when run from source). A sample that cannot be read
 * is left out with a note on the error stream; an empty or missing folder gives an empty gallery.
 */
public final class SampleGallery {

    public static final String RESOURCE_FOLDER = "dev/akis/samples/";

    /** One sample: its file name and the flow. */
    public record Sample(String fileName, FlowDocument document) {
    }

    private final boolean useClasspath;
    private final List<Path> folders;

    public SampleGallery(boolean useClasspath, List<Path> folders) {
        this.useClasspath = useClasspath;
        this.folders = List.copyOf(folders);
    }

    public static SampleGallery standard() {
        return new SampleGallery(true, List.of(Path.of("flows-samples")));
    }

    public List<Sample> load() {
        Map<String, Sample> byName = new LinkedHashMap<>();
        if (useClasspath) {
            loadFromClasspath(byName);
        }
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(SampleGallery::isFlowFile).sorted().toList()) {
                        if (!byName.containsKey(file.getFileName().toString())) {
                            read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8), byName);
                        }
                    }
                } catch (IOException e) {
                    System.err.println("Could not list the samples in " + folder + ": " + e.getMessage());
                }
            }
        }
        return new ArrayList<>(byName.values());
    }

    private static boolean isFlowFile(Path file) {
        return Files.isRegularFile(file) && file.getFileName().toString().endsWith(".json");
    }

    private void loadFromClasspath(Map<String, Sample> byName) {
        java.util.Enumeration<URL> folders;
        try {
            folders = SampleGallery.class.getClassLoader().getResources(RESOURCE_FOLDER);
        } catch (IOException e) {
            System.err.println("Could not list the bundled samples: " + e.getMessage());
            return;
        }
        while (folders.hasMoreElements()) {
            URL folder = folders.nextElement();
            try {
                URI uri = folder.toURI();
                if ("jar".equals(uri.getScheme())) {
                    FileSystem jar;
                    boolean opened = false;
                    try {
                        jar = FileSystems.getFileSystem(uri);
                    } catch (FileSystemNotFoundException notOpen) {
                        jar = FileSystems.newFileSystem(uri, Map.of());
                        opened = true;
                    }
                    try {
                        listResources(jar.getPath(RESOURCE_FOLDER), byName);
                    } finally {
                        if (opened) {
                            jar.close();
                        }
                    }
                } else {
                    listResources(Path.of(uri), byName);
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                System.err.println("Could not list the bundled samples in " + folder + ": " + e.getMessage());
            }
        }
    }

    private void listResources(Path folder, Map<String, Sample> byName) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                if (byName.containsKey(file.getFileName().toString())) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    read(file.getFileName().toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8), byName);
                }
            }
        }
    }

    private static void read(String fileName, String text, Map<String, Sample> byName) {
        try {
            byName.put(fileName, new Sample(fileName, new FlowReader().read(text, fileName)));
        } catch (FlowFormatException e) {
            System.err.println("Sample left out: " + e.getMessage());
        }
    }
}
