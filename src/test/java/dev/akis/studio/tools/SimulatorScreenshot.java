package dev.akis.studio.tools;

import dev.akis.blocks.BlockCatalog;
import dev.akis.engine.message.ChoiceOption;
import dev.akis.flow.validate.FlowLinter;
import dev.akis.studio.app.EditorSession;
import dev.akis.studio.app.Studio;
import dev.akis.studio.files.RecoveryStore;
import dev.akis.studio.files.SampleGallery;
import dev.akis.studio.settings.StudioSettings;
import dev.akis.studio.simulator.ChannelPreview;
import dev.akis.studio.simulator.SimulatorSession;
import dev.akis.studio.simulator.SimulatorViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;

/**
 * Renders the studio with the order-lookup sample open and the simulator beside it, playing Ayşe's question
 * about her late Yurtiçi parcel, and writes {@code simulator.png}. Run with the other screenshots:
 * {@code mvn -B -q test-compile exec:exec@studio-screenshots}, or alone with this class as the main class.
 */
public final class SimulatorScreenshot {

    private static final String AYSE = "ayse.yilmaz@example.com";

    private SimulatorScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Files.createDirectories(out);
        Headless.start("1920x1080-32");
        shoot(out.resolve("simulator.png"), "en");
        System.exit(0);
    }

    static void shoot(Path file, String language) throws Exception {
        Path home = Files.createTempDirectory("akis-shot");
        StudioSettings settings = StudioSettings.load(home);
        settings.setLanguage(language);
        settings.setTheme("light");
        BlockCatalog catalog = BlockCatalog.standard();
        Studio.Services services = new Studio.Services(catalog, new FlowLinter(catalog)::lint, settings,
                new RecoveryStore(home), new SampleGallery(false, List.of()), javafx.util.Duration.hours(1));
        Stage[] stage = new Stage[1];
        Studio studio = Headless.onFx(() -> {
            stage[0] = new Stage();
            stage[0].setWidth(1920);
            stage[0].setHeight(1080);
            Studio created = new Studio(stage[0], services);
            created.show();
            created.openFile(Path.of("flows-samples/order-lookup.json")).orElseThrow();
            created.simulator().show();
            return created;
        });
        Headless.pulses(10);
        SimulatorViewModel model = studio.simulator().model();
        EditorSession session = studio.activeSession();
        Headless.onFx(() -> model.begin(session.editor().document(),
                new SimulatorSession.Setup(AYSE, null, ChannelPreview.Channel.WHATSAPP)));
        model.idle().get(60, TimeUnit.SECONDS);
        Headless.onFx(() -> model.say("Merhaba, siparişim nerede?"));
        model.idle().get(60, TimeUnit.SECONDS);
        Headless.onFx(() -> model.say(AYSE));
        model.idle().get(60, TimeUnit.SECONDS);
        ChoiceOption latest = Headless.onFx(() -> model.chips().stream()
                .filter(o -> o.title().equals("#1076")).findFirst().orElseThrow());
        Headless.onFx(() -> model.tap(latest));
        model.idle().get(60, TimeUnit.SECONDS);
        Headless.pulses(10);
        Headless.onFx(() -> {
            studio.actions().get("toggleProblems").run();
            session.canvas().setZoom(0.47);
            session.canvas().centreOn("order_status");
            var tabs = studio.simulator().panel().lowerTabs();
            tabs.getSelectionModel().select(0);
        });
        Headless.pulses(30);
        Headless.snapshot(stage[0], file);
        Headless.onFx(() -> {
            studio.shutDown();
            stage[0].close();
        });
    }
}
