package dev.akis.studio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The house rule that only the studio touches the user-interface toolkit, checked on the compiled classes. */
class StudioConfinementTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.akis");

    @Test
    void onlyTheStudioImportsJavaFxAndItsControlLibraries() {
        noClasses().that().resideOutsideOfPackage("dev.akis.studio..")
                .and().doNotHaveFullyQualifiedName("dev.akis.Main")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.jfoenix..", "atlantafx..",
                        "org.kordamp.ikonli..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void theStudioGeometryAndCommandsStayFreeOfNodes() {
        noClasses().that().resideInAnyPackage("dev.akis.studio.geometry..", "dev.akis.studio.clipboard..")
                .and().doNotHaveSimpleName("SystemClipboard")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
                .check(classes);
    }
}
