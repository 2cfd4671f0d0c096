package dev.akis.studio.ui;

import dev.akis.studio.support.StudioUiTest;
import javafx.stage.Stage;

/** Lets a test start a second studio on the same home folder, as after a restart. */
final class StudioUiTestAccess {

    private StudioUiTestAccess() {
    }

    static void relaunch(StudioUiTest test, Stage stage) {
        try {
            test.relaunchForTest(stage);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
