package dev.akis.studio;

import dev.akis.AppInfo;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The studio window. */
public final class StudioApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle(AppInfo.NAME);
        stage.setScene(new Scene(new BorderPane(), 1280, 800));
        stage.show();
    }
}
