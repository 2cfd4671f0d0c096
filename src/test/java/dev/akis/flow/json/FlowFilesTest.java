package dev.akis.flow.json;

import static dev.akis.flow.SampleFlows.orderStatusFlow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.akis.flow.FlowDocument;
import dev.akis.flow.LocalizedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowFilesTest {

    @TempDir
    Path folder;

    private String filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList().toString();
        }
    }

    @Test
    void savingOverAFlowKeepsThePreviousVersionAsBackup() throws Exception {
        Path file = folder.resolve("order-status.json");
        FlowDocument first = orderStatusFlow();
        FlowFiles.save(file, first);
        assertThat(filesIn(folder)).isEqualTo("[order-status.json]");
        String firstText = Files.readString(file);

        FlowDocument renamed = first.withName(LocalizedText.of("tr", "Kargom nerede?", "en", "Where is my parcel?"));
        FlowFiles.save(file, renamed);

        assertThat(filesIn(folder)).isEqualTo("[order-status.json, order-status.json.bak]");
        assertThat(Files.readString(FlowFiles.backupOf(file))).isEqualTo(firstText);
        assertThat(FlowFiles.load(file).name()).isEqualTo(renamed.name());
        assertThat(Files.readString(file)).isEqualTo(new FlowWriter().write(renamed));
    }

    @Test
    void aSaveThatFailsHalfwayLeavesTheOldFileWholeAndNoTemporaryFile() throws Exception {
        Path file = folder.resolve("order-status.json");
        FlowFiles.save(file, orderStatusFlow());
        byte[] before = Files.readAllBytes(file);
        // The backup cannot be written when a non-empty folder stands in its place: the save must fail after
        // the new content was written to the temporary file and before the old file is replaced.
        Path blocker = Files.createDirectory(FlowFiles.backupOf(file));
        Files.writeString(blocker.resolve("keep.txt"), "x");

        FlowDocument changed = orderStatusFlow().withName(LocalizedText.of("tr", "Değişti"));
        assertThatThrownBy(() -> FlowFiles.save(file, changed)).isInstanceOf(IOException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(filesIn(folder)).isEqualTo("[order-status.json, order-status.json.bak]");
        assertThat(Files.isDirectory(blocker)).isTrue();
    }

    @Test
    void aSaveIntoAPlaceThatIsNotAFolderFailsWithoutCreatingAnything() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("plain.txt"), "not a folder");
        assertThatThrownBy(() -> FlowFiles.save(notAFolder.resolve("flow.json"), orderStatusFlow()))
                .isInstanceOf(IOException.class);
        assertThat(filesIn(folder)).isEqualTo("[plain.txt]");
        assertThat(Files.readString(notAFolder)).isEqualTo("not a folder");
    }

    @Test
    void aFileThatIsNotUtf8IsReportedNotGuessed() throws IOException {
        Path file = folder.resolve("latin.json");
        Files.write(file, "{\"schemaVersion\": 1, \"id\": \"t\u00fcrk\u00e7e\"}".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> FlowFiles.load(file)).isInstanceOf(FlowFormatException.class)
                .hasMessage(file + ":1:30: the file is not UTF-8 text: the byte here (0xFC) comes from another encoding"
                        + " such as Windows-1254; save the file as UTF-8 in your editor and try again");
    }

    @Test
    void aFlowSavedInWindowsTurkishIsReportedWhereItsFirstTurkishLetterIs() throws IOException {
        Path file = folder.resolve("kargo.json");
        String text = "{\n  \"schemaVersion\": 1,\n  \"id\": \"kargo\",\n  \"name\": \"Kargo takibi: \u015fimdi\"\n}\n";
        byte[] windows1254 = text.getBytes(java.nio.charset.Charset.forName("windows-1254"));
        Files.write(file, windows1254);

        FlowFormatException error = catchThrowableOfType(() -> FlowFiles.load(file), FlowFormatException.class);

        assertThat(error.location()).as("the line and column of the \u015f, as an editor shows them")
                .isEqualTo(new SourceLocation(4, 26));
        assertThat(error.format(Locale.forLanguageTag("tr"))).isEqualTo(file + ":4:26: dosya UTF-8 metin de\u011fil:"
                + " buradaki bayt (0xFE) Windows-1254 gibi ba\u015fka bir kodlamadan; dosyay\u0131 d\u00fczenleyicinizde"
                + " UTF-8 olarak kaydedip yeniden deneyin");
        assertThat(Files.readAllBytes(file)).as("the file is left as it was").isEqualTo(windows1254);
    }

    @Test
    void aByteOrderMarkIsToleratedOnLoad() throws Exception {
        Path file = folder.resolve("bom.json");
        Files.writeString(file, "\uFEFF{\"schemaVersion\": 1, \"id\": \"bom\"}");
        assertThat(FlowFiles.load(file).id()).isEqualTo("bom");
    }

    /** Creates a symbolic link, or skips the test where the file system or the user may not make one. */
    private static Path link(Path link, Path target) throws IOException {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Assumptions.abort("symbolic links are not available here: " + e);
            return link;
        }
    }

    @Test
    void savingThroughASymbolicLinkWritesTheLinkedFileAndKeepsTheLink() throws Exception {
        Path shared = Files.createDirectory(folder.resolve("shared"));
        Path real = shared.resolve("order-status.json");
        FlowFiles.save(real, orderStatusFlow());
        String firstText = Files.readString(real);
        Path flows = Files.createDirectory(folder.resolve("flows"));
        Path relativeLink = link(flows.resolve("orders.json"), Path.of("..", "shared", "order-status.json"));
        Path linkToLink = link(folder.resolve("latest.json"), relativeLink.toAbsolutePath());

        FlowDocument renamed = orderStatusFlow().withName(LocalizedText.of("tr", "Kargom nerede?"));
        FlowFiles.save(linkToLink, renamed);

        assertThat(Files.isSymbolicLink(linkToLink)).isTrue();
        assertThat(Files.readSymbolicLink(linkToLink)).isEqualTo(relativeLink.toAbsolutePath());
        assertThat(Files.isSymbolicLink(relativeLink)).isTrue();
        assertThat(Files.readSymbolicLink(relativeLink)).isEqualTo(Path.of("..", "shared", "order-status.json"));
        assertThat(FlowFiles.load(real).name()).isEqualTo(renamed.name());
        assertThat(Files.readString(FlowFiles.backupOf(real))).isEqualTo(firstText);
        assertThat(filesIn(shared)).isEqualTo("[order-status.json, order-status.json.bak]");
        assertThat(filesIn(flows)).isEqualTo("[orders.json]");
    }

    @Test
    void aLinkToAFileThatDoesNotExistYetCreatesThatFile() throws Exception {
        Path real = folder.resolve("new.json");
        Path dangling = link(folder.resolve("alias.json"), Path.of("new.json"));
        FlowFiles.save(dangling, orderStatusFlow());
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
        assertThat(Files.readString(real)).isEqualTo(new FlowWriter().write(orderStatusFlow()));
    }

    @Test
    void aLoopOfLinksIsAnErrorAndNothingIsWritten() throws Exception {
        Path first = link(folder.resolve("a.json"), Path.of("b.json"));
        link(folder.resolve("b.json"), Path.of("a.json"));
        assertThatThrownBy(() -> FlowFiles.save(first, orderStatusFlow())).isInstanceOf(FileSystemLoopException.class);
        assertThat(filesIn(folder)).isEqualTo("[a.json, b.json]");
    }

    @Test
    void savingKeepsTheFilesPermissions() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "POSIX permissions are not supported on this file system");
        Path file = folder.resolve("private.json");
        FlowFiles.save(file, orderStatusFlow());
        for (String permissions : List.of("rw-------", "rw-r-----", "rwxr-xr--")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
            FlowFiles.save(file, orderStatusFlow().withName(LocalizedText.of("tr", permissions)));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo(permissions);
            assertThat(FlowFiles.load(file).name().get("tr")).isEqualTo(permissions);
        }
    }

    @Test
    void savingThroughALinkKeepsTheLinkedFilesPermissions() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "POSIX permissions are not supported on this file system");
        Path real = folder.resolve("real.json");
        FlowFiles.save(real, orderStatusFlow());
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
        Path alias = link(folder.resolve("alias.json"), Path.of("real.json"));
        FlowFiles.save(alias, orderStatusFlow().withName(LocalizedText.of("tr", "Yeni")));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rw-r-----");
    }
}
