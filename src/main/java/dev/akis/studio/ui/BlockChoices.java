package dev.akis.studio.ui;

import javafx.scene.control.ComboBox;

/**
 * Drop-down lists that may hold every block of a flow (entry targets, Jump targets, where a connection leads).
 * JavaFX sizes a combo box by laying out a cell for each of its items, so a list of 5,000 blocks costs about a
 * second the first time the inspector shows it; the width is taken from the first rows only. Such a box is made
 * as wide as its column anyway ({@code setMaxWidth(MAX_VALUE)}), and the list that drops down is virtualised.
 */
public final class BlockChoices {

    /** The key JavaFX's combo box skin reads to measure fewer rows for its preferred width. */
    private static final String ROWS_TO_MEASURE = "comboBoxRowsToMeasureWidth";
    private static final int MEASURED_ROWS = 25;

    private BlockChoices() {
    }

    /** Makes a combo box of blocks measure only its first rows when it computes its width. */
    public static <T> ComboBox<T> measureFirstRowsOnly(ComboBox<T> combo) {
        combo.getProperties().put(ROWS_TO_MEASURE, MEASURED_ROWS);
        return combo;
    }
}
