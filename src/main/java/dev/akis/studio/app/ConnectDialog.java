package dev.akis.studio.app;

import dev.akis.blocks.BlockCatalog;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.PortSpec;
import dev.akis.flow.Block;
import dev.akis.flow.FlowDocument;
import dev.akis.studio.canvas.FlowCanvas;
import dev.akis.studio.command.Commands;
import dev.akis.studio.document.EditorDocument;
import dev.akis.studio.ui.Dialogs;
import dev.akis.studio.ui.Texts;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Connects an output of the selected block to another block from the keyboard (Ctrl+L), or, with "(none)",
 * removes the output's connection.
 */
final class ConnectDialog {

    /** The choice "(none)" in the list of targets (no block has an empty id). */
    private static final String NONE = "";

    private ConnectDialog() {
    }

    static void show(Window owner, Texts texts, Dialogs dialogs, BlockCatalog catalog, EditorDocument editor,
                     FlowCanvas canvas, String blockId) {
        FlowDocument document = editor.document();
        Block block = document.block(blockId).orElse(null);
        BlockType type = block == null ? null : catalog.find(block.type()).orElse(null);
        if (type == null) {
            return;
        }
        String language = canvas.contentLanguage();
        ComboBox<PortSpec> port = new ComboBox<>(FXCollections.observableArrayList(type.ports(block)));
        port.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PortSpec spec) {
                if (spec == null) {
                    return "";
                }
                String label = type.portLabel(spec, texts.locale(), language);
                return document.target(blockId, spec.id()).map(t -> label + "  → " + t).orElse(label);
            }

            @Override
            public PortSpec fromString(String text) {
                return null;
            }
        });
        port.getSelectionModel().selectFirst();
        port.setAccessibleText(texts.get("connect.port"));
        // "(none)" first: choosing it removes the output's connection, so the dialog undoes what it does.
        java.util.List<String> targets = new java.util.ArrayList<>();
        targets.add(NONE);
        document.blocks().stream().map(Block::id).filter(id -> !id.equals(blockId)).distinct().forEach(targets::add);
        ComboBox<String> target = new ComboBox<>(FXCollections.observableArrayList(targets));
        dev.akis.studio.ui.BlockChoices.measureFirstRowsOnly(target);
        target.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String id) {
                if (id == null) {
                    return "";
                }
                if (NONE.equals(id)) {
                    return texts.get("connect.none");
                }
                String title = document.block(id).map(b -> b.title().resolve(language, document.defaultLanguage())).orElse("");
                return title.isBlank() ? id : title + "  (" + id + ")";
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        // The target shown is where the chosen output leads now, or the first block when it leads nowhere yet.
        Runnable showCurrentTarget = () -> {
            PortSpec chosen = port.getValue();
            String now = chosen == null ? null : document.target(blockId, chosen.id()).orElse(null);
            if (now != null && targets.contains(now)) {
                target.setValue(now);
            } else if (targets.size() > 1) {
                target.setValue(targets.get(1));
            } else {
                target.setValue(NONE);
            }
        };
        port.valueProperty().addListener((obs, old, now) -> showCurrentTarget.run());
        showCurrentTarget.run();
        target.setAccessibleText(texts.get("connect.target"));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(texts.get("connect.port")), port);
        grid.addRow(1, new Label(texts.get("connect.target")), target);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("connect.title"));
        dialog.setHeaderText(texts.get("connect.header", block.title().resolve(language, document.defaultLanguage())));
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = dialogs.ok();
        dialog.getDialogPane().getButtonTypes().addAll(ok, dialogs.cancel());
        dialogs.style(dialog);
        dialog.setOnHidden(e -> {
            PortSpec chosen = port.getValue();
            String to = target.getValue();
            if (dialog.getResult() != ok || chosen == null || to == null) {
                return;
            }
            if (NONE.equals(to)) {
                editor.execute(Commands.disconnectPort(blockId, chosen.id()));
            } else {
                editor.execute(Commands.connect(blockId, chosen.id(), to,
                        locale -> type.portLabel(chosen, locale, language)));
            }
        });
        dialog.show();
        port.requestFocus();
    }
}
