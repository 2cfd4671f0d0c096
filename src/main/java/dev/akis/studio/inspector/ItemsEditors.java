package dev.akis.studio.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.conversation.ConditionBlock;
import dev.akis.flow.Json;
import dev.akis.flow.LocalizedText;
import dev.akis.i18n.Languages;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Editors for the list-shaped field types (answer options, condition branches, assignments, headers, reply
 * mappings, product ids): small editable tables with add, remove and move-up buttons. Each change commits the
 * whole list; keys this version does not edit are kept.
 */
final class ItemsEditors {

    private ItemsEditors() {
    }

    /** The shared table mechanics. */
    abstract static class Items extends FieldEditor {
        private final VBox rows = new VBox(8);
        private final Button add = new Button();
        private final VBox box = new VBox(8, rows, add);
        protected ArrayNode items = Json.NODES.arrayNode();
        private boolean built;

        Items(FieldContext context, String addKey) {
            super(context);
            box.getStyleClass().add("items-editor");
            rows.getStyleClass().add("items-rows");
            add.setText(context.texts.get(addKey));
            add.setGraphic(new FontIcon("mdi2p-plus"));
            add.getStyleClass().addAll("small", "add-item");
            add.setOnAction(e -> {
                items.add(newItem(items.size()));
                commitItems(new Object());
                rebuild();
            });
        }

        abstract JsonNode newItem(int index);

        abstract Node row(int index, JsonNode item);

        void update(int index, JsonNode item, Object key) {
            items.set(index, item);
            commitItems(key);
        }

        private void commitItems(Object key) {
            commit(items.deepCopy(), key);
        }

        @Override
        Node node() {
            return box;
        }

        @Override
        Node focusTarget() {
            return add;
        }

        @Override
        void show(JsonNode value) {
            ArrayNode incoming = value != null && value.isArray() ? (ArrayNode) value : Json.NODES.arrayNode();
            if (built && incoming.equals(items)) {
                return;
            }
            built = true;
            items = incoming.deepCopy();
            rebuild();
        }

        void rebuild() {
            rows.getChildren().clear();
            for (int i = 0; i < items.size(); i++) {
                int index = i;
                Node content = row(i, items.get(i));
                Button up = tool("mdi2a-arrow-up", "inspector.moveUp");
                up.setDisable(i == 0);
                up.setOnAction(e -> {
                    JsonNode item = items.remove(index);
                    items.insert(index - 1, item);
                    commitItems(new Object());
                    rebuild();
                });
                Button remove = tool("mdi2d-delete-outline", "inspector.remove");
                remove.setOnAction(e -> {
                    items.remove(index);
                    commitItems(new Object());
                    rebuild();
                });
                VBox tools = new VBox(2, remove, up);
                HBox row = new HBox(6, content, tools);
                row.getStyleClass().add("item-row");
                HBox.setHgrow(content, Priority.ALWAYS);
                rows.getChildren().add(row);
            }
        }

        Button tool(String icon, String key) {
            Button button = new Button();
            button.setGraphic(new FontIcon(icon));
            button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            button.getStyleClass().addAll("button-icon", "flat", "small");
            button.setAccessibleText(context.texts.get(key));
            button.setTooltip(context.texts.tooltip(key));
            return button;
        }

        TextField text(String value, String promptKey, BiConsumer<String, Object> onChange) {
            TextField field = new TextField(value);
            field.setPromptText(context.texts.get(promptKey));
            field.setAccessibleText(context.label() + " – " + context.texts.get(promptKey));
            MergeKeys.track(field);
            field.textProperty().addListener((obs, old, now) -> onChange.accept(now, MergeKeys.of(field)));
            return field;
        }

        ComboBox<String> propertyBox(String value, BiConsumer<String, Object> onChange) {
            ComboBox<String> combo = new ComboBox<>();
            combo.setEditable(true);
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.setPromptText(context.texts.get("inspector.property"));
            combo.setAccessibleText(context.label() + " – " + context.texts.get("inspector.property"));
            combo.getItems().setAll(context.propertyNames());
            combo.getEditor().setText(value);
            MergeKeys.track(combo.getEditor());
            combo.getEditor().textProperty().addListener((obs, old, now) ->
                    onChange.accept(now == null ? "" : now.trim(), MergeKeys.of(combo.getEditor())));
            return combo;
        }

        String uniqueId(String prefix) {
            Set<String> used = new HashSet<>();
            items.forEach(item -> used.add(item.path("id").asText()));
            for (int n = 1; ; n++) {
                if (!used.contains(prefix + n)) {
                    return prefix + n;
                }
            }
        }

        /**
         * A new item with an id not yet used ("c3") and, in each flow language, a text such as "Option 3" under
         * {@code textField}, so the new output reads sensibly on the canvas before the merchant names it.
         */
        ObjectNode newNamedItem(String idPrefix, String textField, String textKey, int index) {
            ObjectNode item = Json.object();
            item.put("id", uniqueId(idPrefix));
            ObjectNode text = item.putObject(textField);
            for (String language : context.languages()) {
                text.put(language, textIn(language, textKey) + " " + (index + 1));
            }
            return item;
        }

        static String textIn(String language, String key) {
            return dev.akis.studio.ui.Texts.BUNDLE.get(Languages.locale(language), key);
        }

        static JsonNode localizedJson(LocalizedText text) {
            ObjectNode node = Json.object();
            text.asMap().forEach(node::put);
            return node;
        }

        Label idChip(String id) {
            Label chip = new Label(id);
            chip.getStyleClass().add("id-chip");
            return chip;
        }
    }

    /** CHOICES: answer options, each an output of the block; the title per language, WhatsApp limits counted. */
    static final class Choices extends Items {
        Choices(FieldContext context) {
            super(context, "inspector.addChoice");
        }

        @Override
        JsonNode newItem(int index) {
            return newNamedItem("c", "title", "inspector.newChoice", index);
        }

        @Override
        Node row(int index, JsonNode item) {
            int limit = context.field.itemTitleMaxLength() > 0 ? context.field.itemTitleMaxLength()
                    : AskLimits.titleLimit(context);
            LocalizedTextBox title = new LocalizedTextBox(context.texts, context.languages(), false, limit,
                    context.texts.get("inspector.choiceTitle"), null, (text, key) -> {
                        ObjectNode copy = ((ObjectNode) items.get(index)).deepCopy();
                        copy.set("title", localizedJson(text));
                        update(index, copy, key);
                    });
            title.followLanguage(context.shownLanguage);
            title.show(BlockType.localized(item.get("title")));
            HBox head = new HBox(6, new Label(context.texts.get("inspector.output")), idChip(item.path("id").asText()));
            head.setAlignment(Pos.CENTER_LEFT);
            head.getStyleClass().add("item-head");
            if (context.field.displayField() == null) {
                return new VBox(4, head, title);
            }
            // The second line of a list row; reply buttons have none, so an empty description is left out of the file.
            LocalizedTextBox description = new LocalizedTextBox(context.texts, context.languages(), false,
                    dev.akis.blocks.FieldSpec.WHATSAPP_ROW_DESCRIPTION_LIMIT,
                    context.texts.get("inspector.choiceDescription"), null, (text, key) -> {
                        ObjectNode copy = ((ObjectNode) items.get(index)).deepCopy();
                        if (text.isBlank()) {
                            copy.remove("description");
                        } else {
                            copy.set("description", localizedJson(text));
                        }
                        update(index, copy, key);
                    });
            description.getStyleClass().add("choice-description");
            description.followLanguage(context.shownLanguage);
            description.show(BlockType.localized(item.get("description")));
            Label descriptionLabel = new Label(context.texts.get("inspector.choiceDescription"));
            descriptionLabel.getStyleClass().add("item-subhead");
            return new VBox(4, head, title, descriptionLabel, description);
        }
    }

    /** CHOICES limits follow the display: 20 characters for reply buttons, 24 for list rows. */
    static final class AskLimits {
        private AskLimits() {
        }

        static int titleLimit(FieldContext context) {
            String display = context.field.displayField();
            if (display == null || context.block() == null) {
                return 0;
            }
            String shown = context.type.string(context.block(), display);
            return "list".equals(shown) ? dev.akis.blocks.FieldSpec.WHATSAPP_ROW_TITLE_LIMIT
                    : dev.akis.blocks.FieldSpec.WHATSAPP_BUTTON_TITLE_LIMIT;
        }
    }

    /** BRANCHES: condition branches with their rules. */
    static final class Branches extends Items {
        Branches(FieldContext context) {
            super(context, "inspector.addBranch");
        }

        @Override
        JsonNode newItem(int index) {
            ObjectNode item = newNamedItem("b", "label", "inspector.newBranch", index);
            item.put("match", ConditionBlock.MATCH_ALL);
            item.putArray("rules").add(newRule());
            return item;
        }

        private static ObjectNode newRule() {
            ObjectNode rule = Json.object();
            rule.put("property", "");
            rule.put("operator", "equals");
            rule.put("value", "");
            return rule;
        }

        @Override
        Node row(int index, JsonNode item) {
            LocalizedTextBox label = new LocalizedTextBox(context.texts, context.languages(), false, 0,
                    context.texts.get("inspector.branchLabel"), null, (text, key) -> change(index, copy -> copy.set("label", localizedJson(text)), key));
            label.followLanguage(context.shownLanguage);
            label.show(BlockType.localized(item.get("label")));
            ComboBox<String> match = new ComboBox<>(FXCollections.observableArrayList(ConditionBlock.MATCH_ALL, ConditionBlock.MATCH_ANY));
            match.setConverter(SimpleEditors.converter(m -> context.texts.get("match." + m)));
            match.setValue(item.path("match").asText(ConditionBlock.MATCH_ALL));
            match.setAccessibleText(context.texts.get("inspector.match"));
            match.valueProperty().addListener((obs, old, now) -> change(index, copy -> copy.put("match", now), new Object()));
            HBox head = new HBox(6, new Label(context.texts.get("inspector.output")), idChip(item.path("id").asText()), match);
            head.setAlignment(Pos.CENTER_LEFT);
            head.getStyleClass().add("item-head");
            VBox rules = new VBox(4);
            JsonNode ruleList = item.path("rules");
            for (int r = 0; r < ruleList.size(); r++) {
                rules.getChildren().add(ruleRow(index, r, ruleList.get(r)));
            }
            Button addRule = new Button(context.texts.get("inspector.addRule"));
            addRule.setGraphic(new FontIcon("mdi2p-plus"));
            addRule.getStyleClass().addAll("small", "flat");
            addRule.setOnAction(e -> {
                change(index, copy -> copy.withArray("rules").add(newRule()), new Object());
                rebuild();
            });
            return new VBox(6, head, label, rules, addRule);
        }

        private Node ruleRow(int branch, int ruleIndex, JsonNode rule) {
            ComboBox<String> property = propertyBox(rule.path("property").asText(), (value, key) ->
                    changeRule(branch, ruleIndex, r -> r.put("property", value), key));
            ComboBox<String> operator = new ComboBox<>(FXCollections.observableArrayList(ConditionBlock.OPERATORS));
            operator.setConverter(SimpleEditors.converter(o -> context.texts.get("operator." + o)));
            operator.setValue(rule.path("operator").asText("equals"));
            operator.setAccessibleText(context.texts.get("inspector.operator"));
            TextField value = text(rule.path("value").asText(), "inspector.value", (now, key) ->
                    changeRule(branch, ruleIndex, r -> r.put("value", now), key));
            value.setDisable(isUnary(operator.getValue()));
            operator.valueProperty().addListener((obs, old, now) -> {
                value.setDisable(isUnary(now));
                changeRule(branch, ruleIndex, r -> r.put("operator", now), new Object());
            });
            Button remove = tool("mdi2c-close", "inspector.removeRule");
            remove.setOnAction(e -> {
                change(branch, copy -> copy.withArray("rules").remove(ruleIndex), new Object());
                rebuild();
            });
            property.setPrefWidth(150);
            operator.setPrefWidth(130);
            VBox fields = new VBox(4, property, new HBox(4, operator, value));
            HBox.setHgrow(value, Priority.ALWAYS);
            HBox row = new HBox(4, fields, remove);
            HBox.setHgrow(fields, Priority.ALWAYS);
            row.getStyleClass().add("rule-row");
            return row;
        }

        private static boolean isUnary(String operator) {
            return "isSet".equals(operator) || "isNotSet".equals(operator);
        }

        private void change(int index, Consumer<ObjectNode> edit, Object key) {
            ObjectNode copy = ((ObjectNode) items.get(index)).deepCopy();
            edit.accept(copy);
            update(index, copy, key == null ? new Object() : key);
        }

        private void changeRule(int branch, int ruleIndex, Consumer<ObjectNode> edit, Object key) {
            ObjectNode copy = ((ObjectNode) items.get(branch)).deepCopy();
            ArrayNode rules = copy.withArray("rules");
            ObjectNode rule = ((ObjectNode) rules.get(ruleIndex)).deepCopy();
            edit.accept(rule);
            rules.set(ruleIndex, rule);
            update(branch, copy, key == null ? new Object() : key);
        }
    }

    /** Two text columns per row: ASSIGNMENTS, KEY_VALUES and RESPONSE_MAPPINGS. */
    static final class Pairs extends Items {
        private final String firstKey;
        private final String secondKey;
        private final String firstPrompt;
        private final String secondPrompt;
        private final boolean firstIsProperty;
        private final boolean secondIsProperty;

        Pairs(FieldContext context, String firstKey, String firstPrompt, boolean firstIsProperty,
              String secondKey, String secondPrompt, boolean secondIsProperty) {
            super(context, "inspector.addRow");
            this.firstKey = firstKey;
            this.secondKey = secondKey;
            this.firstPrompt = firstPrompt;
            this.secondPrompt = secondPrompt;
            this.firstIsProperty = firstIsProperty;
            this.secondIsProperty = secondIsProperty;
        }

        @Override
        JsonNode newItem(int index) {
            ObjectNode item = Json.object();
            item.put(firstKey, "");
            item.put(secondKey, "");
            return item;
        }

        @Override
        Node row(int index, JsonNode item) {
            Node first = cell(index, firstKey, firstPrompt, firstIsProperty, item.path(firstKey).asText());
            Node second = cell(index, secondKey, secondPrompt, secondIsProperty, item.path(secondKey).asText());
            VBox cells = new VBox(4, first, second);
            return cells;
        }

        private Node cell(int index, String key, String prompt, boolean property, String value) {
            if (property) {
                ComboBox<String> combo = propertyBox(value, (now, mergeKey) -> set(index, key, now, mergeKey));
                combo.setPromptText(context.texts.get(prompt));
                return combo;
            }
            TextField field = text(value, prompt, (now, mergeKey) -> set(index, key, now, mergeKey));
            PlaceholderAssist.attach(field, context::propertyNames, context.texts.get("inspector.placeholderHint"));
            return field;
        }

        private void set(int index, String key, String value, Object mergeKey) {
            ObjectNode copy = ((ObjectNode) items.get(index)).deepCopy();
            copy.put(key, value);
            update(index, copy, mergeKey);
        }
    }

    /** PRODUCT_IDS: product ids from the shop, one per row. */
    static final class ProductIds extends Items {
        ProductIds(FieldContext context) {
            super(context, "inspector.addProduct");
        }

        @Override
        JsonNode newItem(int index) {
            return Json.NODES.textNode("");
        }

        @Override
        Node row(int index, JsonNode item) {
            TextField field = text(item.asText(), "inspector.productId",
                    (now, key) -> update(index, Json.NODES.textNode(now.trim()), key));
            return field;
        }
    }
}
