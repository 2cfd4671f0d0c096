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

    /** The text a label really shows (JavaFX cuts a text that does not fit and ends it with "…"). */
    private static String shownText(Label label) {
        return ((javafx.scene.text.Text) label.lookup(".text")).getText();
    }

    @Test
    void theEmptyInspectorsHintAndTheGallerysDescriptionsWrapInsteadOfBeingCut() throws Exception {
        Label hint = lookup("#inspector-no-flow").queryAs(Label.class);
        assertThat(shownText(hint)).isEqualTo("Open or create a flow to edit its settings here.");
        assertThat(hint.getHeight()).as("on more than one line").isGreaterThan(2 * hint.getFont().getSize());

        var flow = SampleFlows.orderLookup();
        String longDescription = "Asks the customer for the e-mail address of their shop account, finds their latest "
                + "order in İkas and tells them where the parcel is with the carrier's tracking link.";
        dev.akis.flow.json.FlowFiles.save(home.resolve("samples").resolve("long.json"), flow.toBuilder().id("long")
                .description(dev.akis.flow.LocalizedText.of("tr", longDescription, "en", longDescription)).build());
        onFx(() -> {
            studio.showGallery();
            return null;
        });
        settle();
        javafx.scene.control.ListView<?> list = lookup("#gallery-list").queryAs(javafx.scene.control.ListView.class);
        Label description = list.lookupAll(".field-help").stream().map(n -> (Label) n)
                .filter(l -> l.getText().startsWith(longDescription)).findFirst().orElseThrow();
        assertThat(shownText(description)).isEqualTo(description.getText());
        assertThat(list.lookupAll(".scroll-bar")).filteredOn(n -> n instanceof javafx.scene.control.ScrollBar bar
                && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && bar.isVisible()).isEmpty();
        type(KeyCode.ESCAPE);
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
