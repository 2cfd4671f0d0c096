package dev.akis.studio.ui;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** The studio's message boxes, in the interface language and theme. */
public final class Dialogs {

    /** Answer to "save changes before closing?". */
    public enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    private final Texts texts;
    private final java.util.function.BooleanSupplier dark;

    public Dialogs(Texts texts, java.util.function.BooleanSupplier dark) {
        this.texts = texts;
        this.dark = dark;
    }

    /** An OK button labelled in the interface language (JavaFX's own follows the system locale). */
    public ButtonType ok() {
        return new ButtonType(texts.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    /** A Cancel button labelled in the interface language. */
    public ButtonType cancel() {
        return new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** Shows an error without blocking; returns the alert so callers (and tests) can reach it. */
    public Alert error(Window owner, String header, String details) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ok());
        alert.initOwner(owner);
        alert.setTitle(texts.get("dialog.errorTitle"));
        alert.setHeaderText(header);
        Label content = new Label(details);
        content.setWrapText(true);
        content.setId("error-details");
        content.getStyleClass().add("dialog-details");
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinWidth(520);
        style(alert);
        alert.show();
        return alert;
    }

    public UnsavedChoice confirmUnsaved(Window owner, String name) {
        ButtonType save = new ButtonType(texts.get("dialog.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(texts.get("dialog.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, texts.get("dialog.unsavedDetails"), save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle(texts.get("dialog.unsavedTitle"));
        alert.setHeaderText(texts.get("dialog.unsavedHeader", name));
        style(alert);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return UnsavedChoice.CANCEL;
        }
        return answer.get() == save ? UnsavedChoice.SAVE : UnsavedChoice.DISCARD;
    }

    public boolean confirm(Window owner, String header, String details, String proceedLabel) {
        ButtonType proceed = new ButtonType(proceedLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, details, proceed, cancel);
        alert.initOwner(owner);
        alert.setTitle(texts.get("dialog.warningTitle"));
        alert.setHeaderText(header);
        style(alert);
        return alert.showAndWait().filter(proceed::equals).isPresent();
    }

    public void style(javafx.scene.control.Dialog<?> dialog) {
        dialog.getDialogPane().getStyleClass().add("akis-dialog");
        dialog.getDialogPane().sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Themes.style(scene, dark.getAsBoolean());
            }
        });
        if (dialog.getDialogPane().getScene() != null) {
            Themes.style(dialog.getDialogPane().getScene(), dark.getAsBoolean());
        }
    }
}
