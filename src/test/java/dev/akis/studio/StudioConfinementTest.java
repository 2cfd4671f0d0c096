package dev.akis.studio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Inside the studio, the geometry and clipboard logic stay free of scene-graph nodes so they can be tested and
 * reused without a window (the project-wide JavaFX rule is in {@code dev.akis.ArchitectureTest}).
 */
class StudioConfinementTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.akis");

    @Test
    void theStudioGeometryAndCommandsStayFreeOfNodes() {
        noClasses().that().resideInAnyPackage("dev.akis.studio.geometry..", "dev.akis.studio.clipboard..")
                .and().doNotHaveSimpleName("SystemClipboard")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
                .check(classes);
    }
}
