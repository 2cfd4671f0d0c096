package dev.akis.studio.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akis.blocks.FieldSpec;
import dev.akis.flow.Block;
import dev.akis.flow.Json;
import dev.akis.flow.json.CanonicalJson;
import dev.akis.flow.LocalizedText;
import dev.akis.blocks.BlockType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/** Editors for the single-value field types: text, numbers, yes/no, choice, duration, property and block. */
final class SimpleEditors {

    private SimpleEditors() {
    }

    /** TEXT: one line or several, with placeholder completion. */
    static final class Text extends FieldEditor {
        private final TextInputControl input;

        Text(FieldContext context) {
            super(context);
            if (context.field.multiline()) {
                TextArea area = new TextArea();
                area.setPrefRowCount(4);
                area.setWrapText(true);
                area.getStyleClass().add("code-input");
                input = area;
            } else {
                input = new TextField();
            }
            input.setAccessibleText(context.label());
            showDefault();
            MergeKeys.track(input);
            PlaceholderAssist.attach(input, context::propertyNames, context.texts.get("inspector.placeholderHint"));
            input.textProperty().addListener((obs, old, now) ->
                    commit(now == null || now.isEmpty() ? null : Json.NODES.textNode(now), MergeKeys.of(input)));
        }

        @Override
        Node node() {
            return input;
        }

        @Override
        Node focusTarget() {
            return input;
        }

        @Override
        void show(JsonNode value) {
            String text = isUnset(value) ? "" : value.asText();
            if (!text.equals(input.getText())) {
                updating = true;
                input.setText(text);
                updating = false;
            }
            if (context.field.defaultDependsOnOption()) {
                showDefault();
            }
        }

        /** An empty field means the default applies; show it (it may follow another setting, as Get Member's). */
        private void showDefault() {
            Block block = context.block();
            JsonNode fallback = block == null ? context.field.defaultValue()
                    : context.field.defaultFor(block.config(), context.type);
            input.setPromptText(fallback == null ? null : fallback.asText());
        }
    }

    /** LOCALIZED_TEXT: one text per flow language with a counter against the field's limit. */
    static final class Localized extends FieldEditor {
        private final LocalizedTextBox box;

        Localized(FieldContext context) {
            super(context);
            FieldSpec field = context.field;
            box = new LocalizedTextBox(context.texts, context.languages(), field.multiline(), field.maxLength(),
                    context.label(), context::propertyNames, (text, key) -> commit(toJson(text), key));
            box.followLanguage(context.shownLanguage);
            LocalizedText defaults = context.type.bundleDefault(field, context.languages());
            defaults.asMap().forEach(box::setPrompt);
        }

        static JsonNode toJson(LocalizedText text) {
            if (text.asMap().isEmpty()) {
                return null;
            }
            var node = Json.object();
            text.asMap().forEach(node::put);
            return node;
        }

        @Override
        Node node() {
            return box;
        }

        @Override
        Node focusTarget() {
            return box.inputs().isEmpty() ? box : box.inputs().get(0);
        }

        @Override
        void show(JsonNode value) {
            Block block = context.block();
            if (block != null) {
                // The limit follows the block's settings: shorter when the text goes out with buttons or a list.
                box.setMaxLength(context.field.lengthLimitIn(block.config(), context.type));
            }
            updating = true;
            box.show(BlockType.localized(value));
            updating = false;
        }
    }

    /** INTEGER and DECIMAL: typed as text, committed only when it reads as a number. */
    static final class Number extends FieldEditor {
        private final TextField input = new TextField();
        private final boolean whole;

        Number(FieldContext context, boolean whole) {
            super(context);
            this.whole = whole;
            FieldSpec field = context.field;
            if (field.min() != null && field.max() != null) {
                input.setPromptText(format(field.min()) + " – " + format(field.max()));
            } else if (field.defaultValue() != null) {
                input.setPromptText(field.defaultValue().asText());
            }
            input.setAccessibleText(context.label());
            input.setPrefColumnCount(8);
            MergeKeys.track(input);
            input.textProperty().addListener((obs, old, now) -> parseAndCommit(now));
        }

        private static String format(double value) {
            return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        }

        private void parseAndCommit(String text) {
            if (updating) {
                return;
            }
            String trimmed = text == null ? "" : text.trim().replace(',', '.');
            if (trimmed.isEmpty()) {
                commit(null, MergeKeys.of(input));
                return;
            }
            try {
                JsonNode value = whole ? Json.NODES.numberNode(Integer.parseInt(trimmed))
                        : Json.NODES.numberNode(new BigDecimal(trimmed));
                if (!whole && !CanonicalJson.fitsPlain(value.decimalValue())) {
                    throw new NumberFormatException("too long to save: " + trimmed);
                }
                commit(value, MergeKeys.of(input));
                FieldSpec field = context.field;
                double number = value.asDouble();
                if ((field.min() != null && number < field.min()) || (field.max() != null && number > field.max())) {
                    context.reportLocalError(context.texts.get("inspector.outOfRange", format(field.min()), format(field.max())));
                }
            } catch (NumberFormatException notANumber) {
                context.reportLocalError(context.texts.get(whole ? "inspector.notWholeNumber" : "inspector.notNumber"));
            }
        }

        @Override
        Node node() {
            return input;
        }

        @Override
        Node focusTarget() {
            return input;
        }

        @Override
        void show(JsonNode value) {
            String text = isUnset(value) ? "" : value.asText();
            String current = input.getText() == null ? "" : input.getText().trim().replace(',', '.');
            boolean same = current.equals(text);
            if (!same && !isUnset(value) && !current.isEmpty()) {
                try {
                    same = new BigDecimal(current).compareTo(value.decimalValue()) == 0;
                } catch (NumberFormatException e) {
                    same = false;
                }
            }
            if (!same) {
                updating = true;
                input.setText(text);
                updating = false;
            }
        }
    }

    /** BOOLEAN: a check box labelled with the field. */
    static final class Toggle extends FieldEditor {
        private final CheckBox box = new CheckBox();

        Toggle(FieldContext context) {
            super(context);
            box.setText(context.label());
            box.setWrapText(true);
            box.selectedProperty().addListener((obs, old, now) -> commit(Json.NODES.booleanNode(now), new Object()));
        }

        @Override
        boolean showsOwnLabel() {
            return true;
        }

        @Override
        Node node() {
            return box;
        }

        @Override
        Node focusTarget() {
            return box;
        }

        @Override
        void show(JsonNode value) {
            boolean selected = isUnset(value) ? context.field.defaultValue() != null && context.field.defaultValue().asBoolean()
                    : value.asBoolean();
            if (box.isSelected() != selected) {
                updating = true;
                box.setSelected(selected);
                updating = false;
            }
        }
    }

    /** ENUM: a drop-down of the field's options, shown with their labels. */
    static final class Choice extends FieldEditor {
        private final ComboBox<String> combo = new ComboBox<>();

        Choice(FieldContext context) {
            super(context);
            combo.setItems(FXCollections.observableArrayList(context.field.options()));
            combo.setConverter(converter(context::optionLabel));
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.setAccessibleText(context.label());
            combo.valueProperty().addListener((obs, old, now) -> {
                if (now != null) {
                    commit(Json.NODES.textNode(now), new Object());
                }
            });
        }

        @Override
        Node node() {
            return combo;
        }

        @Override
        Node focusTarget() {
            return combo;
        }

        @Override
        void show(JsonNode value) {
            String option = isUnset(value) ? (context.field.defaultValue() == null ? null : context.field.defaultValue().asText())
                    : value.asText();
            if (option != null && !option.equals(combo.getValue())) {
                updating = true;
                combo.setValue(option);
                updating = false;
            }
        }
    }

    /** DURATION: an amount and a unit, stored as ISO-8601 ("PT2H", "P1D"). */
    static final class DurationInput extends FieldEditor {
        private static final List<String> UNITS = List.of("S", "M", "H", "D");
        private final TextField amount = new TextField();
        private final ComboBox<String> unit = new ComboBox<>(FXCollections.observableArrayList(UNITS));
        private final HBox box = new HBox(6, amount, unit);

        DurationInput(FieldContext context) {
            super(context);
            amount.setPrefColumnCount(5);
            amount.setAccessibleText(context.label());
            unit.setAccessibleText(context.label() + " – " + context.texts.get("inspector.unit"));
            unit.setConverter(converter(u -> context.texts.get("duration.unit." + u)));
            unit.setValue("H");
            HBox.setHgrow(unit, Priority.ALWAYS);
            box.setAlignment(Pos.CENTER_LEFT);
            MergeKeys.track(amount);
            amount.textProperty().addListener((obs, old, now) -> commitDuration(MergeKeys.of(amount)));
            unit.valueProperty().addListener((obs, old, now) -> commitDuration(new Object()));
        }

        private void commitDuration(Object key) {
            if (updating) {
                return;
            }
            String text = amount.getText() == null ? "" : amount.getText().trim();
            if (text.isEmpty()) {
                commit(null, key);
                return;
            }
            try {
                long value = Long.parseLong(text);
                if (value < 0) {
                    throw new NumberFormatException();
                }
                String u = unit.getValue() == null ? "H" : unit.getValue();
                commit(Json.NODES.textNode("D".equals(u) ? "P" + value + "D" : "PT" + value + u), key);
            } catch (NumberFormatException e) {
                context.reportLocalError(context.texts.get("inspector.notWholeNumber"));
            }
        }

        @Override
        Node node() {
            return box;
        }

        @Override
        Node focusTarget() {
            return amount;
        }

        @Override
        void show(JsonNode value) {
            String text = isUnset(value) ? (context.field.defaultValue() == null ? "" : context.field.defaultValue().asText())
                    : value.asText();
            long seconds;
            try {
                seconds = text.isEmpty() ? -1 : Duration.parse(text).getSeconds();
            } catch (DateTimeParseException e) {
                seconds = -1;
            }
            String newAmount;
            String newUnit;
            if (seconds < 0) {
                newAmount = "";
                newUnit = unit.getValue();
            } else if (seconds > 0 && seconds % 86400 == 0) {
                newAmount = String.valueOf(seconds / 86400);
                newUnit = "D";
            } else if (seconds > 0 && seconds % 3600 == 0) {
                newAmount = String.valueOf(seconds / 3600);
                newUnit = "H";
            } else if (seconds > 0 && seconds % 60 == 0) {
                newAmount = String.valueOf(seconds / 60);
                newUnit = "M";
            } else {
                newAmount = String.valueOf(seconds);
                newUnit = "S";
            }
            String current = currentIso();
            if (current != null && current.equals(text)) {
                return;
            }
            updating = true;
            amount.setText(newAmount);
            unit.setValue(newUnit);
            updating = false;
        }

        private String currentIso() {
            try {
                long value = Long.parseLong(amount.getText().trim());
                String u = unit.getValue();
                return "D".equals(u) ? "P" + value + "D" : "PT" + value + u;
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    /** PROPERTY: a property name, typed or picked from what the flow knows. */
    static final class Property extends FieldEditor {
        private final ComboBox<String> combo = new ComboBox<>();

        Property(FieldContext context) {
            super(context);
            combo.setEditable(true);
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.setAccessibleText(context.label());
            combo.setOnShowing(e -> combo.getItems().setAll(context.propertyNames()));
            combo.getItems().setAll(context.propertyNames());
            MergeKeys.track(combo.getEditor());
            combo.getEditor().textProperty().addListener((obs, old, now) ->
                    commit(now == null || now.isBlank() ? null : Json.NODES.textNode(now.trim()), MergeKeys.of(combo.getEditor())));
        }

        @Override
        Node node() {
            return combo;
        }

        @Override
        Node focusTarget() {
            return combo.getEditor();
        }

        @Override
        void show(JsonNode value) {
            String text = isUnset(value) ? "" : value.asText();
            if (!text.equals(combo.getEditor().getText() == null ? "" : combo.getEditor().getText().trim())) {
                updating = true;
                combo.getEditor().setText(text);
                updating = false;
            }
        }
    }

    /** BLOCK_REF: another block of the flow, shown by title and id. */
    static final class BlockRef extends FieldEditor {
        private final ComboBox<String> combo = new ComboBox<>();

        BlockRef(FieldContext context) {
            super(context);
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.setAccessibleText(context.label());
            combo.setConverter(converter(this::describe));
            dev.akis.studio.ui.BlockChoices.measureFirstRowsOnly(combo);
            refreshItems();
            combo.setOnShowing(e -> {
                updating = true;
                String value = combo.getValue();
                refreshItems();
                combo.setValue(value);
                updating = false;
            });
            combo.valueProperty().addListener((obs, old, now) -> {
                if (now != null) {
                    commit(Json.NODES.textNode(now), new Object());
                }
            });
        }

        private void refreshItems() {
            combo.getItems().setAll(context.editor.document().blocks().stream()
                    .map(Block::id).filter(id -> !id.equals(context.blockId)).toList());
        }

        private String describe(String id) {
            if (id == null) {
                return "";
            }
            return context.editor.document().block(id)
                    .map(block -> block.title().resolve(context.texts.language(), context.editor.document().defaultLanguage()))
                    .filter(title -> !title.isBlank())
                    .map(title -> title + "  (" + id + ")")
                    .orElse(id);
        }

        @Override
        Node node() {
            return combo;
        }

        @Override
        Node focusTarget() {
            return combo;
        }

        @Override
        void show(JsonNode value) {
            String id = isUnset(value) ? null : value.asText();
            if (id != null && !id.equals(combo.getValue())) {
                updating = true;
                if (!combo.getItems().contains(id)) {
                    combo.getItems().add(id);
                }
                combo.setValue(id);
                updating = false;
            }
        }
    }

    static StringConverter<String> converter(java.util.function.Function<String, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
    }
}
