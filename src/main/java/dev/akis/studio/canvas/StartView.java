package dev.akis.studio.canvas;

import dev.akis.studio.geometry.CardMetrics;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;

/** The start node: one row per entry point ("Any message", "Keywords: kargo, sipariş"), each with a handle. */
final class StartView extends Region {

    static final PseudoClass MISSING_TARGET = PseudoClass.getPseudoClass("missing-target");
    static final PseudoClass CONNECTED = PseudoClass.getPseudoClass("connected");

    private final Label header = new Label();
    private final List<Label> rows = new ArrayList<>();
    private final List<Circle> handles = new ArrayList<>();
    private final Label empty = new Label();
    private int count;

    StartView() {
        getStyleClass().add("start-node");
        header.getStyleClass().add("start-header");
        header.setGraphic(new FontIcon("mdi2p-play-circle-outline"));
        empty.getStyleClass().add("start-empty");
        getChildren().addAll(header, empty);
        setManaged(false);
        setId("start-node");
        setAccessibleRole(AccessibleRole.TEXT);
    }

    void bind(String headerText, List<String> entryTexts, List<Boolean> connected, String emptyText) {
        header.setText(headerText);
        count = entryTexts.size();
        while (rows.size() < count) {
            Label row = new Label();
            row.getStyleClass().add("entry-label");
            Circle handle = new Circle(CardMetrics.HANDLE_RADIUS);
            handle.getStyleClass().addAll("port-handle", "entry-handle");
            rows.add(row);
            handles.add(handle);
            getChildren().addAll(row, handle);
        }
        for (int i = 0; i < rows.size(); i++) {
            boolean used = i < count;
            rows.get(i).setVisible(used);
            handles.get(i).setVisible(used);
            if (used) {
                rows.get(i).setText(entryTexts.get(i));
                handles.get(i).pseudoClassStateChanged(CONNECTED, connected.get(i));
                rows.get(i).pseudoClassStateChanged(MISSING_TARGET, !connected.get(i));
            }
        }
        empty.setText(emptyText);
        empty.setVisible(count == 0);
        setAccessibleText(headerText + ": " + String.join(", ", entryTexts));
        resize(CardMetrics.START_WIDTH, CardMetrics.startHeight(count));
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = CardMetrics.START_WIDTH;
        header.resizeRelocate(12, 6, w - 24, 32);
        empty.resizeRelocate(14, CardMetrics.HEADER, w - 28, CardMetrics.PORT_ROW);
        for (int i = 0; i < count; i++) {
            double y = CardMetrics.entryY(i);
            rows.get(i).resizeRelocate(14, y - CardMetrics.PORT_ROW / 2, w - 32, CardMetrics.PORT_ROW);
            handles.get(i).setCenterX(w);
            handles.get(i).setCenterY(y);
        }
    }
}
