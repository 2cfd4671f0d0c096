package dev.akis.flow.json;

import static dev.akis.flow.SampleFlows.orderStatusFlow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akis.flow.FlowDocument;
import dev.akis.flow.LocalizedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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
                .hasMessage(file + ": the file is not UTF-8 text");
    }

    @Test
    void aByteOrderMarkIsToleratedOnLoad() throws Exception {
        Path file = folder.resolve("bom.json");
        Files.writeString(file, "\uFEFF{\"schemaVersion\": 1, \"id\": \"bom\"}");
        assertThat(FlowFiles.load(file).id()).isEqualTo("bom");
    }
}
