package dev.akis.studio.canvas;

import dev.akis.studio.geometry.BlockShape;
import dev.akis.studio.geometry.CardMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The card of one block: category band, icon, title, a one-line summary of its settings and one labelled
 * handle per output port. Its size comes from {@link CardMetrics}; it lays its children out itself, and cards are
 * reused for other blocks as the view scrolls.
 */
final class BlockCard extends Region {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    /** The block a simulated conversation is at now. */
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    static final PseudoClass FOUND = PseudoClass.getPseudoClass("found");
    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    static final PseudoClass ERROR_PORT = PseudoClass.getPseudoClass("error-port");
    static final PseudoClass UNKNOWN_PORT = PseudoClass.getPseudoClass("unknown-port");
    static final PseudoClass CONNECTED = PseudoClass.getPseudoClass("connected");

    private final Region band = new Region();
    private final StackPane iconBox = new StackPane();
    private final FontIcon icon = new FontIcon();
    private final Label title = new Label();
    private final Label summary = new Label();
    private final Circle input = new Circle(CardMetrics.HANDLE_RADIUS);
    private final Label badge = new Label();
    private final List<Label> portLabels = new ArrayList<>();
    private final List<Circle> handles = new ArrayList<>();
    private String blockId;
    private String categoryClass;
    private BlockShape shape;

    BlockCard() {
        getStyleClass().add("block-card");
        band.getStyleClass().add("card-band");
        iconBox.getStyleClass().add("card-icon");
        icon.getStyleClass().add("card-icon-glyph");
        iconBox.getChildren().add(icon);
        title.getStyleClass().add("card-title");
        summary.getStyleClass().add("card-summary");
        input.getStyleClass().add("input-handle");
        badge.getStyleClass().add("card-badge");
        badge.setGraphic(new FontIcon("mdi2a-alert-circle"));
        badge.setVisible(false);
        getChildren().addAll(band, iconBox, title, summary, input, badge);
        setAccessibleRole(AccessibleRole.TEXT);
    }

    String blockId() {
        return blockId;
    }

    /** Shows another block (or the same block after a change). */
    void bind(String id, BlockShape outline, String categoryId, String iconLiteral, String titleText, String summaryText,
              List<String> portTexts, Set<String> errorPorts, String accessibleText) {
        this.blockId = id;
        this.shape = outline;
        setId("block-" + id);
        String newCategory = "category-" + categoryId;
        if (!newCategory.equals(categoryClass)) {
            if (categoryClass != null) {
                getStyleClass().remove(categoryClass);
            }
            getStyleClass().add(newCategory);
            categoryClass = newCategory;
        }
        icon.setIconLiteral(iconLiteral);
        title.setText(titleText);
        summary.setText(summaryText);
        while (portLabels.size() < outline.ports().size()) {
            Label label = new Label();
            label.getStyleClass().add("port-label");
            Circle handle = new Circle(CardMetrics.HANDLE_RADIUS);
            handle.getStyleClass().add("port-handle");
            portLabels.add(label);
            handles.add(handle);
            getChildren().addAll(label, handle);
        }
        for (int i = 0; i < portLabels.size(); i++) {
            boolean used = i < outline.ports().size();
            Label label = portLabels.get(i);
            Circle handle = handles.get(i);
            label.setVisible(used);
            handle.setVisible(used);
            if (used) {
                String portId = outline.ports().get(i);
                label.setText(portTexts.get(i));
                boolean error = errorPorts.contains(portId);
                boolean unknown = outline.unknownPorts().contains(portId);
                label.pseudoClassStateChanged(ERROR_PORT, error);
                handle.pseudoClassStateChanged(ERROR_PORT, error);
                label.pseudoClassStateChanged(UNKNOWN_PORT, unknown);
                handle.pseudoClassStateChanged(UNKNOWN_PORT, unknown);
                handle.getProperties().put("port", portId);
                label.getProperties().put("port", portId);
            }
        }
        setAccessibleText(accessibleText);
        resize(outline.width(), outline.height());
        requestLayout();
    }

    /** Marks which ports have a connection (their handle is filled). */
    void setConnectedPorts(Set<String> connected) {
        for (int i = 0; i < shape.ports().size(); i++) {
            handles.get(i).pseudoClassStateChanged(CONNECTED, connected.contains(shape.ports().get(i)));
        }
    }

    void setProblemBadge(boolean visible, String tooltip) {
        if (badge.isVisible() != visible) {
            requestLayout();
        }
        badge.setVisible(visible);
        badge.setAccessibleText(tooltip);
    }

    Label portLabel(String portId) {
        int index = shape.portIndex(portId);
        return index < 0 ? null : portLabels.get(index);
    }

    Label titleLabel() {
        return title;
    }

    Label summaryLabel() {
        return summary;
    }

    @Override
    protected void layoutChildren() {
        if (shape == null) {
            return;
        }
        double w = shape.width();
        double h = shape.height();
        band.resizeRelocate(0, 0, 5, h);
        iconBox.resizeRelocate(14, 8, 28, 28);
        title.resizeRelocate(50, 6, w - 50 - (badge.isVisible() ? 30 : 12), 32);
        badge.resizeRelocate(w - 26, 12, 18, 18);
        summary.resizeRelocate(14, CardMetrics.HEADER - 2, w - 28, CardMetrics.SUMMARY);
        input.setCenterX(0);
        input.setCenterY(CardMetrics.inputY());
        for (int i = 0; i < shape.ports().size(); i++) {
            double y = CardMetrics.portY(i);
            portLabels.get(i).resizeRelocate(w * 0.28, y - CardMetrics.PORT_ROW / 2, w * 0.72 - 14, CardMetrics.PORT_ROW);
            Circle handle = handles.get(i);
            handle.setCenterX(w);
            handle.setCenterY(y);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return shape == null ? CardMetrics.WIDTH : shape.width();
    }

    @Override
    protected double computePrefHeight(double width) {
        return shape == null ? CardMetrics.blockHeight(0) : shape.height();
    }
}
