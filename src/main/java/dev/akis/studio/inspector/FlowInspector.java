package dev.akis.studio.inspector;

import dev.akis.blocks.BlockCatalog;
import dev.akis.flow.Block;
import dev.akis.flow.EntryKind;
import dev.akis.flow.EntryPoint;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.PropertyDeclaration;
import dev.akis.flow.PropertyType;
import dev.akis.flow.validate.Problem;
import dev.akis.i18n.Languages;
import dev.akis.studio.command.Commands;
import dev.akis.studio.document.EditorDocument;
import dev.akis.studio.document.ProblemsModel;
import dev.akis.studio.ui.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The flow itself, shown when nothing is selected: its name and description, languages, entry points (with the
 * fields each kind needs) and declared properties.
 */
final class FlowInspector extends VBox {


    private final EditorDocument editor;
    private final ProblemsModel problems;
    private final BlockCatalog catalog;
    private final Texts texts;
    private final LocalizedTextBox name;
    private final LocalizedTextBox description;
    private final ComboBox<String> defaultLanguage = new ComboBox<>();
    private final Map<String, CheckBox> languageBoxes = new LinkedHashMap<>();
    private final VBox entries = new VBox(10);
    private final VBox properties = new VBox(6);
    private final VBox flowProblems = Sections.problemBox();
    private List<EntryPoint> shownEntries;
    private List<PropertyDeclaration> shownProperties;
    private List<String> shownLanguages;
    private boolean updating;

    FlowInspector(EditorDocument editor, ProblemsModel problems, BlockCatalog catalog, Texts texts) {
        this.editor = editor;
        this.problems = problems;
        this.catalog = catalog;
        this.texts = texts;
        setSpacing(14);
        getStyleClass().add("flow-inspector");
        FlowDocument document = editor.document();

        StackPane icon = new StackPane(new FontIcon("mdi2s-sitemap-outline"));
        icon.getStyleClass().addAll("inspector-icon", "category-flow");
        Label heading = new Label(texts.get("inspector.flow"));
        heading.getStyleClass().add("inspector-type");
        Label hint = Sections.help(texts.get("inspector.flowHint"));
        HBox header = new HBox(10, icon, heading);
        header.setAlignment(Pos.CENTER_LEFT);

        name = new LocalizedTextBox(texts, document.languages(), false, 0, texts.get("inspector.flowName"), null,
                (text, key) -> editor.execute(Commands.setFlowName(text, key)));
        name.setId("flow-name");
        description = new LocalizedTextBox(texts, document.languages(), true, 0, texts.get("inspector.flowDescription"),
                null, (text, key) -> editor.execute(Commands.setFlowDescription(text, key)));

        defaultLanguage.setConverter(SimpleEditors.converter(l -> texts.find("language." + l, l)));
        defaultLanguage.setAccessibleText(texts.get("inspector.defaultLanguage"));
        defaultLanguage.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) {
                List<String> languages = new ArrayList<>(editor.document().languages());
                editor.execute(Commands.setLanguages(now, languages));
            }
        });
        HBox languageChecks = new HBox(12);
        for (String language : Languages.SUPPORTED) {
            CheckBox box = new CheckBox(texts.find("language." + language, language));
            box.setId("language-" + language);
            box.selectedProperty().addListener((obs, old, now) -> {
                if (!updating) {
                    changeLanguage(language, now);
                }
            });
            languageBoxes.put(language, box);
            languageChecks.getChildren().add(box);
        }

        Button addEntry = new Button(texts.get("inspector.addEntry"));
        addEntry.setGraphic(new FontIcon("mdi2p-plus"));
        addEntry.getStyleClass().add("small");
        addEntry.setId("add-entry-point");
        addEntry.setOnAction(e -> addEntry());
        Button addProperty = new Button(texts.get("inspector.addProperty"));
        addProperty.setGraphic(new FontIcon("mdi2p-plus"));
        addProperty.getStyleClass().add("small");
        addProperty.setOnAction(e -> addProperty());

        getChildren().addAll(new VBox(8, header, hint, flowProblems),
                Sections.title(texts.get("inspector.general")),
                new VBox(6, Sections.fieldLabel(texts.get("inspector.flowName"), true), name),
                new VBox(6, Sections.fieldLabel(texts.get("inspector.flowDescription"), false), description),
                Sections.title(texts.get("inspector.languages")),
                languageChecks,
                new VBox(6, Sections.fieldLabel(texts.get("inspector.defaultLanguage"), false), defaultLanguage,
                        Sections.help(texts.get("inspector.languagesHelp"))),
                Sections.title(texts.get("inspector.entryPoints")),
                Sections.help(texts.get("inspector.entryPointsHelp")),
                entries, addEntry,
                Sections.title(texts.get("inspector.properties")),
                Sections.help(texts.get("inspector.propertiesHelp")),
                properties, addProperty);
        refresh(document);
    }

    void refresh(FlowDocument document) {
        name.show(document.name());
        description.show(document.description());
        updating = true;
        if (!document.languages().equals(shownLanguages)) {
            defaultLanguage.getItems().setAll(document.languages());
            shownLanguages = document.languages();
        }
        defaultLanguage.setValue(document.defaultLanguage());
        languageBoxes.forEach((language, box) -> box.setSelected(document.languages().contains(language)));
        updating = false;
        if (!document.entryPoints().equals(shownEntries)) {
            rebuildEntries(document);
        }
        if (!document.properties().equals(shownProperties)) {
            rebuildProperties(document);
        }
        showProblems();
    }

    void showProblems() {
        FlowDocument document = editor.document();
        Set<String> entryIds = new HashSet<>();
        document.entryPoints().forEach(e -> entryIds.add(e.id()));
        List<Problem> shown = new ArrayList<>();
        for (Problem problem : problems.problems()) {
            if (problem.elementId() == null || entryIds.contains(problem.elementId())) {
                shown.add(problem);
            }
        }
        Sections.showProblems(flowProblems, shown, texts.locale());
    }

    void focusName() {
        if (!name.inputs().isEmpty()) {
            name.inputs().get(0).requestFocus();
        }
    }

    private void changeLanguage(String language, boolean included) {
        FlowDocument document = editor.document();
        List<String> languages = new ArrayList<>(document.languages());
        if (included && !languages.contains(language)) {
            languages.add(language);
        } else if (!included) {
            languages.remove(language);
        }
        if (languages.isEmpty()) {
            refresh(document);
            return;
        }
        String newDefault = languages.contains(document.defaultLanguage()) ? document.defaultLanguage() : languages.get(0);
        editor.execute(Commands.setLanguages(newDefault, languages));
    }

    // ---- entry points ---------------------------------------------------------------------------------------

    private void addEntry() {
        FlowDocument document = editor.document();
        Set<String> used = new HashSet<>();
        document.entryPoints().forEach(e -> used.add(e.id()));
        String id = "entry";
        for (int n = 1; used.contains(id); n++) {
            id = "entry_" + n;
        }
        String target = document.blocks().isEmpty() ? null : document.blocks().get(0).id();
        List<EntryPoint> list = new ArrayList<>(document.entryPoints());
        list.add(EntryPoint.anyMessage(id, target));
        editor.execute(Commands.setEntryPoints(list, new Object()));
    }

    private void changeEntry(int index, UnaryOperator<EntryPoint> change, Object key) {
        List<EntryPoint> list = new ArrayList<>(editor.document().entryPoints());
        if (index >= list.size()) {
            return;
        }
        list.set(index, change.apply(list.get(index)));
        shownEntries = List.copyOf(list);
        editor.execute(Commands.setEntryPoints(list, key));
    }

    private void rebuildEntries(FlowDocument document) {
        entries.getChildren().clear();
        List<EntryPoint> list = document.entryPoints();
        for (int i = 0; i < list.size(); i++) {
            entries.getChildren().add(entryRow(i, list.get(i), document));
        }
        shownEntries = List.copyOf(list);
    }

    private VBox entryRow(int index, EntryPoint entry, FlowDocument document) {
        ComboBox<String> kind = new ComboBox<>(FXCollections.observableArrayList(
                Arrays.stream(EntryKind.values()).map(EntryKind::id).toList()));
        if (!kind.getItems().contains(entry.kind())) {
            kind.getItems().add(entry.kind());
        }
        kind.setConverter(SimpleEditors.converter(k -> texts.find("entryKind." + k, k)));
        kind.setValue(entry.kind());
        kind.setAccessibleText(texts.get("inspector.entryKind"));
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.valueProperty().addListener((obs, old, now) -> {
            changeEntry(index, e -> e.withKind(now), new Object());
            javafx.application.Platform.runLater(() -> rebuildEntries(editor.document()));
        });
        ComboBox<String> target = new ComboBox<>(FXCollections.observableArrayList(
                document.blocks().stream().map(Block::id).toList()));
        target.setConverter(SimpleEditors.converter(id -> describeBlock(document, id)));
        dev.akis.studio.ui.BlockChoices.measureFirstRowsOnly(target);
        target.setValue(entry.target());
        target.setMaxWidth(Double.MAX_VALUE);
        target.setAccessibleText(texts.get("inspector.entryTarget"));
        target.valueProperty().addListener((obs, old, now) -> changeEntry(index, e -> e.withTarget(now), new Object()));
        Button remove = new Button();
        remove.setGraphic(new FontIcon("mdi2d-delete-outline"));
        remove.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        remove.getStyleClass().addAll("button-icon", "flat", "small");
        remove.setAccessibleText(texts.get("inspector.removeEntry"));
        remove.setTooltip(texts.tooltip("inspector.removeEntry"));
        remove.setOnAction(e -> {
            List<EntryPoint> list = new ArrayList<>(editor.document().entryPoints());
            list.remove(index);
            editor.execute(Commands.setEntryPoints(list, new Object()));
        });
        HBox top = new HBox(6, kind, remove);
        HBox.setHgrow(kind, Priority.ALWAYS);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(6, top, Sections.fieldLabel(texts.get("inspector.entryTarget"), true), target);
        row.getStyleClass().add("item-row");
        EntryKind known = entry.knownKind().orElse(null);
        if (known == EntryKind.KEYWORD) {
            row.getChildren().add(Sections.fieldLabel(texts.get("inspector.keywords"), true));
            for (String language : document.languages()) {
                TextField words = new TextField(String.join(", ", entry.keywords().getOrDefault(language, List.of())));
                words.setPromptText(texts.get("inspector.keywordsPrompt"));
                words.setAccessibleText(texts.get("inspector.keywords") + " (" + language + ")");
                MergeKeys.track(words);
                words.textProperty().addListener((obs, old, now) -> changeEntry(index, e -> {
                    Map<String, List<String>> keywords = new LinkedHashMap<>(e.keywords());
                    List<String> parsed = Arrays.stream(now.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
                    if (parsed.isEmpty()) {
                        keywords.remove(language);
                    } else {
                        keywords.put(language, parsed);
                    }
                    return e.withKeywords(keywords);
                }, MergeKeys.of(words)));
                Label tag = new Label(language.toUpperCase(java.util.Locale.ROOT));
                tag.getStyleClass().add("lang-tag");
                tag.setMinWidth(28);
                tag.setAlignment(Pos.CENTER);
                HBox line = new HBox(6, tag, words);
                line.setAlignment(Pos.CENTER_LEFT);
                HBox.setHgrow(words, Priority.ALWAYS);
                row.getChildren().add(line);
            }
        } else if (known == EntryKind.CLICK_TO_WHATSAPP) {
            TextField tag = new TextField(entry.sourceTag() == null ? "" : entry.sourceTag());
            tag.setPromptText("IG_Hoodie_01");
            tag.setAccessibleText(texts.get("inspector.sourceTag"));
            MergeKeys.track(tag);
            tag.textProperty().addListener((obs, old, now) ->
                    changeEntry(index, e -> e.withSourceTag(now.isBlank() ? null : now.strip()), MergeKeys.of(tag)));
            LocalizedTextBox prefilled = new LocalizedTextBox(texts, document.languages(), false, 0,
                    texts.get("inspector.prefilledText"), null,
                    (text, key) -> changeEntry(index, e -> e.withPrefilledText(text), key));
            prefilled.show(entry.prefilledText());
            row.getChildren().addAll(Sections.fieldLabel(texts.get("inspector.sourceTag"), true), tag,
                    Sections.fieldLabel(texts.get("inspector.prefilledText"), false), prefilled);
        } else if (known == EntryKind.CHECKOUT_RETURN) {
            ComboBox<String> outcome = new ComboBox<>(FXCollections.observableArrayList(dev.akis.flow.CheckoutOutcome.entryValues()));
            outcome.setConverter(SimpleEditors.converter(o -> texts.find("checkout." + o, o)));
            outcome.setValue(entry.checkoutOutcome() == null ? "any" : entry.checkoutOutcome());
            outcome.setAccessibleText(texts.get("inspector.checkoutOutcome"));
            outcome.valueProperty().addListener((obs, old, now) ->
                    changeEntry(index, e -> e.withCheckoutOutcome(now), new Object()));
            row.getChildren().addAll(Sections.fieldLabel(texts.get("inspector.checkoutOutcome"), false), outcome);
        }
        return row;
    }

    private String describeBlock(FlowDocument document, String id) {
        if (id == null) {
            return "";
        }
        return document.block(id).map(b -> {
            String title = b.title().resolve(texts.language(), document.defaultLanguage());
            return title.isBlank() ? id : title + "  (" + id + ")";
        }).orElse(id);
    }

    // ---- properties ---------------------------------------------------------------------------------------------

    private void addProperty() {
        List<PropertyDeclaration> list = new ArrayList<>(editor.document().properties());
        Set<String> used = new HashSet<>();
        list.forEach(p -> used.add(p.name()));
        String name = "flow.value";
        for (int n = 2; used.contains(name); n++) {
            name = "flow.value" + n;
        }
        list.add(PropertyDeclaration.of(name, PropertyType.TEXT));
        editor.execute(Commands.setProperties(list, new Object()));
    }

    private void changeProperty(int index, UnaryOperator<PropertyDeclaration> change, Object key) {
        List<PropertyDeclaration> list = new ArrayList<>(editor.document().properties());
        if (index >= list.size()) {
            return;
        }
        list.set(index, change.apply(list.get(index)));
        shownProperties = List.copyOf(list);
        editor.execute(Commands.setProperties(list, key));
    }

    private void rebuildProperties(FlowDocument document) {
        properties.getChildren().clear();
        List<PropertyDeclaration> list = document.properties();
        for (int i = 0; i < list.size(); i++) {
            int index = i;
            PropertyDeclaration property = list.get(i);
            TextField propertyName = new TextField(property.name());
            propertyName.setAccessibleText(texts.get("inspector.propertyName"));
            MergeKeys.track(propertyName);
            propertyName.textProperty().addListener((obs, old, now) -> changeProperty(index,
                    p -> new PropertyDeclaration(now.strip().isEmpty() ? p.name() : now.strip(), p.type(), p.description(), p.extras()),
                    MergeKeys.of(propertyName)));
            ComboBox<String> type = new ComboBox<>(FXCollections.observableArrayList(
                    Arrays.stream(PropertyType.values()).map(PropertyType::id).toList()));
            type.setConverter(SimpleEditors.converter(t -> texts.find("propertyType." + t, t)));
            type.setValue(property.type());
            type.setAccessibleText(texts.get("inspector.propertyType"));
            type.valueProperty().addListener((obs, old, now) -> changeProperty(index,
                    p -> new PropertyDeclaration(p.name(), now, p.description(), p.extras()), new Object()));
            Button remove = new Button();
            remove.setGraphic(new FontIcon("mdi2d-delete-outline"));
            remove.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            remove.getStyleClass().addAll("button-icon", "flat", "small");
            remove.setAccessibleText(texts.get("inspector.remove"));
            remove.setOnAction(e -> {
                List<PropertyDeclaration> copy = new ArrayList<>(editor.document().properties());
                copy.remove(index);
                editor.execute(Commands.setProperties(copy, new Object()));
            });
            type.setPrefWidth(110);
            HBox row = new HBox(6, propertyName, type, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(propertyName, Priority.ALWAYS);
            properties.getChildren().add(row);
        }
        shownProperties = List.copyOf(list);
    }
}
