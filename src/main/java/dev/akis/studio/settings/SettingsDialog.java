package dev.akis.studio.settings;

import com.jfoenix.controls.JFXToggleButton;
import dev.akis.studio.ui.Dialogs;
import dev.akis.studio.ui.Texts;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Settings: interface language (follow the system, Türkçe, English), dark theme and minimap. The two switches
 * are JFoenix toggle buttons (one of the JFoenix controls that works on JavaFX 21; see decision 0050).
 */
public final class SettingsDialog {

    /** What the user chose. */
    public record Choice(String language, boolean dark, boolean minimap) {
    }

    private SettingsDialog() {
    }

    /** Opens the dialog without blocking; {@code onApply} receives the choice when OK is pressed. */
    public static Dialog<ButtonType> show(Window owner, Texts texts, Dialogs dialogs, StudioSettings current,
                                          Consumer<Choice> onApply) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("settings.title"));
        dialog.setHeaderText(texts.get("settings.header"));
        ComboBox<String> language = new ComboBox<>(FXCollections.observableArrayList(
                List.of(StudioSettings.SYSTEM_LANGUAGE, "tr", "en")));
        language.setId("settings-language");
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : texts.get("settings.language." + value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        language.setValue(current.language());
        language.setAccessibleText(texts.get("settings.language"));
        JFXToggleButton dark = new JFXToggleButton();
        dark.setId("settings-dark");
        dark.setText(texts.get("settings.dark"));
        dark.setSelected(current.isDark());
        dark.setAccessibleText(texts.get("settings.dark"));
        JFXToggleButton minimap = new JFXToggleButton();
        minimap.setId("settings-minimap");
        minimap.setText(texts.get("settings.minimap"));
        minimap.setSelected(current.showMinimap());
        minimap.setAccessibleText(texts.get("settings.minimap"));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(texts.get("settings.language")), language);
        grid.add(dark, 0, 1, 2, 1);
        grid.add(minimap, 0, 2, 2, 1);
        grid.getStyleClass().add("settings-grid");
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = dialogs.ok();
        dialog.getDialogPane().getButtonTypes().addAll(ok, dialogs.cancel());
        dialogs.style(dialog);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == ok) {
                onApply.accept(new Choice(language.getValue(), dark.isSelected(), minimap.isSelected()));
            }
        });
        dialog.show();
        return dialog;
    }
}
