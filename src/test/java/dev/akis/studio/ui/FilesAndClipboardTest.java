package dev.akis.studio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.flow.Connection;
import dev.akis.flow.EntryPoint;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.LocalizedText;
import dev.akis.flow.json.FlowFiles;
import dev.akis.flow.json.FlowWriter;
import dev.akis.studio.app.EditorSession;
import dev.akis.studio.app.Studio;
import dev.akis.studio.support.SampleFlows;
import dev.akis.studio.support.StudioUiTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Files, several open flows, the clipboard, recent files and recovery after a crash. */
@ExtendWith(ApplicationExtension.class)
class FilesAndClipboardTest extends StudioUiTest {

    private static final KeyCodeCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    @Start
    void start(Stage stage) throws Exception {
        launch(stage);
    }

    private static FlowDocument emptyFlow() {
        return FlowDocument.builder("empty").name(LocalizedText.of("tr", "Boş", "en", "Empty"))
                .defaultLanguage("tr").languages(List.of("tr", "en")).build();
    }

    @Test
    void aBrokenFlowNamedOnTheCommandLineShowsItsErrorAndTheGalleryStaysClosed() throws Exception {
        Path broken = Files.writeString(files.resolve("siparis.json"), "{\n  \"schemaVersion\": 1,\n  \"id\": \"x\"\n  \"blocks\": []\n}\n");

        onFx(() -> {
            studio.openAtStart(List.of(broken));
            return null;
        });
        settle();

        Label details = lookup("#error-details").queryAs(Label.class);
        assertThat(details.getText()).startsWith(broken.toAbsolutePath() + ":4:3: invalid JSON: a comma is missing");
        assertThat(details.getScene().getWindow().isShowing()).isTrue();
        assertThat(lookup("#gallery-list").tryQuery()).as("no gallery over the error").isEmpty();
        assertThat(studio.sessions()).isEmpty();
        type(KeyCode.ESCAPE);
    }

    @Test
    void withoutFilesTheStudioStartsWithTheSampleGallery() throws Exception {
        onFx(() -> {
            studio.openAtStart(List.of());
            return null;
        });
        settle();

        assertThat(lookup("#gallery-list").tryQuery()).isPresent();
        type(KeyCode.ESCAPE);
    }

    @Test
    void blocksCopiedInOneFlowPasteIntoAnotherWithTheirConnection() throws Exception {
        EditorSession source = open(SampleFlows.orderLookup(), "order.json");
        EditorSession target = open(emptyFlow(), "empty.json");
        onFx(() -> {
            studio.stage().getScene().lookup("#editor-tabs");
            return null;
        });
        clickOn(source.tab().getText());
        settle();
        clickOn(showCard("get_member"));
        press(KeyCode.SHIFT).clickOn(showCard("select_order")).release(KeyCode.SHIFT);
        push(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        settle();

        clickOn(target.tab().getText());
        settle();
        clickOn(canvasPoint(0.5, 0.5));
        push(new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN));
        settle();

        // Pasted blocks get new ids even in a flow where their own ids are free, and keep their connection.
        FlowDocument pasted = target.editor().document();
        assertThat(pasted.blocks()).extracting(b -> b.id()).containsExactlyInAnyOrder("get_member_2", "select_order_2");
        assertThat(pasted.connections()).containsExactly(Connection.of("get_member_2", "found", "select_order_2"));
        assertThat(target.editor().selection().elements()).containsExactlyInAnyOrder("get_member_2", "select_order_2");
        assertThat(studio.statusText()).isEqualTo("Pasted 2 items");
        assertThat(source.editor().isDirty()).isFalse();

        push(new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN));
        settle();
        assertThat(target.editor().document().blocks()).extracting(b -> b.id())
                .containsExactlyInAnyOrder("get_member_2", "select_order_2", "get_member_3", "select_order_3");
        assertThat(target.editor().document().target("get_member_3", "found")).contains("select_order_3");
    }

    @Test
    void plainTextOnTheClipboardIsIgnoredWithAMessage() throws Exception {
        EditorSession session = open(emptyFlow(), "empty.json");
        onFx(() -> {
            var content = new javafx.scene.input.ClipboardContent();
            content.putString("Merhaba! Siparişim nerede?");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            return null;
        });
        clickOn(canvasPoint(0.5, 0.5));
        push(new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN));
        settle();
        assertThat(session.editor().document().blocks()).isEmpty();
        assertThat(studio.statusText()).isEqualTo("The clipboard holds no Akış blocks, so nothing was pasted.");
    }

    @Test
    void aFragmentWhoseConnectionLeadsOutsideItPastesItsBlocksAndSaysWhatWasLeftOut() throws Exception {
        EditorSession session = open(SampleFlows.orderLookup(), "order.json");
        // A fragment edited by hand: get_member's "found" leads to a block that is not in the fragment, and
        // "select_order" is the id of a block in the open flow, so a careless paste would wire into it.
        String copied = dev.akis.studio.clipboard.FlowFragment.copy(SampleFlows.orderLookup(), List.of("get_member"))
                .toJson();
        com.fasterxml.jackson.databind.node.ObjectNode damaged = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(copied);
        damaged.withArray("connections").addObject().put("from", "get_member").put("port", "found").put("to", "select_order");
        onFx(() -> {
            var content = new javafx.scene.input.ClipboardContent();
            content.putString(damaged.toPrettyString());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            return null;
        });
        int connectionsBefore = flow().connections().size();
        clickOn(canvasPoint(0.5, 0.9));
        push(new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN));
        settle();

        assertThat(flow().hasBlock("get_member_2")).isTrue();
        assertThat(flow().outgoing("get_member_2")).as("no connection into the open flow's select_order").isEmpty();
        assertThat(flow().connections()).hasSize(connectionsBefore);
        assertThat(session.editor().selection().elements()).containsExactly("get_member_2");
        assertThat(studio.statusText())
                .isEqualTo("Pasted 1 item; 1 connection to a block that was not copied along was left out.");

        push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        settle();
        assertThat(flow().hasBlock("get_member_2")).as("the paste is one undoable step").isFalse();
    }

    @Test
    void savingWritesTheCanonicalFileAndKeepsTheOldOneAsBackup() throws Exception {
        EditorSession session = open(SampleFlows.orderLookup(), "order.json");
        Path file = files.resolve("order.json");
        byte[] original = Files.readAllBytes(file);

        drag(showCard("end"), MouseButton.PRIMARY).moveBy(100, 60).drop();
        settle();
        push(SAVE);
        settle();

        String written = Files.readString(file, StandardCharsets.UTF_8);
        FlowDocument inMemory = session.editor().document();
        assertThat(written).isEqualTo(new FlowWriter().write(inMemory));
        FlowDocument reread = FlowFiles.load(file);
        assertThat(reread).isEqualTo(inMemory);
        assertThat(reread.layout().blockPosition("end")).isNotEqualTo(SampleFlows.orderLookup().layout().blockPosition("end"));
        assertThat(reread.metadata().updatedAt()).isNotBlank();
        assertThat(Files.readAllBytes(FlowFiles.backupOf(file))).isEqualTo(original);
        assertThat(session.editor().isDirty()).isFalse();
    }

    @Test
    void savingAFlowThatWasNotChangedWritesTheSameBytes() throws Exception {
        open(SampleFlows.orderLookup(), "unchanged.json");
        Path file = files.resolve("unchanged.json");
        byte[] original = Files.readAllBytes(file);

        push(SAVE);
        settle();

        assertThat(Files.readAllBytes(file)).isEqualTo(original);
    }

    @Test
    void aMalformedFileIsReportedWithLineAndColumnAndNothingChanges() throws Exception {
        Path broken = files.resolve("broken.json");
        String text = "{\n  \"schemaVersion\": 1,\n  \"id\": \"x\"\n  \"blocks\": []\n}\n";
        Files.writeString(broken, text, StandardCharsets.UTF_8);
        int tabsBefore = studio.sessions().size();

        onFx(() -> studio.openFile(broken));
        settle();

        Label details = lookup("#error-details").queryAs(Label.class);
        assertThat(details.getText()).startsWith(broken.toString() + ":4:");
        assertThat(studio.sessions()).hasSize(tabsBefore);
        assertThat(Files.readString(broken, StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(Files.exists(FlowFiles.backupOf(broken))).isFalse();
        assertThat(studio.statusText()).contains("broken.json:4:");
        clickOn("OK");
    }

    @Test
    void aFileWithTwoBlocksOfTheSameIdOpensWithBothDrawnAndTheSecondRenamed() throws Exception {
        Path file = files.resolve("twice.json");
        FlowFiles.save(file, dev.akis.studio.support.DuplicateIds.orderLookupWithTwoDelayMessages());
        Files.deleteIfExists(FlowFiles.backupOf(file));
        String onDisk = Files.readString(file);
        assertThat(new dev.akis.flow.validate.FlowLinter(catalog).lint(FlowFiles.load(file)))
                .as("the checker (and validate on the command line) still names the repeated id in the file")
                .anyMatch(p -> p.code() == dev.akis.flow.validate.ProblemCode.DUPLICATE_ID);

        EditorSession session = onFx(() -> studio.openFile(file).orElseThrow());
        settle();

        assertThat(studio.statusText()).isEqualTo("1 block had the id of a block before it and was given a new one: "
                + "msg_delayed → msg_delayed_2. Save to keep it; connections into that id still lead to the first block.");
        assertThat(session.editor().isDirty()).isTrue();
        assertThat(showCard("msg_delayed_2").lookup(".card-title")).extracting(n -> ((Label) n).getText())
                .isEqualTo("Offer an agent");
        assertThat(showCard("msg_delayed").lookup(".card-title")).extracting(n -> ((Label) n).getText())
                .isEqualTo("Delay apology");
        assertThat(flow().target("msg_delayed_2", "next")).contains("handoff");
        assertThat(Files.readString(file)).as("the file is untouched until saved").isEqualTo(onDisk);
        assertThat(session.problems().lintNow()).noneMatch(p -> p.code() == dev.akis.flow.validate.ProblemCode.DUPLICATE_ID);
    }

    @Test
    void filesNamedOnTheCommandLineThatAreNotThereAreNamedInTheWindow() throws Exception {
        Path missing = files.resolve("nothere.json");
        var alert = onFx(() -> studio.reportMissingFiles(List.of(missing)).orElseThrow());
        settle();

        assertThat(studio.statusText()).isEqualTo("File not found, so not opened: nothere.json");
        assertThat(alert.getHeaderText()).isEqualTo("This file was not found:");
        assertThat(lookup("#error-details").queryAs(Label.class).getText()).isEqualTo(missing.toAbsolutePath().toString());
        clickOn("OK");
        settle();
        assertThat(onFx(() -> studio.reportMissingFiles(List.of()).isPresent())).isFalse();
    }

    @Test
    void openedFilesAreRememberedAsRecentAcrossRestarts() throws Exception {
        open(SampleFlows.orderLookup(), "first.json");
        open(emptyFlow(), "second.json");

        clickOn("#menu-file");
        clickOn("#menu-recent");
        settle();
        javafx.scene.control.Menu recent = (javafx.scene.control.Menu) lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus().get(0).getItems().stream().filter(i -> "menu-recent".equals(i.getId())).findFirst().orElseThrow();
        assertThat(recent.getItems()).extracting(javafx.scene.control.MenuItem::getText)
                .containsExactly("second.json  —  " + files, "first.json  —  " + files);
        type(KeyCode.ESCAPE);
        type(KeyCode.ESCAPE);

        var remembered = dev.akis.studio.settings.StudioSettings.load(home).recentFiles();
        assertThat(remembered).containsExactly(files.resolve("second.json").toAbsolutePath(),
                files.resolve("first.json").toAbsolutePath());
    }

    /** Edits a flow, writes its recovery copy and ends the studio as a crash would. */
    private void editAndCrash() throws Exception {
        EditorSession session = open(SampleFlows.orderLookup(), "order.json");
        clickOn(showCard("end"));
        type(KeyCode.DELETE);
        settle();
        assertThat(session.editor().isDirty()).isTrue();
        onFx(() -> {
            session.canvas().setZoom(0.7);
            session.canvas().setPan(120, 60);
            studio.runAutosave();
            studio.simulateCrash();
            return null;
        });
    }

    private Studio restart() throws Exception {
        Studio restarted = onFx(() -> {
            Stage second = new Stage();
            StudioUiTestAccess.relaunch(this, second);
            return studio;
        });
        settle();
        return restarted;
    }

    @Test
    void theAutosaveTickWritesTheRecoveryCopyBehindTheWindowAndSavingRemovesIt() throws Exception {
        EditorSession session = open(SampleFlows.orderLookup(), "order.json");
        clickOn(showCard("end"));
        type(KeyCode.DELETE);
        settle();
        Path copy = home.resolve("recovery").resolve(recoveryFolderName()).resolve(session.editor().key() + ".json");

        assertThat(onFx(studio::runAutosave)).as("the tick hands the copy to the autosave thread").isTrue();
        assertThat(studio.awaitAutosave(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(copy).exists();
        assertThat(FlowFiles.load(copy).hasBlock("end")).isFalse();

        push(SAVE);
        settle();
        assertThat(copy).as("a saved flow leaves nothing to recover").doesNotExist();
        assertThat(onFx(studio::runAutosave)).isTrue();
        assertThat(studio.awaitAutosave(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(copy).doesNotExist();
    }

    /** The running studio's own folder under recovery/ (the one holding the lock file). */
    private String recoveryFolderName() throws java.io.IOException {
        try (var folders = Files.list(home.resolve("recovery"))) {
            return folders.filter(f -> Files.exists(f.resolve("session.lock"))).map(f -> f.getFileName().toString())
                    .findFirst().orElseThrow();
        }
    }

    @Test
    void afterACrashTheUnsavedFlowIsOfferedAndRecoveredWhereTheUserWasWorking() throws Exception {
        editAndCrash();

        Studio restarted = restart();
        assertThat(restarted.offersRecovery()).isTrue();
        assertThat(lookup("#recovery-message").queryAs(Label.class).getText())
                .isEqualTo("Akış Studio was not closed properly last time. 1 unsaved flow can be recovered.");
        clickOn("#recovery-recover");
        settle();

        EditorSession recovered = restarted.activeSession();
        assertThat(recovered.editor().document().hasBlock("end")).isFalse();
        assertThat(recovered.editor().document().blocks()).hasSize(11);
        assertThat(recovered.editor().isDirty()).isTrue();
        assertThat(recovered.editor().file()).isEqualTo(files.resolve("order.json").toAbsolutePath());
        assertThat(restarted.offersRecovery()).isFalse();
        assertThat(Files.readString(files.resolve("order.json"))).contains("\"id\": \"end\"");
        assertThat(recovered.canvas().zoom()).as("the zoom of the crashed session").isEqualTo(0.7);
        assertThat(recovered.canvas().viewOrigin()).isEqualTo(new dev.akis.flow.Point(120, 60));
        assertThat(restarted.statusText()).isEqualTo("Recovered 1 flow; save it to keep it.");
        assertThat(lookup("#recovery-bar").query().isVisible()).isFalse();
        try (var left = Files.list(home.resolve("recovery"))) {
            assertThat(left).as("only the running session's folder").hasSize(1);
        }
    }

    @Test
    void aRecoveryCopyThatCannotBeOpenedIsKeptAndNamedWithItsFolder() throws Exception {
        editAndCrash();
        Path copy;
        try (var walk = Files.walk(home.resolve("recovery"))) {
            copy = walk.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        Files.writeString(copy, "{ \"schemaVersion\": 1, \"id\": ", StandardCharsets.UTF_8);

        Studio restarted = restart();
        clickOn("#recovery-recover");
        settle();

        assertThat(restarted.sessions()).isEmpty();
        assertThat(copy).as("the copy is kept").exists();
        String message = lookup("#recovery-message").queryAs(Label.class).getText();
        assertThat(message).startsWith("1 recovery copy could not be opened. It is kept in " + home.resolve("recovery")
                + " and offered again at the next start:");
        assertThat(message).contains("order.json (" + copy + "): " + copy + ":1:");
        assertThat(restarted.statusText()).isEqualTo("Recovered 0 flows; save them to keep them. "
                + "1 copy could not be opened and was kept.");
        settle();
        assertThat(lookup("#recovery-bar").query().isVisible()).as("the bar stays").isTrue();

        onFx(() -> {
            restarted.setLanguage("tr");
            return null;
        });
        settle();
        assertThat(lookup("#recovery-message").queryAs(Label.class).getText())
                .startsWith("1 kurtarma kopyası açılamadı. " + home.resolve("recovery") + " klasöründe saklanıyor");
        assertThat(lookup("#recovery-close").queryAs(javafx.scene.control.Button.class).getText()).isEqualTo("Kapat");

        clickOn("#recovery-close");
        settle();
        assertThat(lookup("#recovery-bar").query().isVisible()).isFalse();
        assertThat(copy).exists();
    }

    @Test
    void exportingWritesTheSameCanonicalFileARuntimeServerReads() throws Exception {
        EditorSession session = open(SampleFlows.orderLookup(), "order.json");
        Path exported = files.resolve("runtime").resolve("order-lookup.json");
        boolean done = onFx(() -> studio.exportTo(session, exported));
        assertThat(done).isTrue();
        assertThat(FlowFiles.load(exported)).isEqualTo(session.editor().document());
        assertThat(Files.readString(exported)).isEqualTo(new FlowWriter().write(session.editor().document()));
        assertThat(session.editor().file()).isEqualTo(files.resolve("order.json").toAbsolutePath());
        EntryPoint first = FlowFiles.load(exported).entryPoints().get(0);
        assertThat(first.target()).isEqualTo("ask_email");
    }
}
