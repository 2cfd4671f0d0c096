package dev.akis.studio.document;

import dev.akis.flow.FlowDocument;
import dev.akis.flow.validate.Problem;
import dev.akis.flow.validate.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;

/**
 * The linter's findings for one open flow, kept current while the user edits: a short pause after the last
 * change, the linter runs on a background thread, and results for a document that has since changed are
 * dropped.
 */
public final class ProblemsModel {

    private static final ExecutorService LINTING = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "akis-lint");
        thread.setDaemon(true);
        return thread;
    });

    private final EditorDocument editor;
    private final Function<FlowDocument, List<Problem>> linter;
    private final PauseTransition pause = new PauseTransition(Duration.millis(120));
    private final ReadOnlyObjectWrapper<List<Problem>> problems = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<FlowDocument> linted = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper();
    private Map<String, List<Problem>> byElement = Map.of();

    public ProblemsModel(EditorDocument editor, Function<FlowDocument, List<Problem>> linter) {
        this.editor = editor;
        this.linter = linter;
        pause.setOnFinished(event -> startLinting());
        editor.documentProperty().addListener((obs, old, now) -> pause.playFromStart());
        startLinting();
    }

    public ReadOnlyObjectProperty<List<Problem>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public List<Problem> problems() {
        return problems.get();
    }

    /** Changes each time new results arrive. */
    public ReadOnlyLongProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    /** The document the current results describe. */
    public ReadOnlyObjectProperty<FlowDocument> lintedDocumentProperty() {
        return linted.getReadOnlyProperty();
    }

    public boolean isCurrent() {
        return linted.get() == editor.document();
    }

    public List<Problem> problemsOf(String elementId) {
        return byElement.getOrDefault(elementId, List.of());
    }

    /** The worst severity reported for an element, or null. */
    public Severity severityOf(String elementId) {
        Severity worst = null;
        for (Problem problem : problemsOf(elementId)) {
            if (problem.severity() == Severity.ERROR) {
                return Severity.ERROR;
            }
            worst = Severity.WARNING;
        }
        return worst;
    }

    public long errorCount() {
        return problems.get().stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.get().size() - errorCount();
    }

    /** Lints the current document right away on the calling thread (export and tests need fresh results). */
    public List<Problem> lintNow() {
        FlowDocument document = editor.document();
        if (linted.get() != document) {
            publish(document, safeLint(document));
        }
        return problems.get();
    }

    private void startLinting() {
        FlowDocument document = editor.document();
        LINTING.execute(() -> {
            List<Problem> found = safeLint(document);
            Platform.runLater(() -> {
                if (editor.document() == document) {
                    publish(document, found);
                }
            });
        });
    }

    private List<Problem> safeLint(FlowDocument document) {
        try {
            return List.copyOf(linter.apply(document));
        } catch (RuntimeException e) {
            System.err.println("The flow checker failed: " + e);
            return List.of();
        }
    }

    private void publish(FlowDocument document, List<Problem> found) {
        Map<String, List<Problem>> index = new HashMap<>();
        for (Problem problem : found) {
            if (problem.elementId() != null) {
                index.computeIfAbsent(problem.elementId(), id -> new ArrayList<>()).add(problem);
            }
        }
        index.replaceAll((id, list) -> Collections.unmodifiableList(list));
        byElement = index;
        linted.set(document);
        problems.set(found);
        version.set(version.get() + 1);
    }
}
