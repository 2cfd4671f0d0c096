package dev.akis.studio;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javafx.application.Application;

/** Starts the JavaFX studio. Kept apart from {@link StudioApp} so the classpath launch works. */
public final class StudioLauncher {

    /** The logger JavaFX warns through; held here because java.util.logging keeps loggers only weakly. */
    private static final Logger JAVAFX_LOGGER = Logger.getLogger("javafx");
    private static final String CLASSPATH_WARNING = "Unsupported JavaFX configuration";
    /** Set when the application object exists: a launch that fails before then failed to start the toolkit. */
    private static final AtomicBoolean APPLICATION_CREATED = new AtomicBoolean();

    private StudioLauncher() {
    }

    /**
     * Opens the studio and returns when its window is closed.
     *
     * @throws StudioUnavailableException when the graphical toolkit cannot start (no display)
     */
    public static void launch(String[] args) throws StudioUnavailableException {
        hideClasspathWarning();
        try {
            Application.launch(StudioApp.class, args);
        } catch (RuntimeException | LinkageError e) {
            if (APPLICATION_CREATED.get()) {
                throw e;
            }
            throw new StudioUnavailableException(rootMessage(e), e);
        }
    }

    /** Called by {@link StudioApp} once the toolkit is up and the application exists. */
    static void applicationCreated() {
        APPLICATION_CREATED.set(true);
    }

    /**
     * JavaFX warns "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" on every start
     * from the class path, which is how the single runnable jar runs (its dependencies are merged into one jar, so
     * JavaFX cannot load as modules). The studio works that way and the English warning only alarms users, so that
     * one message is dropped; every other JavaFX warning still shows. Tests and {@code mvn javafx:run} do not come
     * through here.
     */
    private static void hideClasspathWarning() {
        JAVAFX_LOGGER.setFilter(record -> record.getMessage() == null
                || !record.getMessage().startsWith(CLASSPATH_WARNING));
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message.strip();
    }
}
