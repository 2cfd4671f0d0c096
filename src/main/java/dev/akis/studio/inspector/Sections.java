package dev.akis.studio.inspector;

import dev.akis.flow.validate.Problem;
import dev.akis.flow.validate.Severity;
import dev.akis.studio.problems.ProblemText;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small helpers for the inspector's look: section titles, field rows, problem lines. */
final class Sections {

    private Sections() {
    }

    static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("inspector-section");
        return label;
    }

    static Label fieldLabel(String text, boolean required) {
        Label label = new Label(required ? text + " *" : text);
        label.getStyleClass().add("field-label");
        label.setWrapText(true);
        return label;
    }

    static Label help(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-help");
        label.setWrapText(true);
        return label;
    }

    /** Shows problems as lines with an icon; hides itself when there are none. */
    static void showProblems(VBox box, List<Problem> problems, Locale locale) {
        box.getChildren().clear();
        for (Problem problem : problems) {
            Label line = new Label(ProblemText.message(problem, locale));
            line.setWrapText(true);
            boolean error = problem.severity() == Severity.ERROR;
            line.getStyleClass().add(error ? "field-error" : "field-warning");
            line.setGraphic(new FontIcon(error ? "mdi2a-alert-circle" : "mdi2a-alert"));
            box.getChildren().add(line);
        }
        boolean any = !problems.isEmpty();
        box.setVisible(any);
        box.setManaged(any);
    }

    static VBox problemBox() {
        VBox box = new VBox(2);
        box.getStyleClass().add("problem-lines");
        box.setVisible(false);
        box.setManaged(false);
        return box;
    }

    static void setShown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
