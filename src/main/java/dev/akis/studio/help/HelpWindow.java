package dev.akis.studio.help;

import dev.akis.studio.app.ActionRegistry;
import dev.akis.studio.app.StudioAction;
import dev.akis.studio.ui.Texts;
import dev.akis.studio.ui.Themes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The keyboard reference: every action with its shortcut, read from the same registry that installs the
 * shortcuts, grouped by menu, followed by the mouse and touchpad gestures of the canvas.
 */
public final class HelpWindow {

    /** One line of the table. */
    public record Line(String group, String what, String keys) {
    }

    private HelpWindow() {
    }

    public static List<Line> lines(ActionRegistry actions, Texts texts) {
        List<Line> lines = new ArrayList<>();
        Set<String> menus = new LinkedHashSet<>();
        actions.all().forEach(action -> menus.add(action.menu()));
        for (String menu : menus) {
            String group = texts.get("menu." + menu).replace("_", "");
            for (StudioAction action : actions.inMenu(menu)) {
                String keys = action.accelerator() == null ? "" : action.accelerator().getDisplayText();
                String extra = texts.find("shortcut.extra." + action.id(), null);
                if (extra != null) {
                    keys = keys.isEmpty() ? extra : keys + "  /  " + extra;
                }
                lines.add(new Line(group, texts.get(action.textKey()), keys));
            }
        }
        String gestures = texts.get("help.gestures");
        for (int i = 1; texts.has("help.gesture." + i); i++) {
            lines.add(new Line(gestures, texts.get("help.gesture." + i), texts.get("help.gesture." + i + ".keys")));
        }
        return lines;
    }

    public static Stage show(Window owner, ActionRegistry actions, Texts texts, boolean dark) {
        TableView<Line> table = new TableView<>(FXCollections.observableArrayList(lines(actions, texts)));
        table.setId("help-shortcuts");
        TableColumn<Line, String> group = new TableColumn<>(texts.get("help.group"));
        group.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().group()));
        group.setPrefWidth(140);
        TableColumn<Line, String> what = new TableColumn<>(texts.get("help.action"));
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().what()));
        what.setPrefWidth(330);
        TableColumn<Line, String> keys = new TableColumn<>(texts.get("help.keys"));
        keys.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().keys()));
        keys.setPrefWidth(230);
        table.getColumns().add(group);
        table.getColumns().add(what);
        table.getColumns().add(keys);
        table.accessibleTextProperty().set(texts.get("help.title"));
        Label intro = new Label(texts.get("help.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("field-help");
        VBox root = new VBox(10, intro, table);
        root.getStyleClass().add("help-window");
        VBox.setVgrow(table, Priority.ALWAYS);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(texts.get("help.title"));
        Scene scene = new Scene(root, 760, 620);
        Themes.style(scene, dark);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
