package dev.akis.studio.canvas;

import dev.akis.blocks.BlockCategory;
import java.util.Map;
import javafx.scene.paint.Color;

/**
 * Colours for what the canvas paints itself (grid, level-of-detail drawing, minimap); cards and wires drawn as
 * nodes take theirs from the style sheet, with the same category hues.
 */
public record CanvasColors(Color background, Color gridMinor, Color gridMajor, Color card, Color cardBorder,
                           Color text, Color wire, Color selection, Color error, Color warning, Color highlight,
                           Color note, Color start, Color viewport) {

    public static final Map<BlockCategory, Color> CATEGORY = Map.of(
            BlockCategory.CONVERSATION, Color.web("#3b82f6"),
            BlockCategory.IKAS, Color.web("#8b5cf6"),
            BlockCategory.CARGO, Color.web("#f59e0b"),
            BlockCategory.SALES, Color.web("#10b981"),
            BlockCategory.INTEGRATION, Color.web("#64748b"));
    public static final Color UNKNOWN_CATEGORY = Color.web("#9ca3af");

    public static final CanvasColors LIGHT = new CanvasColors(
            Color.web("#f6f7f9"), Color.web("#e9ecf1"), Color.web("#dde1e8"), Color.WHITE, Color.web("#d0d7de"),
            Color.web("#1f2328"), Color.web("#8c959f"), Color.web("#0969da"), Color.web("#cf222e"),
            Color.web("#bf8700"), Color.web("#fb8f44"), Color.web("#fff3b0"), Color.web("#1a7f37"),
            Color.web("#0969da"));

    public static final CanvasColors DARK = new CanvasColors(
            Color.web("#14171c"), Color.web("#1c2027"), Color.web("#252a33"), Color.web("#22272e"), Color.web("#3d444d"),
            Color.web("#e6edf3"), Color.web("#6e7681"), Color.web("#4493f8"), Color.web("#f85149"),
            Color.web("#d29922"), Color.web("#f0883e"), Color.web("#5c5121"), Color.web("#3fb950"),
            Color.web("#4493f8"));

    public static Color category(BlockCategory category) {
        return category == null ? UNKNOWN_CATEGORY : CATEGORY.getOrDefault(category, UNKNOWN_CATEGORY);
    }
}
