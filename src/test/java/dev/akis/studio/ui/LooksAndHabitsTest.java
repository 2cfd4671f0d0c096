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
    void theEmptyInspectorsHintWrapsInsteadOfBeingCut() throws Exception {
        Label hint = lookup("#inspector-no-flow").queryAs(Label.class);
        assertThat(shownText(hint)).isEqualTo("Open or create a flow to edit its settings here.");
        assertThat(hint.getHeight()).as("on more than one line").isGreaterThan(2 * hint.getFont().getSize());
    }

    @Test
    void theGallerysRowsAreTallEnoughForTheirWrappedDescriptionsInTurkishAndEnglish() throws Exception {
        // The real samples, and first among them one with a description long enough to wrap over three lines.
        try (var samples = java.nio.file.Files.list(java.nio.file.Path.of("flows-samples"))) {
            for (java.nio.file.Path sample : samples.filter(p -> p.toString().endsWith(".json")).toList()) {
                java.nio.file.Files.copy(sample, home.resolve("samples").resolve(sample.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        String english = "Asks the customer for the e-mail address of their shop account, finds their latest "
                + "order in İkas and tells them where the parcel is with the carrier's tracking link.";
        String turkish = "Müşteriden mağaza hesabının e-posta adresini ister, İkas'taki son siparişini bulur ve "
                + "kargonun nerede olduğunu taşıyıcının takip bağlantısıyla birlikte söyler.";
        dev.akis.flow.json.FlowFiles.save(home.resolve("samples").resolve("aa-long.json"), SampleFlows.orderLookup()
                .toBuilder().id("long").description(dev.akis.flow.LocalizedText.of("tr", turkish, "en", english)).build());

        for (String language : java.util.List.of("tr", "en")) {
            onFx(() -> {
                studio.setLanguage(language);
                studio.showGallery();
                return null;
            });
            settle();
            javafx.scene.control.ListView<?> list = lookup("#gallery-list").queryAs(javafx.scene.control.ListView.class);
            java.util.List<javafx.scene.control.ListCell<?>> rows = list.lookupAll(".list-cell").stream()
                    .<javafx.scene.control.ListCell<?>>map(n -> (javafx.scene.control.ListCell<?>) n)
                    .filter(cell -> cell.isVisible() && !cell.isEmpty() && cell.getGraphic() != null)
                    .sorted(java.util.Comparator.comparingDouble(cell -> cell.localToScene(0, 0).getY()))
                    .toList();
            assertThat(rows).as(language + ": rows in view").hasSizeGreaterThanOrEqualTo(5);
            if (System.getProperty("akis.test.pictures") != null) {
                dev.akis.studio.tools.Headless.snapshot((Stage) list.getScene().getWindow(),
                        java.nio.file.Path.of(System.getProperty("akis.test.pictures"), "gallery-" + language + ".png"));
            }
            Label longest = null;
            for (int i = 0; i < rows.size(); i++) {
                var row = rows.get(i);
                Label description = (Label) row.getGraphic().lookup(".field-help");
                Label name = (Label) row.getGraphic().lookup(".gallery-name");
                String where = language + ", row " + i + " (" + name.getText() + ")";
                assertThat(shownText(description)).as(where + ": the whole description").isEqualTo(description.getText());
                javafx.geometry.Bounds text = description.lookup(".text").localToScene(
                        description.lookup(".text").getBoundsInLocal());
                javafx.geometry.Bounds cell = row.localToScene(row.getLayoutBounds());
                assertThat(text.getMaxY()).as(where + ": the description's last line ends inside its row")
                        .isLessThanOrEqualTo(cell.getMaxY() + 0.5);
                if (i + 1 < rows.size()) {
                    var next = rows.get(i + 1);
                    javafx.geometry.Bounds nextTitle = next.getGraphic().lookup(".gallery-name")
                            .localToScene(next.getGraphic().lookup(".gallery-name").getBoundsInLocal());
                    assertThat(text.getMaxY()).as(where + ": above the next row's title")
                            .isLessThanOrEqualTo(nextTitle.getMinY());
                    assertThat(cell.getMaxY()).as(where + ": rows do not overlap")
                            .isLessThanOrEqualTo(next.localToScene(next.getLayoutBounds()).getMinY() + 0.5);
                }
                if (description.getText().startsWith(language.equals("tr") ? turkish : english)) {
                    longest = description;
                }
            }
            assertThat(longest).as(language + ": the long sample is in view").isNotNull();
            assertThat(longest.getHeight()).as(language + ": the long description wraps over three lines")
                    .isGreaterThan(2.5 * longest.getFont().getSize());
            assertThat(list.lookupAll(".scroll-bar")).filteredOn(n -> n instanceof javafx.scene.control.ScrollBar bar
                    && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && bar.isVisible()).isEmpty();
            clickOn(language.equals("tr") ? "İptal" : "Cancel");
            settle();
            assertThat(lookup("#gallery-list").tryQuery()).as("the gallery closed").isEmpty();
        }
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
