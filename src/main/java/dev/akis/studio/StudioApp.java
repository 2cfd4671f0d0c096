package dev.akis.studio;

import dev.akis.studio.app.Studio;
import dev.akis.studio.settings.StudioSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The studio application: opens the window with the files named on the command line, or the sample gallery
 * when there are none (and nothing waits to be recovered).
 */
public final class StudioApp extends Application {

    private Studio studio;

    @Override
    public void start(Stage stage) {
        StudioSettings settings = StudioSettings.load(StudioSettings.defaultHome());
        studio = new Studio(stage, Studio.Services.standard(settings));
        studio.show();
        boolean opened = false;
        java.util.List<Path> missing = new java.util.ArrayList<>();
        for (String argument : getParameters().getRaw()) {
            Path file = Path.of(argument);
            if (Files.isRegularFile(file)) {
                opened |= studio.openFile(file).isPresent();
            } else {
                missing.add(file);
            }
        }
        studio.reportMissingFiles(missing);
        if (!opened && !studio.offersRecovery()) {
            studio.showGallery();
        }
    }

    @Override
    public void stop() {
        if (studio != null) {
            studio.shutDown();
        }
    }
}
