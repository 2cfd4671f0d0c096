package dev.akis.studio.inspector;

import dev.akis.flow.LocalizedText;
import dev.akis.studio.ui.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One text in each of the flow's languages, the languages one above the other so translations can be compared,
 * each with its language tag and, when there is a limit, a character counter that turns red past it. In the block
 * inspector it can follow a language tab and show that language's text alone ({@link #followLanguage}).
 */
final class LocalizedTextBox extends VBox {

    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over-limit");

    private final List<String> languages;
    private int maxLength;
    private final Map<String, TextInputControl> inputs = new LinkedHashMap<>();
    private final Map<String, Label> counters = new LinkedHashMap<>();
    private final Map<String, VBox> cells = new LinkedHashMap<>();
    /** Held here so the weak listener on the (longer-lived) tab choice lives as long as this box. */
    private ChangeListener<String> languageListener;
    private LocalizedText shown = LocalizedText.EMPTY;
    private boolean updating;

    /**
     * @param onChange receives the new text and the merge key of the control being typed in
     */
    LocalizedTextBox(Texts texts, List<String> languages, boolean multiline, int maxLength, String accessibleName,
                     Supplier<List<String>> placeholders, java.util.function.BiConsumer<LocalizedText, Object> onChange) {
        this.languages = List.copyOf(languages);
        this.maxLength = maxLength;
        getStyleClass().add("localized-text");
        setSpacing(6);
        for (String language : languages) {
            TextInputControl input;
            if (multiline) {
                TextArea area = new TextArea();
                area.setWrapText(true);
                area.setPrefRowCount(3);
                input = area;
            } else {
                input = new TextField();
            }
            input.getStyleClass().add("lang-input");
            input.setId(null);
            input.getProperties().put("language", language);
            input.setAccessibleText(accessibleName + " (" + texts.find("language." + language, language) + ")");
            MergeKeys.track(input);
            if (placeholders != null) {
                PlaceholderAssist.attach(input, placeholders, texts.get("inspector.placeholderHint"));
            }
            Label tag = new Label(language.toUpperCase(java.util.Locale.ROOT));
            tag.getStyleClass().add("lang-tag");
            tag.setMinWidth(28);
            tag.setAlignment(Pos.CENTER);
            HBox row = new HBox(6, tag, input);
            row.setAlignment(multiline ? Pos.TOP_LEFT : Pos.CENTER_LEFT);
            HBox.setHgrow(input, Priority.ALWAYS);
            VBox cell = new VBox(2, row);
            if (maxLength > 0) {
                Label counter = new Label();
                counter.getStyleClass().add("char-counter");
                counter.setMaxWidth(Double.MAX_VALUE);
                counter.setAlignment(Pos.CENTER_RIGHT);
                counters.put(language, counter);
                cell.getChildren().add(counter);
            }
            getChildren().add(cell);
            cells.put(language, cell);
            inputs.put(language, input);
            input.textProperty().addListener((obs, old, now) -> {
                updateCounter(language);
                if (!updating) {
                    shown = collect();
                    onChange.accept(shown, MergeKeys.of(input));
                }
            });
            updateCounter(language);
        }
    }

    /**
     * Shows only the text of the chosen language (null, or a language the flow does not have: all of them) and
     * follows later choices.
     */
    void followLanguage(ObservableValue<String> shownLanguage) {
        languageListener = (obs, old, now) -> showOnly(now);
        shownLanguage.addListener(new WeakChangeListener<>(languageListener));
        showOnly(shownLanguage.getValue());
    }

    private void showOnly(String language) {
        boolean all = language == null || !cells.containsKey(language);
        cells.forEach((code, cell) -> {
            boolean shown = all || code.equals(language);
            cell.setVisible(shown);
            cell.setManaged(shown);
        });
    }

    /** Shows a text from the model; does nothing when it is what the controls already show. */
    void show(LocalizedText text) {
        LocalizedText value = text == null ? LocalizedText.EMPTY : text;
        if (value.equals(shown) && value.equals(collect())) {
            return;
        }
        updating = true;
        try {
            for (Map.Entry<String, TextInputControl> entry : inputs.entrySet()) {
                String wanted = value.get(entry.getKey());
                wanted = wanted == null ? "" : wanted;
                if (!wanted.equals(entry.getValue().getText())) {
                    entry.getValue().setText(wanted);
                }
            }
            shown = value;
        } finally {
            updating = false;
        }
    }

    /** The controls' text; languages left empty are omitted. */
    LocalizedText collect() {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, TextInputControl> entry : inputs.entrySet()) {
            String text = entry.getValue().getText();
            if (text != null && !text.isEmpty()) {
                values.put(entry.getKey(), text);
            }
        }
        return LocalizedText.of(values);
    }

    TextInputControl input(String language) {
        return inputs.get(language);
    }

    List<TextInputControl> inputs() {
        return new ArrayList<>(inputs.values());
    }

    void setPrompt(String language, String prompt) {
        TextInputControl input = inputs.get(language);
        if (input != null) {
            input.setPromptText(prompt);
        }
    }

    /**
     * Changes the limit the counters measure against (a question's text is limited to 1024 characters once its
     * answers are shown as buttons or a list); a box built without a limit keeps none.
     */
    void setMaxLength(int limit) {
        if (limit == maxLength || counters.isEmpty()) {
            return;
        }
        maxLength = limit;
        counters.keySet().forEach(this::updateCounter);
    }

    private void updateCounter(String language) {
        Label counter = counters.get(language);
        if (counter == null) {
            return;
        }
        int length = inputs.get(language).getText() == null ? 0 : inputs.get(language).getText().length();
        counter.setText(length + " / " + maxLength);
        counter.pseudoClassStateChanged(OVER, length > maxLength);
    }

    List<String> languages() {
        return languages;
    }
}
