package dev.akis.studio.simulator;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.dataset.PackageRow;
import dev.akis.commerce.ikas.IkasEnums;
import dev.akis.studio.ui.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The form under the data window's package table: the selected package's fulfilment status (İkas'
 * OrderPackageFulfillStatusEnum), carrier, cargo company name, tracking number and tracking link, saved together
 * as one edit. Saving them together matters: a package moved to another carrier gets that carrier's tracking
 * number in the same edit, which the dataset would refuse field by field.
 */
final class PackageEditor {

    private final Texts texts;
    private final Label heading = new Label();
    private final ComboBox<String> status = new ComboBox<>();
    private final ComboBox<Optional<Carrier>> carrier = new ComboBox<>();
    private final TextField company = new TextField();
    private final TextField tracking = new TextField();
    private final TextField link = new TextField();
    private final Button saveButton;
    private final Button revertButton;
    private final VBox view;
    private String orderId;
    private PackageRow shown;
    /** True while the fields are filled from a package, so that is not taken for the merchant's choice. */
    private boolean filling;

    /** {@code save} receives the order's id and the package as the form has it. */
    PackageEditor(Texts texts, BiConsumer<String, PackageRow> save) {
        this.texts = texts;

        status.getItems().setAll(new TreeSet<>(IkasEnums.PACKAGE_FULFILL_STATUS));
        status.setId("data-package-status");
        List<Optional<Carrier>> carriers = new ArrayList<>();
        carriers.add(Optional.empty());
        for (Carrier each : Carrier.values()) {
            carriers.add(Optional.of(each));
        }
        carrier.getItems().setAll(carriers);
        carrier.setConverter(carrierConverter());
        carrier.setId("data-package-carrier");
        carrier.valueProperty().addListener((obs, old, now) -> carrierChosen(old, now));
        company.setId("data-package-company");
        tracking.setId("data-package-tracking");
        link.setId("data-package-link");

        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().setAll(labels, fields);
        row(form, 0, "sim.data.fulfil", status);
        row(form, 1, "sim.data.carrier", carrier);
        row(form, 2, "sim.data.cargoCompany", company);
        row(form, 3, "sim.data.tracking", tracking);
        row(form, 4, "sim.data.trackingLink", link);

        saveButton = new Button(null, new FontIcon("mdi2c-content-save-outline"));
        saveButton.textProperty().bind(texts.text("sim.data.savePackage"));
        saveButton.setId("data-save-package");
        saveButton.setOnAction(e -> {
            if (shown != null) {
                save.accept(orderId, edited());
            }
        });
        revertButton = new Button(null, new FontIcon("mdi2u-undo"));
        revertButton.textProperty().bind(texts.text("sim.data.revertPackage"));
        revertButton.setId("data-revert-package");
        revertButton.setOnAction(e -> show(orderId, shown));
        HBox buttons = new HBox(6, saveButton, revertButton);
        buttons.setAlignment(Pos.CENTER_LEFT);

        heading.getStyleClass().add("sim-section");
        view = new VBox(4, heading, form, buttons);
        view.setId("data-package-editor");
        show(null, null);
        // The heading and the "no carrier" choice follow the interface language; what the merchant typed stays.
        texts.localeProperty().addListener((obs, old, now) -> {
            showHeading();
            carrier.setConverter(carrierConverter());
        });
    }

    private void row(GridPane form, int index, String key, Control field) {
        Label label = new Label();
        label.textProperty().bind(texts.text(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(field);
        field.accessibleTextProperty().bind(texts.text(key));
        field.setMaxWidth(Double.MAX_VALUE);
        form.addRow(index, label, field);
    }

    Node view() {
        return view;
    }

    private StringConverter<Optional<Carrier>> carrierConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(Optional<Carrier> value) {
                return value == null ? "" : value.map(Carrier::displayName).orElse(texts.get("sim.data.noCarrier"));
            }

            @Override
            public Optional<Carrier> fromString(String text) {
                return Carrier.recognise(text);
            }
        };
    }

    private void showHeading() {
        heading.setText(shown == null ? texts.get("sim.data.packageNone") : texts.get("sim.data.packageEdit", shown.number()));
    }

    /** Fills the form from a package of an order; null empties and disables it. */
    void show(String orderIdOfPackage, PackageRow pkg) {
        filling = true;
        try {
            orderId = pkg == null ? null : orderIdOfPackage;
            shown = pkg;
            showHeading();
            status.setValue(pkg == null ? null : pkg.fulfillStatus());
            carrier.setValue(pkg == null ? null : Optional.ofNullable(pkg.carrier()));
            company.setText(pkg == null ? "" : nz(pkg.cargoCompany()));
            tracking.setText(pkg == null ? "" : nz(pkg.trackingNumber()));
            link.setText(pkg == null ? "" : nz(pkg.trackingLink()));
            for (Node node : List.of(status, carrier, company, tracking, link, saveButton, revertButton)) {
                node.setDisable(pkg == null);
            }
        } finally {
            filling = false;
        }
    }

    /** The id of the package the form was filled from, or null. */
    String shownPackageId() {
        return shown == null ? null : shown.id();
    }

    /** The package as the form has it now: the stored one with the five fields replaced; blank fields are absent. */
    PackageRow edited() {
        Optional<Carrier> chosen = carrier.getValue() == null ? Optional.empty() : carrier.getValue();
        return new PackageRow(shown.id(), shown.number(), shown.lineIds(), status.getValue(), chosen.orElse(null),
                blankToNull(company.getText()), blankToNull(tracking.getText()), blankToNull(link.getText()));
    }

    /**
     * The cargo company name follows a newly chosen carrier while it still reads as the carrier before (or is
     * empty), since that is what a merchant would type; a name the merchant wrote differently is left alone.
     */
    private void carrierChosen(Optional<Carrier> before, Optional<Carrier> now) {
        if (filling || now == null) {
            return;
        }
        String name = company.getText() == null ? "" : company.getText().strip();
        boolean followsCarrier = name.isEmpty()
                || before != null && before.isPresent() && name.equals(before.get().displayName());
        if (followsCarrier) {
            company.setText(now.map(Carrier::displayName).orElse(""));
        }
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
