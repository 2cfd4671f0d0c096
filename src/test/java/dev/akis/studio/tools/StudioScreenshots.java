package dev.akis.studio.tools;

import dev.akis.blocks.BlockCatalog;
import dev.akis.flow.validate.FlowLinter;
import dev.akis.studio.app.EditorSession;
import dev.akis.studio.app.Studio;
import dev.akis.studio.files.RecoveryStore;
import dev.akis.studio.files.SampleGallery;
import dev.akis.studio.settings.StudioSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;

/**
 * Renders the studio with the order-lookup flow open, headless, and writes PNG screenshots: light and dark, in
 * English and Turkish. Run: {@code mvn -B -q test-compile exec:exec@studio-screenshots} (writes docs/images/).
 */
public final class StudioScreenshots {

    private StudioScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Files.createDirectories(out);
        Headless.start("1920x1080-32");
        shoot(out.resolve("studio.png"), false, "en", "order_status");
        shoot(out.resolve("studio-dark.png"), true, "en", "order_status");
        shoot(out.resolve("studio-tr.png"), false, "tr", "find_member");
        SimulatorScreenshot.shoot(out.resolve("simulator.png"), "en");
        System.exit(0);
    }

    /** The real sample from flows-samples/, as a merchant opens it from the gallery. */
    static dev.akis.flow.FlowDocument orderLookupSample() {
        try {
            return dev.akis.flow.json.FlowFiles.load(Path.of("flows-samples", "order-lookup.json"));
        } catch (Exception e) {
            throw new IllegalStateException("Run from the repository root: flows-samples/order-lookup.json is needed", e);
        }
    }

    static void shoot(Path file, boolean dark, String language, String select) throws Exception {
        Path home = Files.createTempDirectory("akis-shot");
        StudioSettings settings = StudioSettings.load(home);
        settings.setLanguage(language);
        settings.setTheme(dark ? "dark" : "light");
        BlockCatalog catalog = BlockCatalog.standard();
        Studio.Services services = new Studio.Services(catalog, new FlowLinter(catalog)::lint, settings, new RecoveryStore(home), new SampleGallery(false, List.of()), javafx.util.Duration.hours(1));
        Stage[] stage = new Stage[1];
        Studio studio = Headless.onFx(() -> {
            stage[0] = new Stage();
            stage[0].setWidth(1920);
            stage[0].setHeight(1080);
            Studio created = new Studio(stage[0], services);
            created.show();
            EditorSession session = created.newFromSample(new SampleGallery.Sample("order-lookup.json", orderLookupSample()));
            session.editor().stack().markSaved();
            return created;
        });
        Headless.pulses(10);
        Headless.onFx(() -> {
            EditorSession session = studio.activeSession();
            session.canvas().setZoom(0.72);
            session.canvas().setPan(-10, 20);
            if (select != null) {
                session.editor().selection().select(select);
            }
        });
        Headless.pulses(20);
        Headless.snapshot(stage[0], file);
        Headless.onFx(() -> {
            studio.shutDown();
            stage[0].close();
        });
    }
}
