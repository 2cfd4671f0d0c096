package dev.akis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers stay visible: only the studio knows JavaFX (and its widget libraries), and the flow model at the
 * bottom knows nothing of the engine, the commerce clients and mock services, the simulator, the command line
 * or the studio.
 */
@AnalyzeClasses(packages = "dev.akis", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheStudioUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage("dev.akis.studio..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.controlsfx..", "com.jfoenix..", "atlantafx..", "org.kordamp.ikonli.javafx..")
            .because("only dev.akis.studio may use JavaFX; everything else must run headless");

    @ArchTest
    static final ArchRule theFlowModelStaysAtTheBottom = noClasses()
            .that().resideInAPackage("dev.akis.flow..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.akis.engine..", "dev.akis.studio..", "dev.akis.cli..", "dev.akis.sim..",
                    "dev.akis.commerce.(*)..")
            .because("the flow model, its JSON and its linter are used by every layer and depend on none of them "
                    + "(commerce types such as StatusGroup are fine, commerce clients and mock services are not)");
}
