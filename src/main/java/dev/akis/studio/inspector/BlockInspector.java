package dev.akis.studio.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akis.blocks.BlockCatalog;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.flow.Block;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.validate.Problem;
import dev.akis.flow.validate.ProblemArguments;
import dev.akis.flow.validate.ProblemCode;
import dev.akis.studio.command.Commands;
import dev.akis.studio.document.EditorDocument;
import dev.akis.studio.document.ProblemsModel;
import dev.akis.studio.ui.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The settings of one block, generated from its catalog description: a header saying what the block is, tabs that
 * show the content in all of the flow's languages or in one of them (a tab is marked when a customer-visible text
 * lacks that language), the block's title, then one editor per field in catalog order with the field's help and
 * the linter's findings for it. Fields hide when their {@code visibleWhen} condition does not hold.
 */
final class BlockInspector extends VBox {

    private static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");

    /** One field: its label, editor, help and messages. */
    private static final class Row {
        final FieldSpec field;
        final FieldEditor editor;
        final VBox box;
        final Label localError = new Label();
        final VBox problems = Sections.problemBox();

        Row(FieldSpec field, FieldEditor editor, VBox box) {
            this.field = field;
            this.editor = editor;
            this.box = box;
        }
    }

    private final EditorDocument editor;
    private final ProblemsModel problemsModel;
    private final Texts texts;
    private final String blockId;
    private final BlockType type;
    private final LocalizedTextBox title;
    private final List<Row> rows = new ArrayList<>();
    private final VBox blockProblems = Sections.problemBox();
    private final Map<String, String> displayValues = new HashMap<>();
    /** The language tab shown (null: all languages together). */
    private final ObjectProperty<String> shownLanguage = new SimpleObjectProperty<>();
    private final Map<String, ToggleButton> languageTabs = new LinkedHashMap<>();

    /**
     * @param rememberedTab the language tab chosen last time (null: all), shown again when the flow has it
     * @param onTabChosen   told when the user chooses another tab, so the next block opens on the same one
     */
    BlockInspector(EditorDocument editor, ProblemsModel problemsModel, BlockCatalog catalog, Texts texts, Block block,
                   BlockType type, String rememberedTab, Consumer<String> onTabChosen) {
        this.editor = editor;
        this.problemsModel = problemsModel;
        this.texts = texts;
        this.blockId = block.id();
        this.type = type;
        getStyleClass().add("block-inspector");
        setSpacing(14);

        FontIcon icon = new FontIcon(type.icon());
        StackPane iconBox = new StackPane(icon);
        iconBox.getStyleClass().addAll("inspector-icon", "category-" + type.category().id());
        Label typeName = new Label(type.name(texts.locale()));
        typeName.getStyleClass().add("inspector-type");
        Label id = new Label(block.id());
        id.getStyleClass().add("id-chip");
        id.setId("inspector-block-id");
        VBox names = new VBox(2, typeName, id);
        HBox header = new HBox(10, iconBox, names);
        header.setAlignment(Pos.CENTER_LEFT);
        Label description = Sections.help(type.description(texts.locale()));
        List<String> languages = editor.document().languages();
        shownLanguage.set(rememberedTab != null && languages.contains(rememberedTab) ? rememberedTab : null);
        VBox top = new VBox(8, header, languageTabs(texts, languages, onTabChosen), description, blockProblems);
        getChildren().add(top);

        title = new LocalizedTextBox(texts, editor.document().languages(), false, 0, texts.get("inspector.blockTitle"),
                null, (text, key) -> editor.execute(Commands.setTitle(blockId, text, key)));
        for (String language : editor.document().languages()) {
            title.setPrompt(language, type.name(dev.akis.i18n.Languages.locale(language)));
        }
        title.inputs().forEach(input -> input.getStyleClass().add("title-input"));
        title.followLanguage(shownLanguage);
        getChildren().add(new VBox(6, Sections.fieldLabel(texts.get("inspector.blockTitle"), false), title));

        for (FieldSpec field : type.fields()) {
            FieldContext context = new FieldContext(editor, catalog, texts, blockId, type, field, shownLanguage);
            FieldEditor fieldEditor = FieldEditors.create(context);
            VBox box = new VBox(6);
            box.getStyleClass().add("field-row");
            box.setId("field-" + field.key());
            Row row = new Row(field, fieldEditor, box);
            if (!fieldEditor.showsOwnLabel()) {
                box.getChildren().add(Sections.fieldLabel(type.fieldLabel(field, texts.locale()), field.required()));
            }
            box.getChildren().add(fieldEditor.node());
            String help = type.fieldHelp(field, texts.locale());
            if (help != null) {
                box.getChildren().add(Sections.help(help));
            }
            row.localError.getStyleClass().add("field-error");
            row.localError.setWrapText(true);
            Sections.setShown(row.localError, false);
            context.onLocalError(message -> {
                row.localError.setText(message == null ? "" : message);
                Sections.setShown(row.localError, message != null);
            });
            box.getChildren().addAll(row.localError, row.problems);
            rows.add(row);
            getChildren().add(box);
        }
        refresh(editor.document());
    }

    /** "All" and one tab per flow language; exactly one is chosen at any time. */
    private HBox languageTabs(Texts texts, List<String> languages, Consumer<String> onTabChosen) {
        ToggleGroup group = new ToggleGroup();
        HBox tabs = new HBox(2);
        tabs.getStyleClass().add("language-tabs");
        tabs.setId("content-tabs");
        // A chosen tab stays chosen when clicked or toggled again: one of them always is.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        List<String> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(languages);
        for (String language : choices) {
            ToggleButton tab = new ToggleButton(language == null ? texts.get("inspector.tabAll")
                    : texts.find("language." + language, language.toUpperCase(java.util.Locale.ROOT)));
            tab.setId("content-tab-" + (language == null ? "all" : language));
            tab.getStyleClass().add("language-tab");
            tab.setToggleGroup(group);
            tab.setSelected(Objects.equals(language, shownLanguage.get()));
            tab.setAccessibleText(tab.getText());
            tab.setFocusTraversable(true);
            tab.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    shownLanguage.set(language);
                    onTabChosen.accept(language);
                }
            });
            if (language != null) {
                languageTabs.put(language, tab);
            }
            tabs.getChildren().add(tab);
        }
        return tabs;
    }

    /** The tab of a language shows a marker while a customer-visible text has no version in that language. */
    private void markMissingTranslations(List<Problem> problems) {
        Map<String, Integer> missing = new HashMap<>();
        for (Problem problem : problems) {
            if (problem.code() == ProblemCode.MISSING_TRANSLATION) {
                for (Object argument : problem.args()) {
                    if (argument instanceof ProblemArguments.Language language) {
                        missing.merge(language.code(), 1, Integer::sum);
                    }
                }
            }
        }
        languageTabs.forEach((language, tab) -> {
            int count = missing.getOrDefault(language, 0);
            String name = texts.find("language." + language, language);
            tab.pseudoClassStateChanged(MISSING, count > 0);
            if (count > 0) {
                String note = texts.count("inspector.tabMissing", count, name);
                FontIcon marker = new FontIcon("mdi2a-alert-circle");
                marker.getStyleClass().add("tab-marker");
                tab.setGraphic(marker);
                tab.setTooltip(new Tooltip(note));
                tab.setAccessibleText(tab.getText() + " — " + note);
            } else {
                tab.setGraphic(null);
                tab.setTooltip(null);
                tab.setAccessibleText(tab.getText());
            }
        });
    }

    /** The language tab shown (null: all). */
    String shownLanguage() {
        return shownLanguage.get();
    }

    String blockId() {
        return blockId;
    }

    BlockType type() {
        return type;
    }

    /** Updates the editors from the document without rebuilding them. */
    void refresh(FlowDocument document) {
        Block block = document.block(blockId).orElse(null);
        if (block == null) {
            return;
        }
        title.show(block.title());
        for (Row row : rows) {
            boolean applies = row.field.appliesTo(block.config(), type);
            Sections.setShown(row.box, applies);
            JsonNode value = block.config().get(row.field.key());
            row.editor.show(value);
            String display = row.field.displayField();
            if (display != null) {
                String current = type.string(block, display);
                if (!Objects.equals(displayValues.put(row.field.key(), current), current)
                        && row.editor instanceof ItemsEditors.Items items) {
                    items.rebuild();
                }
            }
        }
        showProblems();
    }

    void showProblems() {
        List<Problem> all = problemsModel.problemsOf(blockId);
        Map<String, List<Problem>> byField = new LinkedHashMap<>();
        List<Problem> general = new ArrayList<>();
        for (Problem problem : all) {
            if (problem.field() != null && type.field(problem.field()).isPresent()) {
                byField.computeIfAbsent(problem.field(), key -> new ArrayList<>()).add(problem);
            } else {
                general.add(problem);
            }
        }
        Sections.showProblems(blockProblems, general, texts.locale());
        markMissingTranslations(all);
        for (Row row : rows) {
            Sections.showProblems(row.problems, byField.getOrDefault(row.field.key(), List.of()), texts.locale());
        }
    }

    /** Focuses the first field, or the one named. */
    void focusField(String fieldKey) {
        for (Row row : rows) {
            if ((fieldKey == null || row.field.key().equals(fieldKey)) && row.box.isVisible()) {
                row.editor.focusTarget().requestFocus();
                return;
            }
        }
        if (!title.inputs().isEmpty()) {
            title.inputs().get(0).requestFocus();
        }
    }

    /** The editor control of a field (tests reach fields this way). */
    Node fieldNode(String fieldKey) {
        for (Row row : rows) {
            if (row.field.key().equals(fieldKey)) {
                return row.editor.node();
            }
        }
        return null;
    }
}
