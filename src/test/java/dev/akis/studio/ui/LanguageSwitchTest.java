package dev.akis.studio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.studio.support.SampleFlows;
import dev.akis.studio.support.StudioUiTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A merchant switches the interface from English to Turkish with a flow open and Find showing: nothing the window
 * shows or tells a screen reader may stay in English. The check is generic: every label, button, tooltip, tab,
 * menu, prompt and accessible text in the window is compared with every English interface text (studio and block
 * catalog bundles) whose Turkish text differs, placeholders matching anything.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchTest extends StudioUiTest {

    @Start
    void start(Stage stage) throws Exception {
        launch(stage);
    }

    /** An English interface text, as a pattern that matches it with any arguments filled in. */
    private record EnglishText(String bundle, String key, String text, Pattern pattern) {
    }

    @Test
    void afterSwitchingToTurkishNoEnglishInterfaceTextIsLeftInTheWindow() throws Exception {
        open(SampleFlows.orderLookup(), "order.json");
        clickOn(showCard("get_member"));
        push(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.F,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        write("msg");
        settle();
        assertThat(lookup("#find-count").queryAs(javafx.scene.control.Label.class).getText()).isEqualTo("– of 6");
        List<EnglishText> english = englishTexts();
        assertThat(stringsShown()).as("the check sees the English window").anyMatch(s -> matchesAny(s, english));

        onFx(() -> {
            studio.setLanguage("tr");
            return null;
        });
        settle();

        List<String> leftInEnglish = new ArrayList<>();
        for (String shown : stringsShown()) {
            for (EnglishText text : english) {
                if (text.pattern().matcher(shown).matches()) {
                    leftInEnglish.add("\"" + shown + "\" (" + text.bundle() + ": " + text.key() + ")");
                }
            }
        }
        assertThat(leftInEnglish).isEmpty();
        assertThat(lookup("#find-count").queryAs(javafx.scene.control.Label.class).getText()).isEqualTo("– / 6");
    }

    private static boolean matchesAny(String shown, List<EnglishText> english) {
        return english.stream().anyMatch(text -> text.pattern().matcher(shown).matches());
    }

    /** English texts whose Turkish text is different, with enough fixed words to be recognised. */
    private static List<EnglishText> englishTexts() throws IOException {
        List<EnglishText> result = new ArrayList<>();
        for (String bundle : List.of("dev/akis/studio/studio", "dev/akis/blocks/blocks")) {
            Properties en = load(bundle + "_en.properties");
            Properties tr = load(bundle + "_tr.properties");
            for (String key : en.stringPropertyNames()) {
                String text = en.getProperty(key);
                if (text.equals(tr.getProperty(key))) {
                    continue;
                }
                String fixed = text.replaceAll("\\{\\d+}", "");
                if (fixed.replaceAll("[^\\p{L}]", "").length() < 3) {
                    continue;
                }
                List<String> parts = new ArrayList<>();
                for (String part : text.split("\\{\\d+}", -1)) {
                    parts.add(Pattern.quote(part));
                }
                result.add(new EnglishText(bundle, key, text, Pattern.compile(String.join("(?s).*?", parts))));
            }
        }
        return result;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LanguageSwitchTest.class.getClassLoader().getResourceAsStream(resource);
             InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** Every interface string of the window: texts, tooltips, prompts, accessible texts, tabs and menus. */
    private List<String> stringsShown() throws Exception {
        return onFx(() -> {
            List<String> strings = new ArrayList<>();
            collect(stage.getScene().getRoot(), strings);
            strings.add(stage.getTitle());
            return strings;
        });
    }

    private void collect(Node node, List<String> strings) {
        if (node.getClass().getPackageName().equals("dev.akis.studio.simulator")) {
            // The chat simulator panel is checked by its own tests (and changed on another branch).
            return;
        }
        if (!node.isVisible()) {
            // Hidden nodes (a closed bar, cells kept for reuse) are neither seen nor read out.
            return;
        }
        add(strings, node.getAccessibleText());
        if (node instanceof Labeled labeled) {
            add(strings, labeled.getText());
        }
        if (node instanceof Control control && control.getTooltip() != null) {
            add(strings, control.getTooltip().getText());
        }
        if (node instanceof TextInputControl input && !input.getProperties().containsKey("language")) {
            // A text box for one content language shows that language's default text as its prompt
            // (the English title box suggests "Get Member" whatever the interface language): content, not interface.
            add(strings, input.getPromptText());
        }
        Object tooltip = node.getProperties().get("javafx.scene.control.Tooltip");
        if (tooltip instanceof Tooltip installed) {
            add(strings, installed.getText());
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                add(strings, tab.getText());
                if (tab.getTooltip() != null) {
                    add(strings, tab.getTooltip().getText());
                }
            }
        }
        if (node instanceof MenuBar bar) {
            for (Menu menu : bar.getMenus()) {
                collect(menu, strings);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, strings);
            }
        }
    }

    private void collect(MenuItem item, List<String> strings) {
        add(strings, item.getText());
        if (item instanceof Menu menu) {
            for (MenuItem child : menu.getItems()) {
                collect(child, strings);
            }
        }
    }

    private static void add(List<String> strings, String text) {
        if (text != null && !text.isBlank()) {
            strings.add(text);
        }
    }


}
