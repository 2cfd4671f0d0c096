package dev.akis.studio.canvas;

import dev.akis.blocks.BlockType;
import dev.akis.flow.Block;
import dev.akis.flow.StickyNote;
import dev.akis.studio.geometry.Rect;
import java.util.function.BiConsumer;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * A small overview of the whole flow with the visible area framed; clicking or dragging in it moves the view.
 * The drawing of the blocks is redrawn only when the flow changes; panning moves the frame alone.
 */
final class Minimap extends Region {

    static final double WIDTH = 200;
    static final double HEIGHT = 132;

    private final Canvas content = new Canvas(WIDTH, HEIGHT);
    private final Rectangle frame = new Rectangle();
    private Rect world = new Rect(0, 0, 1, 1);
    private double scale = 1;
    private double offsetX;
    private double offsetY;

    Minimap(BiConsumer<Double, Double> centreAt) {
        getStyleClass().add("minimap");
        frame.getStyleClass().add("minimap-frame");
        frame.setMouseTransparent(true);
        getChildren().addAll(content, frame);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        resize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            centreAt.accept(toWorldX(e.getX()), toWorldY(e.getY()));
            e.consume();
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            centreAt.accept(toWorldX(e.getX()), toWorldY(e.getY()));
            e.consume();
        });
    }

    private double toWorldX(double x) {
        return (x - offsetX) / scale + world.x();
    }

    private double toWorldY(double y) {
        return (y - offsetY) / scale + world.y();
    }

    /** Redraws the overview of all blocks and notes. */
    void redraw(CanvasModel model, CanvasColors colors, Rect view) {
        world = model.contentBounds().union(view).expand(40);
        scale = Math.min(WIDTH / world.width(), HEIGHT / world.height());
        offsetX = (WIDTH - world.width() * scale) / 2;
        offsetY = (HEIGHT - world.height() * scale) / 2;
        GraphicsContext g = content.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        g.setFill(colors.note());
        for (StickyNote note : model.document().notes()) {
            fill(g, model.noteRect(note.id()));
        }
        g.setFill(colors.start());
        fill(g, model.startBounds());
        for (Block block : model.document().blocks()) {
            BlockType type = model.catalog().find(block.type()).orElse(null);
            g.setFill(CanvasColors.category(type == null ? null : type.category()));
            fill(g, model.blockBounds(block.id()));
        }
        showView(view);
    }

    /** Moves the frame to the visible area. */
    void showView(Rect view) {
        frame.setX(offsetX + (view.x() - world.x()) * scale);
        frame.setY(offsetY + (view.y() - world.y()) * scale);
        frame.setWidth(Math.max(4, view.width() * scale));
        frame.setHeight(Math.max(4, view.height() * scale));
    }

    private void fill(GraphicsContext g, Rect r) {
        g.fillRect(offsetX + (r.x() - world.x()) * scale, offsetY + (r.y() - world.y()) * scale,
                Math.max(1.5, r.width() * scale), Math.max(1.5, r.height() * scale));
    }

    @Override
    protected void layoutChildren() {
        content.relocate(0, 0);
    }
}
