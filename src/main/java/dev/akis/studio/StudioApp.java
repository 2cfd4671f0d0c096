package dev.akis.studio;

import dev.akis.studio.app.Studio;
import dev.akis.studio.settings.StudioSettings;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The studio application: opens the window with the files named on the command line, or the sample gallery
 * when none was named (and nothing waits to be recovered); see {@link Studio#openAtStart}.
 */
public final class StudioApp extends Application {

    private Studio studio;

    public StudioApp() {
        StudioLauncher.applicationCreated();
    }

    @Override
    public void start(Stage stage) {
        StudioSettings settings = StudioSettings.load(StudioSettings.defaultHome());
        studio = new Studio(stage, Studio.Services.standard(settings));
        studio.show();
        studio.openAtStart(getParameters().getRaw().stream().map(Path::of).toList());
    }

    @Override
    public void stop() {
        if (studio != null) {
            studio.shutDown();
        }
    }
}
