package dev.akis.studio.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.blocks.BlockCatalog;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.json.FlowFiles;
import dev.akis.flow.validate.FlowLinter;
import dev.akis.studio.app.EditorSession;
import dev.akis.studio.app.Studio;
import dev.akis.studio.files.RecoveryStore;
import dev.akis.studio.files.SampleGallery;
import dev.akis.studio.settings.StudioSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Shared set-up of the headless studio tests: a studio in its own temporary home folder (settings, recent files,
 * recovery), English interface, the production checker ({@link FlowLinter}), and helpers to open flows and wait
 * for the canvas to draw.
 * Subclasses declare their own {@code @Start} method calling {@link #launch(Stage)} (TestFX ignores inherited ones).
 */
public abstract class StudioUiTest extends FxRobot {

    static {
        // A screen as large as a merchant's laptop; must be set before the toolkit starts.
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    protected Studio studio;
    protected Stage stage;
    protected Path home;
    protected Path files;
    protected final BlockCatalog catalog = BlockCatalog.standard();

    protected void launch(Stage primary) throws Exception {
        launch(primary, newHome());
    }

    protected Path newHome() throws Exception {
        Path base = Path.of(System.getProperty("akis.home", "target/test-akis-home"));
        Files.createDirectories(base);
        return Files.createTempDirectory(base, "home");
    }

    protected void launch(Stage primary, Path homeFolder) throws Exception {
        this.stage = primary;
        this.home = homeFolder;
        this.files = Files.createDirectories(homeFolder.resolve("flows"));
        StudioSettings settings = StudioSettings.load(home);
        if (!Files.exists(home.resolve("settings.properties"))) {
            settings.setLanguage("en");
            settings.setTheme("light");
        }
        Path samples = Files.createDirectories(home.resolve("samples"));
        FlowFiles.save(samples.resolve("order-lookup.json"), SampleFlows.orderLookup());
        Studio.Services services = new Studio.Services(catalog, new FlowLinter(catalog)::lint, settings, new RecoveryStore(home),
                new SampleGallery(false, List.of(samples)), Duration.hours(1));
        studio = new Studio(primary, services);
        studio.show();
        primary.setX(0);
        primary.setY(0);
        primary.setWidth(1600);
        primary.setHeight(1000);
        primary.requestFocus();
    }

    /** Starts a new studio on the same home folder (after {@code simulateCrash}, a restart). */
    public void relaunchForTest(Stage second) throws Exception {
        launch(second, home);
    }

    @AfterEach
    void shutDownStudio() throws Exception {
        if (studio != null) {
            onFx(() -> {
                studio.shutDown();
                studio.stage().hide();
                return null;
            });
        }
    }

    /** Writes a flow file in the test's folder and opens it in the studio. */
    protected EditorSession open(FlowDocument document, String fileName) throws Exception {
        Path file = files.resolve(fileName);
        FlowFiles.save(file, document);
        Files.deleteIfExists(FlowFiles.backupOf(file));
        EditorSession session = onFx(() -> studio.openFile(file).orElseThrow());
        settle();
        onFx(() -> {
            session.canvas().setZoom(1.0);
            session.canvas().setPan(0, 0);
            session.canvas().requestFocus();
            return null;
        });
        settle();
        return session;
    }

    protected EditorSession session() {
        return studio.activeSession();
    }

    protected FlowDocument flow() {
        return session().editor().document();
    }

    /**
     * Double-clicks a cell of a data table ({@code tableId} like {@code "#data-stock"}), types over its value and
     * presses Enter, as a merchant edits a cell.
     */
    protected void editCell(String tableId, javafx.scene.control.TableView<?> table, int row, int column, String typed)
            throws Exception {
        Node cell = lookup(tableId + " .table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && c.getIndex() == row && c.getTableColumn() == table.getColumns().get(column)).query();
        doubleClickOn(cell);
        settle();
        javafx.scene.control.TextField editor = lookup(tableId + " .text-field")
                .queryAs(javafx.scene.control.TextField.class);
        onFx(() -> {
            editor.selectAll();
            return null;
        });
        write(typed).type(javafx.scene.input.KeyCode.ENTER);
        settle();
    }

    protected <T> T onFx(Supplier<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work::get).get(30, TimeUnit.SECONDS);
    }

    /** Waits until a few pulses have passed, so the canvas has drawn and CSS and layout are applied. */
    protected void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        CountDownLatch pulses = new CountDownLatch(3);
        Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.countDown();
                if (pulses.getCount() == 0) {
                    stop();
                }
            }
        }.start());
        assertThat(pulses.await(10, TimeUnit.SECONDS)).as("pulses").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected void waitUntil(String what, BooleanSupplier condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new TimeoutException("Waited in vain for: " + what);
        }
    }

    /** The card of a block as drawn on the canvas. */
    protected Node card(String blockId) {
        return lookup("#block-" + blockId).query();
    }

    /** Scrolls the canvas so the block's card is fully visible, and returns the card. */
    protected Node showCard(String blockId) throws Exception {
        onFx(() -> {
            session().canvas().reveal(blockId);
            return null;
        });
        settle();
        return card(blockId);
    }

    /** Scrolls the scroll pane around a node (the inspector) so the node is in view, and returns it. */
    protected Node scrolledIntoView(Node node) throws Exception {
        onFx(() -> {
            Node parent = node.getParent();
            while (parent != null && !(parent instanceof javafx.scene.control.ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent instanceof javafx.scene.control.ScrollPane scroll) {
                Node content = scroll.getContent();
                Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                if (room > 0) {
                    scroll.setVvalue(Math.max(0, Math.min(1, (inContent.getMinY() - 40) / room)));
                }
            }
            return null;
        });
        settle();
        return node;
    }

    protected Point2D centreOf(Bounds bounds) {
        return new Point2D(bounds.getCenterX(), bounds.getCenterY());
    }

    /** A point on the empty canvas, in screen coordinates. */
    protected Point2D canvasPoint(double fractionX, double fractionY) {
        Bounds bounds = session().canvas().localToScreen(session().canvas().getBoundsInLocal());
        return new Point2D(bounds.getMinX() + bounds.getWidth() * fractionX, bounds.getMinY() + bounds.getHeight() * fractionY);
    }

    protected Point2D screenOf(Point2D scenePoint) {
        return new Point2D(stage.getScene().getWindow().getX() + stage.getScene().getX() + scenePoint.getX(),
                stage.getScene().getWindow().getY() + stage.getScene().getY() + scenePoint.getY());
    }
}
