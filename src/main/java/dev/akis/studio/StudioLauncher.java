package dev.akis.studio;

import javafx.application.Application;

/** Starts the JavaFX studio. Kept apart from {@link StudioApp} so the classpath launch works. */
public final class StudioLauncher {

    private StudioLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(StudioApp.class, args);
    }
}
