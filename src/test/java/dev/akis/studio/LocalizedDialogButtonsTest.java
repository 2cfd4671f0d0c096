package dev.akis.studio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.junit.jupiter.api.Test;

/**
 * A merchant working in Turkish never meets an English "OK" or "Cancel": JavaFX labels its predefined buttons in
 * the system's language, so the studio's dialogs take theirs from {@code Dialogs.ok()}, {@code cancel()} and
 * labels of their own, in the interface language.
 */
class LocalizedDialogButtonsTest {

    private static final String[] PREDEFINED = {"OK", "CANCEL", "YES", "NO", "CLOSE", "APPLY", "FINISH", "NEXT",
            "PREVIOUS"};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.akis.studio");

    @Test
    void noDialogUsesJavaFxsOwnButtonsWhoseLabelsFollowTheSystemLanguage() {
        for (String button : PREDEFINED) {
            noClasses().should().accessField(ButtonType.class, button)
                    .because("ButtonType." + button + " reads in the system's language, not the interface language")
                    .check(classes);
        }
        noClasses().should().callConstructor(Alert.class, Alert.AlertType.class)
                .orShould().callConstructor(Alert.class, Alert.AlertType.class, String.class)
                .because("an alert made without its buttons gets JavaFX's own")
                .check(classes);
    }
}
