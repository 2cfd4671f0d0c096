package dev.akis.studio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.jfoenix.controls.JFXToggleButton;
import dev.akis.studio.help.HelpWindow;
import dev.akis.studio.support.SampleFlows;
import dev.akis.studio.support.StudioUiTest;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Turkish and English, light and dark, and the keyboard reference. */
@ExtendWith(ApplicationExtension.class)
class LooksAndHabitsTest extends StudioUiTest {

    @Start
    void start(Stage stage) throws Exception {
        launch(stage);
    }

    @Test
    void switchingToTurkishInTheSettingsRelabelsTheWindow() throws Exception {
        open(SampleFlows.orderLookup(), "order.json");
        MenuBar menus = lookup("#menu-bar").queryAs(MenuBar.class);
        assertThat(menus.getMenus()).extracting(m -> m.getText()).startsWith("File", "Edit");

        clickOn("#tool-settings");
        settle();
        @SuppressWarnings("unchecked")
        ComboBox<String> language = lookup("#settings-language").queryAs(ComboBox.class);
        clickOn(language);
        clickOn("Türkçe");
        clickOn("OK");
        settle();

        assertThat(menus.getMenus()).extracting(m -> m.getText())
                .containsExactly("Dosya", "Düzen", "Ekle", "Yerleşim", "Görünüm", "Simülatör", "Yardım");
        assertThat(lookup(".panel-title").queryAllAs(Label.class)).extracting(Label::getText).contains("Bloklar", "Sorunlar");
        assertThat(((Label) card("get_member").lookup(".card-summary")).getText()).isEqualTo("E-posta: {contact.email}");
        assertThat(lookup("#start-node").query().lookup(".start-header")).extracting(n -> ((Label) n).getText())
                .isEqualTo("Başlangıç");
        assertThat(dev.akis.studio.settings.StudioSettings.load(home).language()).isEqualTo("tr");
    }

    @Test
    void theDarkThemeSwitchDarkensTheCanvas() throws Exception {
        open(SampleFlows.orderLookup(), "order.json");
        assertThat(brightnessOfEmptyCanvas()).isGreaterThan(0.8);

        clickOn("#tool-settings");
        settle();
        JFXToggleButton dark = lookup("#settings-dark").queryAs(JFXToggleButton.class);
        assertThat(dark.isSelected()).isFalse();
        clickOn(dark);
        assertThat(dark.isSelected()).isTrue();
        clickOn("OK");
        settle();

        assertThat(studio.isDarkTheme()).isTrue();
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("theme-dark");
        assertThat(brightnessOfEmptyCanvas()).isLessThan(0.2);
        Color cardFill = colourAt(card("get_member"), 60, 30);
        assertThat(cardFill.getBrightness()).isLessThan(0.3);
    }

    private double brightnessOfEmptyCanvas() throws Exception {
        return colourAt(session().canvas(), 0.45 * session().canvas().getWidth(), 0.93 * session().canvas().getHeight())
                .getBrightness();
    }

    private Color colourAt(javafx.scene.Node node, double x, double y) throws Exception {
        WritableImage image = onFx(() -> node.snapshot(null, null));
        return image.getPixelReader().getColor((int) x, (int) y);
    }

    @Test
    void f1ShowsEveryShortcutFromTheActionRegistry() throws Exception {
        type(KeyCode.F1);
        settle();
        @SuppressWarnings("unchecked")
        TableView<HelpWindow.Line> table = lookup("#help-shortcuts").queryAs(TableView.class);
        assertThat(table.getItems()).contains(
                new HelpWindow.Line("Edit", "Undo", "Ctrl+Z"),
                new HelpWindow.Line("Edit", "Redo", "Ctrl+Shift+Z  /  Ctrl+Y"),
                new HelpWindow.Line("File", "Save", "Ctrl+S"),
                new HelpWindow.Line("Edit", "Find…", "Ctrl+F"),
                new HelpWindow.Line("Canvas", "Zoom at the pointer", "Ctrl + mouse wheel, or pinch"));
        long withShortcut = studio.actions().all().stream().filter(a -> a.accelerator() != null).count();
        assertThat(table.getItems().stream().filter(l -> !l.keys().isEmpty()).count()).isGreaterThanOrEqualTo(withShortcut);
        type(KeyCode.ESCAPE);
    }

    @Test
    void controlsCarryAccessibleNames() throws Exception {
        open(SampleFlows.orderLookup(), "order.json");
        assertThat(session().canvas().getAccessibleText()).isEqualTo("Flow canvas");
        assertThat(card("get_member").getAccessibleText()).isEqualTo("Find the member, Get Member block, id get_member, 3 outputs");
        assertThat(lookup("#tool-save").query().getAccessibleText()).isEqualTo("Save");
        assertThat(lookup("#palette-search").query().getAccessibleText()).isEqualTo("Search blocks");
        clickOn(showCard("get_member"));
        settle();
        assertThat(session().canvas().getAccessibleText()).isEqualTo("Flow canvas — selected: Find the member");
    }
}
